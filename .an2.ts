import { readFileSync } from 'node:fs';
import { compareTexts } from './src/analysis/score/compare.js';
const f = process.argv[2]!;
const rows = readFileSync(f,'utf8').split('\n').filter(Boolean).map(l=>JSON.parse(l));
let k=0;
for (const r of rows) {
  const o = compareTexts({a:r.a,b:r.b});
  const types = o.cues.map(c=>c.type);
  if (types.length===1 && types[0]==='negation' && r.label!=='contradiction' && k++ < 45) console.log(r.label, '|', r.a, '||', r.b, '|', o.cues[0]!.note, o.components.negation, o.components.coverLow);
}
