import { readFileSync } from 'node:fs';
import { analyzePair, FEATURE_NAMES } from './src/analysis/score/features.js';
import { rocAuc } from './src/analysis/score/evaluate.js';
for (const name of ['rte3-dev-3way','rte2-negated-dev','sick-train']) {
const rows = readFileSync(`../shared/data/pairs/${name}.jsonl`,'utf8').split('\n').filter(Boolean).map(l=>JSON.parse(l));
const an = rows.map(r=>({f: analyzePair(r.a,r.b).features as any, positive: r.label==='contradiction'}));
console.log(name, [...FEATURE_NAMES, 'content'].map(n=>`${n}:${rocAuc(an.map(x=>({score:x.f[n], positive:x.positive}))).toFixed(2)}`).join(' '));
}
