import { readFileSync } from 'node:fs';
import { analyzePair } from './src/analysis/score/features.js';
const f = process.argv[2]!;
const rows = readFileSync(f,'utf8').split('\n').filter(Boolean).map(l=>JSON.parse(l));
const h = new Map<number,[number,number]>();
const ex: string[] = [];
for (const r of rows) {
  const p = analyzePair(r.a, r.b);
  if (!p.features.negation) continue;
  const bin = Math.min(9, Math.floor(p.features.negation*10));
  const e = h.get(bin) ?? [0,0]; e[r.label==='contradiction'?0:1]++; h.set(bin,e);
  if (bin>=9 && r.label!=='contradiction' && ex.length<25) ex.push(r.label+' | '+r.a+' || '+r.b);
  if (bin<6 && r.label==='contradiction' && ex.length<40) ex.push('POS '+p.features.negation.toFixed(2)+' | '+r.a+' || '+r.b);
}
for (const [k,v] of [...h].sort((x,y)=>x[0]-y[0])) console.log(k, v);
console.log(ex.join('\n'));
