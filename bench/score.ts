// Pairs scored per second by compareTexts over the SICK train pairs, against
// string-similarity's compareTwoStrings on the same pairs in the same run.
// Usage: npx tsx bench/score.ts [FILE.jsonl] [--append]   (--append adds a row to bench/RESULTS.md)
import { readFileSync, appendFileSync, existsSync } from 'node:fs';
import { cpus } from 'node:os';
import { resolve } from 'node:path';
import { compareTwoStrings } from 'string-similarity';
import { compareTexts } from '../src/analysis/score/compare.js';
import { clearAnalysisCache } from '../src/analysis/score/analyze.js';

const file = process.argv.slice(2).find((a) => a.endsWith('.jsonl')) ?? resolve('../shared/data/pairs/sick-train.jsonl');
const pairs = readFileSync(file, 'utf8')
  .split('\n')
  .filter(Boolean)
  .map((l) => JSON.parse(l) as { a: string; b: string });

function rate(fn: (a: string, b: string) => number, rounds: number): number {
  const t0 = performance.now();
  let sink = 0;
  for (let r = 0; r < rounds; r++) for (const p of pairs) sink += fn(p.a, p.b);
  const s = (performance.now() - t0) / 1000;
  if (sink < 0) console.log(sink);
  return (pairs.length * rounds) / s;
}

// warm-up: WordNet loads lazily and the JIT settles
const tLoad = performance.now();
compareTexts({ a: 'A man is not playing a guitar.', b: 'A man is playing a guitar.' });
const loadMs = performance.now() - tLoad;
rate((a, b) => compareTexts({ a, b }).score, 1);
rate(compareTwoStrings, 3);

// The machine may be shared: the two are timed in alternating rounds so both see the same
// load, and the median round ratio is reported.
// warm: statements already analysed (the service compares one statement with many);
// cold: the per-statement analysis cache emptied before every pair.
const median = (xs: number[]): number => [...xs].sort((x, y) => x - y)[Math.floor(xs.length / 2)]!;
const R = 5;
const oursR: number[] = [];
const coldR: number[] = [];
const diceR: number[] = [];
for (let r = 0; r < R; r++) {
  oursR.push(rate((a, b) => compareTexts({ a, b }).score, 1));
  diceR.push(rate(compareTwoStrings, 1));
  coldR.push(
    rate((a, b) => {
      clearAnalysisCache();
      return compareTexts({ a, b }).score;
    }, 1),
  );
  for (const p of pairs) compareTexts(p); // warm again for the next warm round
}
const ours = median(oursR);
const cold = median(coldR);
const dice = median(diceR);
const ratio = median(oursR.map((o, i) => o / diceR[i]!));
const coldRatio = median(coldR.map((c, i) => c / diceR[i]!));
const cpu = cpus()[0]?.model.trim() ?? 'unknown';
console.log(`pairs: ${pairs.length} (${file})`);
console.log(`first call (WordNet load): ${loadMs.toFixed(0)} ms`);
console.log(`compareTexts:      ${ours.toFixed(0)} pairs/s (statements analysed once)`);
console.log(`compareTexts cold: ${cold.toFixed(0)} pairs/s (analysis cache emptied before each pair; ratio ${(coldRatio * 100).toFixed(1)}%)`);
console.log(`compareTwoStrings: ${dice.toFixed(0)} pairs/s`);
console.log(`ratio: ${(ratio * 100).toFixed(1)}% (target ≥ 20%)`);

if (process.argv.includes('--append')) {
  const path = resolve('bench/RESULTS.md');
  if (!existsSync(path)) appendFileSync(path, '# Benchmark results\n\nAppend only: one dated row per run.\n');
  appendFileSync(
    path,
    `\n## score (bench/score.ts) ${new Date().toISOString().slice(0, 10)}\n\n` +
      `| date | machine | pairs | compareTexts pairs/s | cold pairs/s | compareTwoStrings pairs/s | ratio | cold ratio |\n|---|---|---|---|---|---|---|---|\n` +
      `| ${new Date().toISOString()} | nproc ${cpus().length}, ${cpu}, node ${process.version} | ${pairs.length} sick-train | ${ours.toFixed(0)} | ${cold.toFixed(0)} | ${dice.toFixed(0)} | ${(ratio * 100).toFixed(1)}% | ${(coldRatio * 100).toFixed(1)}% |\n`,
  );
  console.log(`appended to ${path}`);
}
