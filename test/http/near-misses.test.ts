// Pairs scoring under the flag threshold but at least STORED_MIN_SCORE are stored unflagged, so a
// dashboard that lowers minScore sees near misses; everything that lists or announces by default
// (GET /divergences, POST /documents' answer, event counts, feed and webhook filters) stays flagged-only.
import t from 'tap';
import type { Divergence } from '../../schemas/index.js';
import { STORED_MIN_SCORE } from '../../schemas/common.js';
import { FLAG_THRESHOLD } from '../../src/analysis/score/index.js';
import { actorResolver, matchesFilters } from '../../src/service/webhook-match.js';
import { build, seedBodies } from '../helper.js';

interface Page {
  items: Divergence[];
  nextCursor: string | null;
}

t.test('near misses are stored unflagged and listed only when minScore asks for them', async (t) => {
  const { app, store, feed } = await build(t);
  const published: Divergence[] = [];
  feed.subscribe((d) => published.push(d));
  const answered: Divergence[] = [];
  for (const body of await seedBodies()) {
    const res = await app.inject({ method: 'POST', url: '/documents', payload: body });
    t.equal(res.statusCode, 201);
    answered.push(...res.json<{ divergences: Divergence[] }>().divergences);
  }
  t.ok(answered.length > 0 && answered.every((d) => d.flagged), "POST /documents answers with flagged divergences only");

  const list = async (query: string) => (await app.inject({ method: 'GET', url: `/divergences?limit=200${query}` })).json<Page>().items;
  const flagged = await list('');
  t.ok(flagged.length > 0 && flagged.every((d) => d.flagged && d.score >= FLAG_THRESHOLD), 'the default lists flagged pairs');
  const wide = await list(`&minScore=${STORED_MIN_SCORE}`);
  const near = wide.filter((d) => !d.flagged);
  t.ok(near.length > 0, 'the seeds have near misses');
  for (const d of near) {
    t.ok(d.score >= STORED_MIN_SCORE && d.score < FLAG_THRESHOLD, `near miss ${d.id} scores ${d.score}`);
    t.ok(['contradiction', 'divergent-accounts', 'stated-vs-claimed', 'quote-variant'].includes(d.kind), 'and carries the kind its evidence points to');
  }
  t.same(new Set(wide.filter((d) => d.flagged).map((d) => d.id)), new Set(flagged.map((d) => d.id)), 'the flagged pairs are the same either way');
  t.same((await list('&minScore=0')).map((d) => d.id), wide.map((d) => d.id), 'nothing under the storage floor is stored');

  // counts stay about flagged pairs
  const events = (await app.inject({ method: 'GET', url: '/events?limit=200' })).json<{ items: { id: string; divergenceCount: number }[] }>().items;
  for (const e of events) t.equal(e.divergenceCount, flagged.filter((d) => d.eventId === e.id).length, `event ${e.id} counts flagged pairs`);

  // the feed carries every stored divergence; default filters (live feed, webhooks) keep the flagged ones
  t.same(new Set(published.map((d) => d.id)), new Set(wide.map((d) => d.id)), 'every stored divergence is published');
  const actors = actorResolver(store);
  for (const d of published) t.equal(await matchesFilters(d, {}, actors), d.flagged, `${d.id} passes the default filter only when flagged`);
  for (const d of near) t.ok(await matchesFilters(d, { minScore: STORED_MIN_SCORE }, actors), 'a subscriber that lowers minScore gets near misses');
});
