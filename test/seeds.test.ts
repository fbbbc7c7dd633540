import t from 'tap';
import { readFileSync } from 'node:fs';
import { allPages, build, seedBodies } from './helper.js';

// The seed gold of ../shared/seeds/expected.json (copied to test/fixtures/seeds), checked through the HTTP API only.

interface GoldSide {
  speaker: string;
  contains: string[];
}
interface Gold {
  actors: Record<string, { aliases: string[] }>;
  statements: { seed: string; speaker: string; contains: string }[];
  divergences: { id: string; kind: string; a: GoldSide; b: GoldSide }[];
  consistent: { id: string; a: GoldSide; b: GoldSide }[];
  events: { id: string; seeds: string[] }[];
  noise: string[];
}
interface ApiStatement {
  id: string;
  speaker: string | null;
  text: string;
  documentId: string;
  eventId: string | null;
}
interface ApiDivergence {
  kind: string;
  score: number;
  a: { id: string; speaker: string | null; text: string };
  b: { id: string; speaker: string | null; text: string };
}

const gold = JSON.parse(readFileSync(new URL('./fixtures/seeds/expected.json', import.meta.url), 'utf8')) as Gold;
const manifest = JSON.parse(readFileSync(new URL('./fixtures/seeds/manifest.json', import.meta.url), 'utf8')) as { file: string }[];

const fold = (s: string): string => s.replace(/[\u2018\u2019\u201A\u201B\u2032]/g, "'").replace(/[\u201C\u201D\u201E\u201F\u2033]/g, '"');

function speaks(speaker: string | null, gold: string): boolean {
  if (speaker === null) return false;
  return speaker === gold || (goldActors.get(gold) ?? []).includes(speaker);
}
const goldActors = new Map(Object.entries(gold.actors).map(([name, a]) => [name, a.aliases]));

function matches(s: { speaker: string | null; text: string }, speaker: string, contains: string): boolean {
  const text = fold(s.text);
  return speaks(s.speaker, speaker) && text.includes(contains) && text.length <= Math.max(600, 3 * contains.length);
}
const matchesSide = (s: { speaker: string | null; text: string }, side: GoldSide): boolean => side.contains.some((c) => matches(s, side.speaker, c));
const joins = (d: ApiDivergence, x: GoldSide, y: GoldSide): boolean => (matchesSide(d.a, x) && matchesSide(d.b, y)) || (matchesSide(d.a, y) && matchesSide(d.b, x));

t.test('the five seeds through POST /documents meet the gold', async (t) => {
  const { app } = await build(t);
  const seedOfDocument = new Map<string, string>();
  const bodies = await seedBodies();
  for (const [i, body] of bodies.entries()) {
    const res = await app.inject({ method: 'POST', url: '/documents', payload: body });
    t.equal(res.statusCode, 201);
    seedOfDocument.set(res.json<{ document: { id: string } }>().document.id, (manifest[i]?.file ?? '').slice(0, 3));
  }

  const statements = await allPages<ApiStatement>(app, '/statements?limit=200');

  const found = gold.statements.filter((g) => statements.some((s) => seedOfDocument.get(s.documentId) === g.seed && matches(s, g.speaker, g.contains)));
  const missed = gold.statements.filter((g) => !found.includes(g)).map((g) => `${g.seed} ${g.speaker}: ${g.contains}`);
  t.ok(found.length >= 29, `gold statements found with the right speaker: ${found.length}/33`, { missed });

  const noisy = statements.filter((s) => gold.noise.some((n) => s.text.includes(n)));
  t.same(noisy.map((s) => s.text), [], 'no statement holds page furniture');

  const divergences = await allPages<ApiDivergence>(app, '/divergences?limit=100');
  t.ok(divergences.every((v, i) => i === 0 || (divergences[i - 1]?.score ?? 0) >= v.score), `${divergences.length} divergences listed best first`);

  for (const d of gold.divergences) {
    const rank = divergences.findIndex((v) => joins(v, d.a, d.b));
    t.ok(rank >= 0, `${d.id} is listed`);
    if (rank < 0) continue;
    t.equal(divergences[rank]?.kind, d.kind, `${d.id} has kind ${d.kind}`);
    if (d.id !== 'D4') t.ok(rank < 10, `${d.id} is in the top 10 (rank ${rank + 1}, score ${divergences[rank]?.score.toFixed(3)})`);
  }
  for (const c of gold.consistent) {
    t.notOk(divergences.some((v) => joins(v, c.a, c.b)), `${c.id} is not listed`);
  }

  const eventsOfGold = gold.events.map((e) => {
    const ids = new Set(statements.filter((s) => e.seeds.includes(seedOfDocument.get(s.documentId) ?? '')).map((s) => s.eventId));
    t.equal(ids.size, 1, `the statements of gold event ${e.id} are in one event`);
    return [...ids][0];
  });
  t.equal(new Set(eventsOfGold).size, gold.events.length, 'the three gold events are three events');
});
