// bench/ingest: the 2,225 BBC articles into a fresh embedded store through the same code path as
// POST /documents, then 4× that (each copy made distinct by a line of its own). Baseline: natural's
// bare sentence + word tokenization of the same text in the same run.
// Run: npx tsx bench/ingest.ts [--limit N]   (reads ../shared/data/news/bbc-2225.jsonl)
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import SentenceTokenizer from 'natural/lib/natural/tokenizers/sentence_tokenizer.js';
import { WordTokenizer } from 'natural/lib/natural/tokenizers/regexp_tokenizer.js';
import { ingestDocument } from '../src/service/ingest.js';
import { openStore } from '../src/store/store.js';

if (process.argv.includes('--help')) {
  console.log(`npx tsx bench/ingest.ts [--limit N]
  Ingests the BBC articles (../shared/data/news/bbc-2225.jsonl) into a fresh SQLite store through
  ingestDocument, once (1×) and then as four distinct copies of each (4×), and prints a markdown table
  row per run for bench/RESULTS.md.
  --limit N   only the first N articles (quick iterations; full size for recorded numbers)`);
  process.exit(0);
}

const file = new URL('../../shared/data/news/bbc-2225.jsonl', import.meta.url);
const limitArg = process.argv.indexOf('--limit');
const limit = limitArg > 0 ? Number(process.argv[limitArg + 1]) : Infinity;
const articles = readFileSync(file, 'utf8')
  .split('\n')
  .filter(Boolean)
  .slice(0, limit)
  .map((l) => JSON.parse(l) as { id: string; title?: string; text: string });

function baseline(texts: string[]): number {
  const sentences = new SentenceTokenizer();
  const words = new WordTokenizer();
  const t0 = performance.now();
  let n = 0;
  for (const text of texts) for (const s of sentences.tokenize(text)) n += words.tokenize(s).length;
  if (n < 0) console.log(n);
  return (performance.now() - t0) / 1000;
}

async function run(copies: number) {
  const dir = mkdtempSync(join(tmpdir(), 'divergence-bench-'));
  const store = await openStore({ dataDir: dir });
  const inputs = articles.flatMap((a) =>
    Array.from({ length: copies }, (_, c) => ({ text: copies === 1 ? a.text : `${a.text}\n\nCopy ${c + 1} of ${a.id}.`, title: a.title ?? null })),
  );
  const bytes = inputs.reduce((n, i) => n + Buffer.byteLength(i.text), 0);
  const base = baseline(inputs.map((i) => i.text));
  let statements = 0;
  let candidates = 0;
  let scored = 0;
  let divergences = 0;
  let stored = 0;
  const cpu0 = process.cpuUsage();
  const t0 = performance.now();
  for (const input of inputs) {
    const r = await ingestDocument(store, input);
    statements += r.statementIds.length;
    candidates += r.candidatePairs;
    scored += r.scoredPairs;
    divergences += r.flaggedIds.length;
    stored += r.divergenceIds.length;
  }
  const seconds = (performance.now() - t0) / 1000;
  const cpu = process.cpuUsage(cpu0);
  const counts = await store.counts();
  await store.close();
  rmSync(dir, { recursive: true, force: true });
  return { copies, documents: inputs.length, mb: bytes / 1e6, seconds, cpuSeconds: (cpu.user + cpu.system) / 1e6, base, statements, candidates, scored, divergences, stored, events: counts.events, rssMb: process.resourceUsage().maxRSS / 1024 };
}

const one = await run(1);
const four = await run(4);
const row = (r: typeof one) =>
  `| ${r.copies}× | ${r.documents} | ${r.mb.toFixed(2)} | ${r.seconds.toFixed(1)} | ${(r.mb / r.seconds).toFixed(3)} | ${(r.mb / r.base).toFixed(2)} | ${((r.mb / r.seconds) / (r.mb / r.base) * 100).toFixed(1)}% | ${r.statements} | ${r.candidates} | ${r.scored} | ${r.divergences} | ${r.stored} | ${r.events} | ${r.rssMb.toFixed(0)} |`;
console.log(`bench/ingest on ${new Date().toISOString().slice(0, 10)}, ${cpus().length} × ${cpus()[0]?.model ?? 'cpu'}, Node ${process.version}`);
console.log('| run | docs | MB | s | ingest MB/s | tokenize MB/s | ingest/tokenize | statements | candidate pairs | scored pairs | flagged | stored (≥ 0.3) | events | peak RSS MB |');
console.log('|---|---|---|---|---|---|---|---|---|---|---|---|---|---|');
console.log(row(one));
console.log(row(four));
console.log(`4×/1× time ratio: ${(four.seconds / one.seconds).toFixed(2)}`);
// CPU of the ingest loops alone (user + sys): on a shared machine steadier than wall time.
console.log(`ingest CPU (user + sys): 1× ${one.cpuSeconds.toFixed(1)} s, 4× ${four.cpuSeconds.toFixed(1)} s`);
