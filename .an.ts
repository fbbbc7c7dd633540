import { readFileSync } from 'node:fs';
import { compareTexts } from './src/analysis/score/compare.js';
const f = process.argv[2]!;
const rows = readFileSync(f,'utf8').split('\n').filter(Boolean).map(l=>JSON.parse(l));
const tab = new Map<string,[number,number]>();
for (const r of rows) {
  const o = compareTexts({a:r.a,b:r.b});
  const key = [...new Set(o.cues.map(c=>c.type + (c.note.includes('category')?'-co':'')))].sort().join('+') || '(none)';
  const e = tab.get(key) ?? [0,0]; e[r.label==='contradiction'?0:1]++; tab.set(key,e);
}
for (const [k,[p,n]] of [...tab].sort((x,y)=>y[1][0]+y[1][1]-x[1][0]-x[1][1])) console.log(k.padEnd(40), 'pos',p,'neg',n);
