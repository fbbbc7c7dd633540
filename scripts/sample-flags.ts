// Flag precision on real news has no gold: this ingests a slice of the BBC articles into a fresh store
// and prints counts and a fixed pseudo-random sample of flagged divergences with their cues, for a
// person to label.   npx tsx scripts/sample-flags.ts [FROM] [TO] [SAMPLE]   (defaults 800 1100 20)
import { readFileSync } from 'node:fs';
import { ingestDocument } from '../src/service/ingest.js';
import { memoryStore } from '../src/store/store.js';

const [from, to, show] = [Number(process.argv[2] ?? 800), Number(process.argv[3] ?? 1100), Number(process.argv[4] ?? 20)];
const articles = readFileSync(new URL('../../shared/data/news/bbc-2225.jsonl', import.meta.url), 'utf8')
  .split('\n')
  .filter(Boolean)
  .slice(from, to)
  .map((l) => JSON.parse(l) as { title?: string; text: string });
const store = await memoryStore();
const ids: number[] = [];
let statements = 0;
for (const a of articles) {
  const r = await ingestDocument(store, { text: a.text, title: a.title ?? null });
  ids.push(...r.flaggedIds);
  statements += r.statementIds.length;
}
const divergences = await store.divergencesByIds(ids);
const sides = await store.statementsByIds(divergences.flatMap((d) => [d.aId, d.bId]));
const kinds = new Map<string, number>();
let sameDocument = 0;
for (const d of divergences) {
  if (sides.get(d.aId)?.documentId === sides.get(d.bId)?.documentId) sameDocument++;
  kinds.set(d.kind, (kinds.get(d.kind) ?? 0) + 1);
}
console.log(`${articles.length} articles, ${statements} statements, ${divergences.length} flagged (${sameDocument} within one article) ${JSON.stringify(Object.fromEntries(kinds))}`);
// A fixed generator, so the same slice gives the same sample.
let seed = 7;
const next = (): number => (seed = (seed * 16807) % 2147483647) / 2147483647;
const sample = divergences.map((d) => ({ d, r: next() })).sort((x, y) => x.r - y.r).slice(0, show);
for (const { d } of sample) {
  const a = sides.get(d.aId);
  const b = sides.get(d.bId);
  if (!a || !b) continue;
  console.log(`\n[${d.kind} ${d.score.toFixed(2)}] ${a.documentId === b.documentId ? 'one article' : 'two articles'}; cues: ${d.cues.map((c) => `${c.type}: ${c.note}`).join(' | ')}`);
  console.log(`  A ${a.speaker}: ${a.text.slice(0, 240)}`);
  console.log(`  B ${b.speaker}: ${b.text.slice(0, 240)}`);
}
await store.close();
