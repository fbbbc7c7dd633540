// Scores a labelled pair file through compareTexts (what `divergence compare` runs) and
// prints, for the held-out part (pairs never used to fit weights.json: hash of the id ≥
// FIT_SHARE): ROC-AUC of score, precision/recall/F1/accuracy of flag, best F1 over
// thresholds, recall at precision ≥ 0.92; a per-category table where the file has
// categories; and k-fold cross-validation of the whole fitting procedure for small files.
// --whole adds the figures over the whole file (it includes the fitting part: a diagnostic,
// not a quality figure) and runs the table and --explain over it.
// Usage: npx tsx scripts/eval-pairs.ts FILE.jsonl [--explain [--limit N]] [--whole] [--folds 5]
import { readFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { compareTexts } from '../src/analysis/score/compare.js';
import { FLAG_THRESHOLD } from '../src/analysis/score/index.js';
import { analyzePair } from '../src/analysis/score/features.js';
import { WEIGHTS } from '../src/analysis/score/model.js';
import { fitWeights, scoreBare, type Dataset, type LabelledPair } from '../src/analysis/score/fit.js';
import { inFitSplit, hashUnit, rocAuc, prf, bestF1, recallAtPrecision, PAIR_FILES } from '../src/analysis/score/evaluate.js';
import type { PairScore } from '../src/analysis/types.js';

interface Line {
  id: string;
  a: string;
  b: string;
  label: string;
  category?: string;
}

interface Result {
  line: Line;
  positive: boolean;
  heldOut: boolean;
  score: number;
  flag: boolean;
  out: PairScore;
}

const args = process.argv.slice(2);
const file = args.find((a) => !a.startsWith('--') && a.endsWith('.jsonl'));
if (!file) {
  console.error('usage: npx tsx scripts/eval-pairs.ts FILE.jsonl [--explain] [--whole] [--folds K]');
  process.exit(2);
}
const explain = args.includes('--explain');
const limitArg = args.indexOf('--limit');
const explainLimit = limitArg >= 0 ? Number(args[limitArg + 1]) : 40;
const whole = args.includes('--whole');
const foldsArg = args.indexOf('--folds');
const folds = foldsArg >= 0 ? Number(args[foldsArg + 1]) : 5;

function read(path: string): Line[] {
  return readFileSync(path, 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l) as Line);
}

const lines = read(file);
const t0 = performance.now();
const results: Result[] = lines.map((line) => {
  const out = compareTexts({ a: line.a, b: line.b });
  return { line, positive: line.label === 'contradiction', heldOut: !inFitSplit(line.id), score: out.score, flag: out.flag, out };
});
const ms = performance.now() - t0;

const pct = (x: number): string => (Number.isNaN(x) ? '  n/a' : x.toFixed(3));

function report(label: string, rows: Result[]): void {
  const m = prf(rows);
  const best = bestF1(rows);
  const rp = recallAtPrecision(rows, 0.92);
  console.log(
    `${label.padEnd(9)} n=${String(rows.length).padEnd(5)} pos=${String(rows.filter((r) => r.positive).length).padEnd(5)}` +
      ` ROC-AUC ${pct(rocAuc(rows))}  flag: P ${pct(m.precision)} R ${pct(m.recall)} F1 ${pct(m.f1)} acc ${pct(m.accuracy)}` +
      `  best-F1 ${pct(best.f1)} (t=${best.threshold.toFixed(3)})  R@P≥0.92 ${pct(rp.recall)}`,
  );
}

console.log(`${basename(file)} — contradiction = positive; flag threshold ${FLAG_THRESHOLD} (weights.json); ${(lines.length / (ms / 1000)).toFixed(0)} pairs/s`);
const held = results.filter((r) => r.heldOut);
report('held-out', held);
if (whole) report('whole*', results);

const scope = whole ? results : held;
if (lines.some((l) => l.category)) {
  console.log(`\nper category (${whole ? 'whole file, fitting part included' : 'held-out'}):`);
  console.log('category'.padEnd(18) + 'n'.padStart(6) + 'pos'.padStart(6) + '   P      R      F1     acc');
  const cats = [...new Set(scope.map((r) => r.line.category ?? ''))].sort();
  for (const c of cats) {
    const rows = scope.filter((r) => (r.line.category ?? '') === c);
    const m = prf(rows);
    console.log(
      c.padEnd(18) + String(rows.length).padStart(6) + String(rows.filter((r) => r.positive).length).padStart(6) +
        `  ${pct(m.precision)}  ${pct(m.recall)}  ${pct(m.f1)}  ${pct(m.accuracy)}`,
    );
  }
}

// k-fold cross-validation of the fitting procedure for small files: fit on the other folds
// (plus the fitting split of the other files beside it), evaluate on the left-out fold.
if (lines.length < 300 && folds > 1) {
  const dir = dirname(file);
  const others: Dataset[] = [];
  for (const { name, minRecall } of PAIR_FILES) {
    if (`${name}.jsonl` === basename(file)) continue;
    try {
      const ls = read(join(dir, `${name}.jsonl`)).filter((l) => inFitSplit(l.id));
      others.push({ name, pairs: ls.map(toPair), minRecall });
    } catch {
      // a missing neighbour file only narrows the training data
    }
  }
  const mine = lines.map(toPair);
  const foldOf = (id: string): number => Math.floor(hashUnit(id + '#cv') * folds);
  const accs: number[] = [];
  const cvRows: Array<{ flag: boolean; positive: boolean }> = [];
  for (let k = 0; k < folds; k++) {
    const train = mine.filter((p) => foldOf(p.id) !== k);
    const test = mine.filter((p) => foldOf(p.id) === k);
    const w = fitWeights([...others, { name: 'self', pairs: train }], WEIGHTS);
    const rows = test.map((p) => ({ flag: scoreBare(p, w).flag, positive: p.positive }));
    cvRows.push(...rows);
    accs.push(prf(rows).accuracy);
  }
  const m = prf(cvRows);
  console.log(
    `\n${folds}-fold cross-validation (refit per fold): accuracy ${pct(m.accuracy)} (folds ${accs.map(pct).join(' ')}), P ${pct(m.precision)} R ${pct(m.recall)} F1 ${pct(m.f1)}`,
  );
}

function toPair(l: Line): LabelledPair {
  return { id: l.id, a: l.a, b: l.b, positive: l.label === 'contradiction', analysis: analyzePair(l.a, l.b) };
}

if (explain) {
  const show = (title: string, rows: Result[]): void => {
    console.log(`\n${title} (${rows.length}${rows.length > explainLimit ? `, first ${explainLimit}` : ''}):`);
    for (const r of rows.slice(0, explainLimit)) {
      console.log(`- ${r.line.id} [${r.line.label}${r.line.category ? ' ' + r.line.category : ''}] score ${r.score} rel ${r.out.relatedness}`);
      console.log(`  a: ${r.line.a}\n  b: ${r.line.b}`);
      for (const c of r.out.cues) console.log(`  cue ${c.type}: ${c.note} | a=${JSON.stringify(c.a?.text ?? null)} b=${JSON.stringify(c.b?.text ?? null)}`);
    }
  };
  show('false positives', scope.filter((r) => r.flag && !r.positive));
  show('false negatives', scope.filter((r) => !r.flag && r.positive));
}
