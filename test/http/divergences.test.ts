import t from 'tap';
import { FLAG_THRESHOLD } from '../../src/analysis/score/index.js';
import { allPages, build, ingestSeedsDirect } from '../helper.js';
import { isProblem } from './problems.js';

interface Side {
  id: string;
  speaker: string | null;
  speakerId: string | null;
  text: string;
  document: { id: string; outlet: string | null; publishedAt: string | null };
}
interface Div {
  id: string;
  kind: string;
  score: number;
  relatedness: number;
  flagged: boolean;
  eventId: string | null;
  createdAt: string;
  components: Record<string, number>;
  cues: { type: string; a: { start: number; end: number; text: string } | null; b: { start: number; end: number; text: string } | null }[];
  a: Side;
  b: Side;
}
interface Page {
  items: Div[];
  nextCursor: string | null;
}

t.test('GET /divergences', async (t) => {
  const { app, store } = await build(t);
  await ingestSeedsDirect(store);
  const get = async (query: string) => app.inject({ method: 'GET', url: `/divergences${query}` });

  const all = (await get('?limit=200')).json<Page>();
  t.ok(all.items.length >= 5, 'the seeds give flagged pairs');
  for (const v of all.items) {
    t.ok(v.score >= FLAG_THRESHOLD && v.flagged, 'by default only flagged pairs are listed');
    t.ok(v.score <= 1 && v.relatedness >= 0 && v.relatedness <= 1);
    t.ok(v.cues.length > 0, 'every flag carries cues');
    for (const c of v.cues) {
      if (c.a) t.equal(v.a.text.slice(c.a.start, c.a.end), c.a.text, 'cue spans index statement a');
      if (c.b) t.equal(v.b.text.slice(c.b.start, c.b.end), c.b.text, 'cue spans index statement b');
    }
    t.ok(v.a.document.id && v.b.document.id, 'both statements come with their document');
  }

  const pages = await allPages<Div>(app, '/divergences?limit=2');
  t.same(pages.map((v) => v.id), all.items.map((v) => v.id), 'cursor pages walk the same list once');

  const kind = all.items[0]?.kind ?? 'contradiction';
  const ofKind = (await get(`?kind=${kind}`)).json<Page>();
  t.ok(ofKind.items.length > 0 && ofKind.items.every((v) => v.kind === kind), 'kind filter');

  const high = (await get('?minScore=0.99')).json<Page>();
  t.ok(high.items.every((v) => v.score >= 0.99), 'minScore filter');
  const low = (await get('?minScore=0&limit=200')).json<Page>();
  t.ok(low.items.length >= all.items.length, 'a lower minScore lists at least as many');

  const speaker = all.items[0]?.a.speakerId;
  if (speaker) {
    const byActor = (await get(`?actor=${speaker}&limit=200`)).json<Page>();
    t.ok(byActor.items.length > 0 && byActor.items.every((v) => v.a.speakerId === speaker || v.b.speakerId === speaker), 'actor filter by id');
    const name = all.items[0]?.a.speaker ?? '';
    t.equal((await get(`?actor=${encodeURIComponent(name)}&limit=200`)).json<Page>().items.length, byActor.items.length, 'actor filter by name');
  }
  t.equal((await get('?actor=Nobody%20Known')).json<Page>().items.length, 0);

  const withEvent = all.items.find((v) => v.eventId);
  if (withEvent?.eventId) {
    const inEvent = (await get(`?event=${withEvent.eventId}&limit=200`)).json<Page>();
    t.ok(inEvent.items.every((v) => v.eventId === withEvent.eventId), 'event filter');
  }

  t.equal((await get('?since=2999-01-01')).json<Page>().items.length, 0, 'since filter');
  t.equal((await get('?since=2000-01-01T00:00:00Z&limit=200')).json<Page>().items.length, all.items.length);
  const byDate = (await get('?sort=date&limit=200')).json<Page>();
  for (let i = 1; i < byDate.items.length; i++) t.ok((byDate.items[i - 1]?.createdAt ?? '') >= (byDate.items[i]?.createdAt ?? ''), 'newest first');

  const first = all.items[0];
  if (first) {
    const one = await app.inject({ method: 'GET', url: `/divergences/${first.id}` });
    t.equal(one.statusCode, 200);
    t.same(one.json<Div>(), first, 'the single resource equals the listed one');
  }

  isProblem(t, await get('?minScore=2'), 400, 'VALIDATION_FAILED');
  isProblem(t, await get('?minScore=abc'), 400, 'VALIDATION_FAILED');
  isProblem(t, await get('?kind=lies'), 400, 'VALIDATION_FAILED');
  isProblem(t, await get('?sort=random'), 400, 'VALIDATION_FAILED');
  isProblem(t, await get('?limit=0'), 400, 'VALIDATION_FAILED');
  isProblem(t, await get('?limit=1000'), 400, 'VALIDATION_FAILED');
  isProblem(t, await get('?since=last%20week'), 400, 'VALIDATION_FAILED');
  isProblem(t, await get('?cursor=garbage'), 400, 'INVALID_CURSOR');
});

t.test('unknown divergences and events are 404 or empty, never 500', async (t) => {
  const { app } = await build(t);
  isProblem(t, await app.inject({ method: 'GET', url: '/divergences/div_424242' }), 404, 'NOT_FOUND');
  isProblem(t, await app.inject({ method: 'GET', url: '/divergences/zzz' }), 404, 'NOT_FOUND');
  const res = await app.inject({ method: 'GET', url: '/divergences?event=evt_424242' });
  t.equal(res.statusCode, 200);
  t.same(res.json<Page>().items, []);
  isProblem(t, await app.inject({ method: 'GET', url: '/divergences?event=nonsense' }), 404, 'NOT_FOUND');
});
