// Throughput of extract() over the 2,225 BBC articles, against natural's plain sentence + word
// tokenization of the same text in the same run. Run by hand: npx tsx bench/extract.ts
// Prints a markdown row and appends it, with date and machine, to bench/RESULTS.md.
import { appendFileSync, existsSync, readFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import SentenceTokenizer from 'natural/lib/natural/tokenizers/sentence_tokenizer.js';
import { WordTokenizer } from 'natural/lib/natural/tokenizers/regexp_tokenizer.js';
import { knownAbbreviations } from 'natural/lib/natural/util/abbreviations_en.js';
import { extract } from '../src/analysis/extract/index.js';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const DATA = resolve(ROOT, '../shared/data/news/bbc-2225.jsonl');
const RESULTS = resolve(ROOT, 'bench/RESULTS.md');
const RUNS = 3;

const texts = readFileSync(DATA, 'utf8')
  .split('\n')
  .filter((l) => l.trim() !== '')
  .map((l) => (JSON.parse(l) as { text: string }).text);
const bytes = texts.reduce((n, t) => n + Buffer.byteLength(t, 'utf8'), 0);
const mb = bytes / 1e6;

function best(run: () => number): { ms: number; out: number } {
  let ms = Infinity;
  let out = 0;
  run(); // warm-up: JIT and caches
  for (let i = 0; i < RUNS; i++) {
    const t0 = performance.now();
    out = run();
    ms = Math.min(ms, performance.now() - t0);
  }
  return { ms, out };
}

const sentences = new SentenceTokenizer(knownAbbreviations);
const words = new WordTokenizer();
const natural = best(() => {
  let n = 0;
  for (const t of texts) for (const s of sentences.tokenize(t)) n += words.tokenize(s).length;
  return n;
});
const ours = best(() => {
  let n = 0;
  for (const t of texts) n += extract(t).statements.length;
  return n;
});

const oursMBs = mb / (ours.ms / 1000);
const natMBs = mb / (natural.ms / 1000);
const date = new Date().toISOString().slice(0, 10);
const machine = `${cpus().length} × ${cpus()[0]?.model.trim() ?? 'unknown cpu'}`;
const row = `| ${date} | ${machine} | extract | ${texts.length} | ${mb.toFixed(2)} | ${oursMBs.toFixed(2)} | ${natMBs.toFixed(2)} | ${(oursMBs / natMBs).toFixed(2)} | ${ours.out} statements |`;
const header = '| date | machine | bench | articles | MB | MB/s | natural sentence+word MB/s | ratio | output |\n|---|---|---|---|---|---|---|---|---|\n';

console.log(header + row);
if (!existsSync(RESULTS)) appendFileSync(RESULTS, `# Benchmark results\n\nAppend only. Best of ${RUNS} runs after a warm-up.\n\n`);
// append to the extract table only when it is the file's last table; otherwise open a new one
const lines = readFileSync(RESULTS, 'utf8').trimEnd().split('\n');
let top = lines.length - 1;
while (top > 0 && lines[top - 1].startsWith('|')) top--;
const lastTableIsOurs = lines[top]?.startsWith('| date | machine | bench |') === true;
appendFileSync(RESULTS, lastTableIsOurs ? `${row}\n` : `\n## extract (bench/extract.ts)\n\n${header}${row}\n`);
