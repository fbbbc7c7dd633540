import t from 'tap';
import { GoldMatcher, readGold, type ListedStatement, type ScoredPair } from '../scripts/lib/seed-gold.js';
import { allPages, build, seedBodies } from './helper.js';

// The seed gold of ../shared/seeds/expected.json (copied to test/fixtures/seeds), checked through the HTTP API only.


const { gold, files } = readGold(new URL('./fixtures/seeds/', import.meta.url));
const m = new GoldMatcher(gold);

t.test('the five seeds through POST /documents meet the gold', async (t) => {
  const { app } = await build(t);
  const seedOfDocument = new Map<string, string>();
  const bodies = await seedBodies();
  for (const [i, body] of bodies.entries()) {
    const res = await app.inject({ method: 'POST', url: '/documents', payload: body });
    t.equal(res.statusCode, 201);
    seedOfDocument.set(res.json<{ document: { id: string } }>().document.id, (files[i] ?? '').slice(0, 3));
  }

  const statements = await allPages<ListedStatement>(app, '/statements?limit=200');

  const found = gold.statements.filter((g) => statements.some((s) => seedOfDocument.get(s.documentId) === g.seed && m.matches(s, g.speaker, g.contains)));
  const missed = gold.statements.filter((g) => !found.includes(g)).map((g) => `${g.seed} ${g.speaker}: ${g.contains}`);
  t.ok(found.length >= 29, `gold statements found with the right speaker: ${found.length}/33`, { missed });

  const noisy = statements.filter((s) => gold.noise.some((n) => s.text.includes(n)));
  t.same(noisy.map((s) => s.text), [], 'no statement holds page furniture');

  const divergences = await allPages<ScoredPair>(app, '/divergences?limit=100');
  t.ok(divergences.every((v, i) => i === 0 || (divergences[i - 1]?.score ?? 0) >= v.score), `${divergences.length} divergences listed best first`);

  for (const d of gold.divergences) {
    const rank = divergences.findIndex((v) => m.joins(v, d.a, d.b));
    t.ok(rank >= 0, `${d.id} is listed`);
    if (rank < 0) continue;
    t.equal(divergences[rank]?.kind, d.kind, `${d.id} has kind ${d.kind}`);
    if (d.id !== 'D4') t.ok(rank < 10, `${d.id} is in the top 10 (rank ${rank + 1}, score ${divergences[rank]?.score.toFixed(3)})`);
  }
  for (const c of gold.consistent) {
    t.notOk(divergences.some((v) => m.joins(v, c.a, c.b)), `${c.id} is not listed`);
  }

  const eventsOfGold = gold.events.map((e) => {
    const ids = new Set(statements.filter((s) => e.seeds.includes(seedOfDocument.get(s.documentId) ?? '')).map((s) => s.eventId));
    t.equal(ids.size, 1, `the statements of gold event ${e.id} are in one event`);
    return [...ids][0];
  });
  t.equal(new Set(eventsOfGold).size, gold.events.length, 'the three gold events are three events');
});
