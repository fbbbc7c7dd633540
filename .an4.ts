import { readFileSync } from 'node:fs';
import { analyzePair } from './src/analysis/score/features.js';
for (const name of ['sick-train','breaking-nli-dev']) {
const rows = readFileSync(`../shared/data/pairs/${name}.jsonl`,'utf8').split('\n').filter(Boolean).map(l=>JSON.parse(l));
const t = new Map<string,[number,number]>(); const ex: string[] = [];
for (const r of rows) {
  const p = analyzePair(r.a,r.b); const f = p.features;
  const c = f.antonym ? 'ant' : f.cohyponym ? 'coh' : f.sisterVerb ? 'sisV' : f.number ? 'num' : f.negation ? 'neg' : 'none';
  const k = c + (p.wording.gaps===1 ? '-1edit' : p.wording.gaps===2?'-2edit':'-more');
  const e = t.get(k) ?? [0,0]; e[r.label==='contradiction'?0:1]++; t.set(k,e);
  if (name==='sick-train' && k==='ant-1edit' && r.label!=='contradiction' && ex.length<15) ex.push(r.a+' || '+r.b);
}
console.log(name); for (const [k,v] of [...t].sort()) console.log('  ',k.padEnd(14),'pos',v[0],'neg',v[1]);
console.log(ex.join('\n'));
}
