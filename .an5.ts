import { readFileSync } from 'node:fs';
import { analyzePair } from './src/analysis/score/features.js';
const rows = readFileSync(`../shared/data/pairs/sick-train.jsonl`,'utf8').split('\n').filter(Boolean).map(l=>JSON.parse(l));
let n=0;
for (const r of rows) {
  const p = analyzePair(r.a,r.b); const s = p.features.negation;
  if (r.label==='contradiction' && s>0.3 && s<0.9 && n++<30) {
    const neg = p.a.negations.length ? p.a : p.b; const oth = neg===p.a?p.b:p.a; const al=p.alignment; const q = neg===p.a?al.qa:al.qb; const m = neg===p.a?al.aToB:al.bToA;
    console.log(s.toFixed(2), r.a,'||',r.b, '::', neg.units.map((u,i)=>`${u.key}${u.negated?'¬':''}=${m[i]!>=0?oth.units[m[i]!]!.key+'@'+q[i]!.toFixed(1):'-'}(${u.idf.toFixed(1)})`).join(' '));
  }
}
