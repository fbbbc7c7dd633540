import t from 'tap';
import { build } from '../helper.js';
import { isProblem } from './problems.js';

t.test('POST /compare reads texts with speakers as their statements, with the affiliations the store knows', async (t) => {
  const { app, store } = await build(t);
  const body = {
    a: 'Russia and Ukraine will immediately start negotiations toward a ceasefire and an end to the war.',
    b: 'We agreed that Russia is ready to work on a memorandum on a possible future peace agreement, including a possible ceasefire for a certain period of time if relevant agreements are reached.',
    speakerA: 'Donald Trump',
    speakerB: 'Vladimir Putin',
  };
  const unknown = (await app.inject({ method: 'POST', url: '/compare', payload: body })).json<{ flag: boolean; kind: string | null }>();
  t.notOk(unknown.kind === 'stated-vs-claimed', 'an empty store does not know whose side Russia is');
  const given = (await app.inject({ method: 'POST', url: '/compare', payload: { ...body, affiliationB: ['Russia'] } })).json<{ flag: boolean; kind: string | null }>();
  t.ok(given.flag);
  t.equal(given.kind, 'stated-vs-claimed', 'the affiliation given in the request');
  await store.exclusive((tx) => tx.upsertActor({ name: 'Vladimir Putin', type: 'person', aliases: ['Putin'], affiliation: ['Russia'] }, null));
  const known = (await app.inject({ method: 'POST', url: '/compare', payload: body })).json<{ flag: boolean; kind: string | null }>();
  t.equal(known.kind, 'stated-vs-claimed', 'the affiliation the store has for a known speaker');
  isProblem(t, await app.inject({ method: 'POST', url: '/compare', payload: { ...body, affiliationB: 'Russia' } }), 400, 'VALIDATION_FAILED');
});

t.test('POST /compare scores two texts and stores nothing', async (t) => {
  const { app, store } = await build(t);
  const res = await app.inject({
    method: 'POST',
    url: '/compare',
    payload: { a: 'Russia will immediately start negotiations toward a ceasefire.', b: 'Russia will not start negotiations toward a ceasefire.', speakerA: 'Donald Trump', speakerB: 'Vladimir Putin' },
  });
  t.equal(res.statusCode, 200);
  const body = res.json<{ score: number; flag: boolean; kind: string | null; relatedness: number; cues: { type: string }[] }>();
  t.ok(body.score >= 0 && body.score <= 1);
  t.equal(body.flag, true, 'a plain negation of the same claim is flagged');
  t.ok(body.cues.some((c) => c.type === 'negation'));
  t.same(await store.counts(), { documents: 0, statements: 0, events: 0, divergences: 0 });
  const same = (await app.inject({ method: 'POST', url: '/compare', payload: { a: 'The bridge opens in March.', b: 'The bridge opens in March.' } })).json<{ flag: boolean; kind: string | null }>();
  t.equal(same.flag, false, 'a text does not diverge from itself');
  t.equal(same.kind, null, 'kind is null when not flagged');
  isProblem(t, await app.inject({ method: 'POST', url: '/compare', payload: { a: 'only one side' } }), 400, 'VALIDATION_FAILED');
  isProblem(t, await app.inject({ method: 'POST', url: '/compare', payload: { a: 1, b: 2 } }), 400, 'VALIDATION_FAILED');
  isProblem(t, await app.inject({ method: 'POST', url: '/compare', payload: { a: 'x'.repeat(30_000), b: 'y' } }), 400, 'VALIDATION_FAILED');
  isProblem(t, await app.inject({ method: 'POST', url: '/compare', headers: { 'content-type': 'application/json' }, payload: '{a:1}' }), 400, 'INVALID_JSON');
});

t.test('health, docs, OpenAPI and dashboard', async (t) => {
  const { app } = await build(t);
  const health = await app.inject({ method: 'GET', url: '/health' });
  t.equal(health.statusCode, 200);
  t.match(health.json(), { status: 'ok', store: 'sqlite', counts: { documents: 0 } });
  const spec = (await app.inject({ method: 'GET', url: '/openapi.json' })).json<{ openapi: string; paths: Record<string, Record<string, { responses: Record<string, unknown>; parameters?: { name: string }[] }>> }>();
  t.equal(spec.openapi, '3.1.0');
  for (const path of ['/documents', '/documents/{id}', '/divergences', '/divergences/{id}', '/events', '/events/{id}', '/events/{id}/merge', '/statements', '/actors', '/actors/{id}', '/compare', '/health', '/feed']) {
    t.ok(spec.paths[path], `${path} is documented`);
  }
  const list = spec.paths['/divergences']?.get;
  t.same(
    (list?.parameters ?? []).map((p) => p.name).sort(),
    ['actor', 'cursor', 'event', 'kind', 'limit', 'minScore', 'since', 'sort'],
    'every filter is documented',
  );
  t.ok(list?.responses['400'], 'errors are documented');
  t.ok(spec.paths['/documents']?.post?.responses['413']);
  const docs = await app.inject({ method: 'GET', url: '/docs/' });
  t.equal(docs.statusCode, 200);
  t.match(docs.body, /swagger/i);
  const page = await app.inject({ method: 'GET', url: '/' });
  t.equal(page.statusCode, 200);
  t.match(page.headers['content-type'], /text\/html/);
  t.match(page.body, /\/divergences/);
});
