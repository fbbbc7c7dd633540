// npm run eval:seeds — the seed results through the HTTP API: gold statements found, rank/score/kind of
// each gold divergence, consistent pairs, events. (test/seeds.test.ts asserts the same gold.)
import { buildApp } from '../src/app.js';
import { readSeeds } from '../src/service/seeds.js';
import { memoryStore } from '../src/store/store.js';
import { GoldMatcher, readGold, type ListedStatement, type ScoredPair } from './lib/seed-gold.js';

interface Listed<T> {
  items: T[];
  nextCursor: string | null;
}

const { gold, files } = readGold(new URL('../test/fixtures/seeds/', import.meta.url));
const m = new GoldMatcher(gold);
const store = await memoryStore();
const app = await buildApp({ store, config: { logLevel: 'silent', bodyLimitBytes: 1_048_576 } });

async function all<T>(url: string): Promise<T[]> {
  const out: T[] = [];
  for (let cursor: string | null = ''; cursor !== null; ) {
    const page: Listed<T> = (await app.inject({ method: 'GET', url: `${url}${cursor ? `&cursor=${cursor}` : ''}` })).json();
    out.push(...page.items);
    cursor = page.nextCursor;
  }
  return out;
}

const seedOf = new Map<string, string>();
const seeds = await readSeeds(new URL('../seeds/', import.meta.url).pathname);
for (const [i, body] of seeds.entries()) {
  const res = await app.inject({ method: 'POST', url: '/documents', payload: body });
  seedOf.set(res.json<{ document: { id: string } }>().document.id, (files[i] ?? '').slice(0, 3));
}
const statements = await all<ListedStatement>('/statements?limit=200');
const divergences = await all<ScoredPair>('/divergences?limit=200');

const missed = gold.statements.filter((g) => !statements.some((s) => seedOf.get(s.documentId) === g.seed && m.matches(s, g.speaker, g.contains)));
console.log(`statements: ${statements.length} extracted; gold found with the right speaker ${gold.statements.length - missed.length}/${gold.statements.length}`);
for (const g of missed) console.log(`  missed ${g.seed} ${g.speaker}: ${g.contains}`);
const noisy = statements.filter((s) => gold.noise.some((n) => s.text.includes(n)));
console.log(`statements holding page furniture: ${noisy.length}`);
console.log(`divergences listed (flagged): ${divergences.length}`);
for (const d of gold.divergences) {
  const rank = divergences.findIndex((v) => m.joins(v, d.a, d.b));
  const v = divergences[rank];
  console.log(`  ${d.id} ${v ? `rank ${rank + 1}, score ${v.score.toFixed(3)}, kind ${v.kind}${v.kind === d.kind ? '' : ` (gold ${d.kind})`}` : 'NOT LISTED'}`);
}
// flagged pairs no gold divergence names: a repeat of a gold pair through another rendering, or noise
divergences.forEach((v, i) => {
  const known = gold.divergences.find((d) => m.joins(v, d.a, d.b));
  const clip = (t: string): string => (t.length > 70 ? `${t.slice(0, 70)}…` : t);
  if (!known) console.log(`  other: rank ${i + 1}, score ${v.score.toFixed(3)}, kind ${v.kind}: ${v.a.speaker ?? '?'} "${clip(v.a.text)}" / ${v.b.speaker ?? '?'} "${clip(v.b.text)}"`);
});
for (const c of gold.consistent) console.log(`  ${c.id} ${divergences.some((v) => m.joins(v, c.a, c.b)) ? 'LISTED (wrong)' : 'not listed'}`);
for (const e of gold.events) {
  const ids = new Set(statements.filter((s) => e.seeds.includes(seedOf.get(s.documentId) ?? '')).map((s) => s.eventId));
  console.log(`event ${e.id} (seeds ${e.seeds.join(', ')}): ${[...ids].join(', ')}`);
}
await app.close();
await store.close();
