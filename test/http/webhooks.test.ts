import t from 'tap';
import { createHmac } from 'node:crypto';
import { allPages, seedBodies } from '../helper.js';
import { isProblem } from './problems.js';
import { createWebhook, deliveries, ingestSeeds, receiver, waitFor, webhookApp } from './webhook-helpers.js';

interface Listed {
  id: string;
  kind: string;
  score: number;
  eventId: string | null;
  a: { speaker: string | null; speakerId: string | null };
}

t.test('a new divergence is POSTed to the webhook, signed, as GET /divergences/:id returns it', async (t) => {
  const hook = await receiver(t);
  const { app } = await webhookApp(t);
  const signed = await createWebhook(app, { url: hook.url('/signed'), secret: 's3cret' });
  const plain = await createWebhook(app, { url: hook.url('/plain') });
  const created = await ingestSeeds(app);
  t.ok(created.length > 0, 'the seeds create divergences');
  await waitFor('every delivery', () => hook.received.length === 2 * created.length);

  for (const r of hook.received.filter((r) => r.path === '/signed')) {
    t.match(r.headers['content-type'], /^application\/json/);
    t.match(r.headers['x-divergence-delivery'], /^dlv_\d+$/);
    const expected = `sha256=${createHmac('sha256', 's3cret').update(r.body).digest('hex')}`;
    t.equal(r.headers['x-divergence-signature'], expected, 'the signature is the HMAC of the raw body');
  }
  t.notOk(
    hook.received.some((r) => r.path === '/plain' && 'x-divergence-signature' in r.headers),
    'no signature without a secret',
  );

  const first = hook.received.find((r) => r.path === '/signed');
  const payload = JSON.parse(first?.body ?? '{}') as { type: string; divergence: { id: string } };
  t.equal(payload.type, 'divergence.created');
  const stored = await app.inject({ method: 'GET', url: `/divergences/${payload.divergence.id}` });
  t.same(payload.divergence, stored.json(), 'the payload carries the divergence as the API returns it');

  const sent = hook.received.filter((r) => r.path === '/signed').map((r) => (JSON.parse(r.body) as { divergence: { id: string } }).divergence.id);
  t.same([...sent].sort(), [...created].sort(), 'each divergence the ingests created, once');

  const list = await deliveries(app, signed);
  t.equal(list.length, created.length);
  for (const d of list) {
    t.match(d, { webhookId: signed, status: 'delivered', attempts: 1, lastStatusCode: 200, lastError: null, nextAttemptAt: null });
    t.ok(d.deliveredAt && d.deliveredAt >= d.createdAt, 'deliveredAt is set');
  }
  t.same(
    list.map((d) => d.id).sort(),
    hook.received.filter((r) => r.path === '/signed').map((r) => r.headers['x-divergence-delivery']).sort(),
    'x-divergence-delivery names the stored delivery',
  );
  t.equal((await deliveries(app, plain)).length, created.length);
});

t.test('filters select what GET /divergences with the same query lists', async (t) => {
  // A scratch run shows what each seed creates (ingest is deterministic), so filters can be chosen that split
  // what the later seeds create: the webhooks are made once the first seeds are in and their event exists.
  const seeds = await seedBodies();
  const scratch = await webhookApp(t);
  const runs: { eventId: string | null; divergences: Listed[] }[] = [];
  for (const body of seeds) {
    const res = (await scratch.app.inject({ method: 'POST', url: '/documents', payload: body })).json<{ document: { eventId: string | null }; divergences: Listed[] }>();
    runs.push({ eventId: res.document.eventId, divergences: res.divergences });
  }
  const firstSeedOf = (eventId: string) => runs.findIndex((r) => r.eventId === eventId);
  // Split after the first seed that creates a divergence's event, when that divergence comes later.
  const eventSample = runs.flatMap((r, i) => r.divergences.filter((d) => d.eventId !== null && firstSeedOf(d.eventId) < i)).find(Boolean);
  const split = eventSample?.eventId ? firstSeedOf(eventSample.eventId) + 1 : 1;
  t.ok(eventSample, 'some event of an early seed gets a divergence from a later one');
  const later = runs.slice(split).flatMap((r) => r.divergences);
  const sample = later[later.length - 1];
  if (!sample) throw new Error('the later seeds create no flagged divergence');
  const scores = later.map((d) => d.score);
  const midScore = (Math.max(...scores) + Math.min(...scores)) / 2;
  const maxScore = Math.max(...(await allPages<Listed>(scratch.app, '/divergences?minScore=0&limit=200')).map((d) => d.score));

  const hook = await receiver(t);
  const { app } = await webhookApp(t);
  for (const body of seeds.slice(0, split)) await app.inject({ method: 'POST', url: '/documents', payload: body });
  const queries: Record<string, Record<string, string | number>> = {
    everything: {},
    kind: { kind: sample.kind },
    actor: { actor: sample.a.speaker ?? '' },
    actorId: { actor: sample.a.speakerId ?? '' },
    minScore: { minScore: midScore },
    ...(eventSample?.eventId ? { event: { event: eventSample.eventId } } : {}),
    combined: { kind: sample.kind, minScore: midScore },
  };
  const ids: Record<string, string> = {};
  for (const [name, filters] of Object.entries(queries)) ids[name] = await createWebhook(app, { url: hook.url(`/${name}`), filters });
  const aboveAll = await createWebhook(app, { url: hook.url('/above'), filters: { minScore: Math.min(1, maxScore + 0.001) } });
  const noSuchActor = await createWebhook(app, { url: hook.url('/nobody'), filters: { actor: 'Nobody At All' } });
  const created = new Set<string>();
  for (const body of seeds.slice(split)) {
    const res = await app.inject({ method: 'POST', url: '/documents', payload: body });
    for (const d of res.json<{ divergences: Listed[] }>().divergences) created.add(d.id);
  }
  t.ok(created.size > 0);
  await waitFor('the unfiltered webhook', async () => (await deliveries(app, ids.everything ?? '')).filter((d) => d.status === 'delivered').length === created.size);

  for (const [name, filters] of Object.entries(queries)) {
    const qs = new URLSearchParams(Object.entries(filters).map(([k, v]): [string, string] => [k, String(v)]));
    const expected = (await allPages<Listed>(app, `/divergences?limit=200&${qs}`)).map((d) => d.id).filter((id) => created.has(id)).sort();
    t.ok(expected.length > 0, `${name}: the filter matches something`);
    await waitFor(`${name} deliveries`, () => hook.received.filter((r) => r.path === `/${name}`).length >= expected.length);
    const got = (await deliveries(app, ids[name] ?? '')).map((d) => d.divergenceId).sort();
    t.same(got, expected, `${name}: ${JSON.stringify(filters)} delivers what GET /divergences?${qs} lists`);
  }
  t.ok((await deliveries(app, ids.minScore ?? '')).length < created.size, 'minScore leaves some out');
  t.same(await deliveries(app, aboveAll), [], 'minScore above every score: no delivery');
  t.same(await deliveries(app, noSuchActor), [], 'an actor nobody is: no delivery');
  t.equal(hook.received.filter((r) => r.path === '/above' || r.path === '/nobody').length, 0);
});

t.test('webhooks are created, listed in pages, read and deleted; the secret is never returned', async (t) => {
  const { app } = await webhookApp(t);
  const body = { url: 'https://bot.example.org/hook', filters: { actor: 'Vladimir Putin', kind: 'stated-vs-claimed', minScore: 0.6 }, secret: 'top secret' };
  const res = await app.inject({ method: 'POST', url: '/webhooks', payload: body });
  t.equal(res.statusCode, 201);
  const created = res.json<{ id: string; url: string; filters: object; createdAt: string }>();
  t.match(created, { id: /^whk_\d+$/, url: body.url, filters: body.filters });
  t.equal(res.headers.location, `/webhooks/${created.id}`);
  t.notOk(res.body.includes('top secret'), 'the secret is not echoed');
  t.notOk('secret' in created);
  const ids = [created.id];
  for (let i = 0; i < 4; i++) ids.push(await createWebhook(app, { url: `http://127.0.0.1:9/${i}` }));

  const one = await app.inject({ method: 'GET', url: `/webhooks/${created.id}` });
  t.same(one.json(), created);
  t.notOk(one.body.includes('top secret'));
  const noFilters = (await app.inject({ method: 'GET', url: `/webhooks/${ids[1]}` })).json<{ filters: object }>();
  t.same(noFilters.filters, {}, 'filters default to none');

  const first = (await app.inject({ method: 'GET', url: '/webhooks?limit=2' })).json<{ items: { id: string }[]; nextCursor: string | null }>();
  t.same(first.items.map((w) => w.id), ids.slice(0, 2), 'oldest first');
  t.type(first.nextCursor, 'string');
  const listed = await allPages<{ id: string }>(app, '/webhooks?limit=2');
  t.same(listed.map((w) => w.id), ids, 'every webhook once across pages');

  const del = await app.inject({ method: 'DELETE', url: `/webhooks/${ids[2]}` });
  t.equal(del.statusCode, 204);
  t.equal(del.body, '');
  isProblem(t, await app.inject({ method: 'GET', url: `/webhooks/${ids[2]}` }), 404, 'NOT_FOUND');
  isProblem(t, await app.inject({ method: 'DELETE', url: `/webhooks/${ids[2]}` }), 404, 'NOT_FOUND');
  t.same((await allPages<{ id: string }>(app, '/webhooks?limit=2')).map((w) => w.id), ids.filter((_, i) => i !== 2));
});

t.test('bad input is a 400 with per-field errors; unknown and malformed ids are 404', async (t) => {
  const { app } = await webhookApp(t);
  const bad = async (payload: unknown, path: string) => {
    const res = await app.inject({ method: 'POST', url: '/webhooks', payload: payload as object });
    isProblem(t, res, 400, 'VALIDATION_FAILED');
    const errors = res.json<{ errors?: { path: string }[] }>().errors ?? [];
    t.ok(errors.some((e) => e.path === path), `${JSON.stringify(payload)}: error at ${path}`);
  };
  await bad({ url: 'ftp://example.org/hook' }, 'body.url');
  await bad({ url: 'not a url' }, 'body.url');
  await bad({ url: 'javascript:alert(1)' }, 'body.url');
  await bad({ url: 'https://user:password@example.org/hook' }, 'body.url');
  await bad({}, 'body.url');
  await bad({ url: 'https://example.org', filters: { minScore: 1.5 } }, 'body.filters.minScore');
  await bad({ url: 'https://example.org', filters: { kind: 'lie' } }, 'body.filters.kind');
  await bad({ url: 'https://example.org', filters: { event: 'yesterday' } }, 'body.filters.event');
  await bad({ url: 'https://example.org', filters: { minscore: 0.5 } }, 'body.filters');
  await bad({ url: 'https://example.org', secret: '' }, 'body.secret');
  await bad({ url: 'https://example.org', filters: 'all' }, 'body.filters');
  isProblem(t, await app.inject({ method: 'POST', url: '/webhooks', payload: { url: 'https://example.org', filters: { event: 'evt_999' } } }), 422, 'INVALID_INPUT');
  isProblem(t, await app.inject({ method: 'POST', url: '/webhooks', headers: { 'content-type': 'application/json' }, payload: '{"url":' }), 400, 'INVALID_JSON');
  isProblem(t, await app.inject({ method: 'POST', url: '/webhooks', headers: { 'content-type': 'application/xml' }, payload: '<url/>' }), 415, 'UNSUPPORTED_MEDIA_TYPE');
  isProblem(t, await app.inject({ method: 'POST', url: '/webhooks', headers: { 'content-type': 'text/plain' }, payload: 'https://example.org' }), 400, 'VALIDATION_FAILED');
  t.equal((await app.inject({ method: 'GET', url: '/webhooks' })).json<{ items: unknown[] }>().items.length, 0, 'nothing was created');

  for (const id of ['whk_999', 'nope', 'div_1', 'whk_1x', 'whk_99999999999999999999']) {
    isProblem(t, await app.inject({ method: 'GET', url: `/webhooks/${id}` }), 404, 'NOT_FOUND');
    isProblem(t, await app.inject({ method: 'DELETE', url: `/webhooks/${id}` }), 404, 'NOT_FOUND');
    isProblem(t, await app.inject({ method: 'GET', url: `/webhooks/${id}/deliveries` }), 404, 'NOT_FOUND');
  }
  const id = await createWebhook(app, { url: 'https://example.org' });
  isProblem(t, await app.inject({ method: 'GET', url: `/webhooks/${id}/deliveries?cursor=garbage` }), 400, 'INVALID_CURSOR');
  isProblem(t, await app.inject({ method: 'GET', url: `/webhooks/${id}/deliveries?limit=0` }), 400, 'VALIDATION_FAILED');
  isProblem(t, await app.inject({ method: 'GET', url: `/webhooks/${id}/deliveries?status=lost` }), 400, 'VALIDATION_FAILED');
  isProblem(t, await app.inject({ method: 'GET', url: '/webhooks?limit=500' }), 400, 'VALIDATION_FAILED');
});

t.test('deliveries page newest first and filter by status', async (t) => {
  const hook = await receiver(t, (r) => (r.path === '/flaky' ? 500 : 200));
  const { app } = await webhookApp(t, { maxAttempts: 1 });
  const ok = await createWebhook(app, { url: hook.url('/ok') });
  const flaky = await createWebhook(app, { url: hook.url('/flaky') });
  const created = await ingestSeeds(app);
  t.ok(created.length >= 3, 'enough deliveries to page');
  await waitFor('settled deliveries', async () => (await deliveries(app, ok)).every((d) => d.status === 'delivered') && (await deliveries(app, flaky)).every((d) => d.status === 'failed'));

  const whole = await deliveries(app, ok);
  t.equal(whole.length, created.length);
  const ids = whole.map((d) => Number(d.id.slice(4)));
  t.same(ids, [...ids].sort((a, b) => b - a), 'newest first');
  const paged = await allPages<{ id: string }>(app, `/webhooks/${ok}/deliveries?limit=2`);
  t.same(paged.map((d) => d.id), whole.map((d) => d.id), 'pages of 2 give each delivery once, in order');
  const firstPage = (await app.inject({ method: 'GET', url: `/webhooks/${ok}/deliveries?limit=2` })).json<{ items: unknown[]; nextCursor: string | null }>();
  t.equal(firstPage.items.length, 2);
  t.type(firstPage.nextCursor, 'string');

  t.equal((await allPages(app, `/webhooks/${ok}/deliveries?status=delivered&limit=2`)).length, created.length);
  t.equal((await allPages(app, `/webhooks/${ok}/deliveries?status=failed`)).length, 0);
  const failed = await allPages<{ status: string; lastStatusCode: number; webhookId: string }>(app, `/webhooks/${flaky}/deliveries?status=failed&limit=2`);
  t.equal(failed.length, created.length, "one webhook's deliveries are not another's");
  t.ok(failed.every((d) => d.webhookId === flaky && d.lastStatusCode === 500));
});
