import t from 'tap';
import { build, ingestSeedsDirect } from '../helper.js';
import { isProblem } from './problems.js';

interface Ev {
  id: string;
  title: string;
  participants: string[];
  keywords: string[];
  documentCount: number;
  statementCount: number;
  divergenceCount: number;
}
interface Detail extends Ev {
  actors: { speaker: string | null; statements: { eventId: string | null }[] }[];
  divergences: { eventId: string | null }[];
}

t.test('events: list, detail, rename, merge', async (t) => {
  const { app, store } = await build(t);
  await ingestSeedsDirect(store);
  const list = (await app.inject({ method: 'GET', url: '/events' })).json<{ items: Ev[]; nextCursor: string | null }>();
  t.ok(list.items.length >= 2, 'the seeds form several events');
  t.equal(list.items.reduce((n, e) => n + e.documentCount, 0), 5, 'every seed is in exactly one event');
  for (const e of list.items) t.ok(e.title.length > 0, 'events have a generated title');

  const biggest = [...list.items].sort((a, b) => b.statementCount - a.statementCount)[0] as Ev;
  const detail = (await app.inject({ method: 'GET', url: `/events/${biggest.id}` })).json<Detail>();
  t.equal(detail.actors.reduce((n, g) => n + g.statements.length, 0), biggest.statementCount, 'statements grouped by speaker');
  t.ok(detail.actors.every((g) => g.statements.every((s) => s.eventId === biggest.id)));
  t.ok(detail.divergences.every((v) => v.eventId === biggest.id));
  t.equal(detail.divergences.length, biggest.divergenceCount);

  const firstPage = (await app.inject({ method: 'GET', url: '/events?limit=1' })).json<{ items: Ev[]; nextCursor: string | null }>();
  t.equal(firstPage.items.length, 1);
  t.ok(firstPage.nextCursor);
  const actor = biggest.participants[0];
  if (actor) {
    const byActor = (await app.inject({ method: 'GET', url: `/events?actor=${encodeURIComponent(actor)}` })).json<{ items: Ev[] }>();
    t.ok(byActor.items.length >= 1, 'events filtered by a participant');
  }

  const renamed = await app.inject({ method: 'PATCH', url: `/events/${biggest.id}`, payload: { title: 'Checked by the desk' } });
  t.equal(renamed.statusCode, 200);
  t.equal(renamed.json<Detail>().title, 'Checked by the desk');
  await app.inject({ method: 'POST', url: '/documents', payload: { text: 'An unrelated article about gardening. "Tomatoes need sun," said Ann Gray, a gardener.' } });
  t.equal((await app.inject({ method: 'GET', url: `/events/${biggest.id}` })).json<Detail>().title, 'Checked by the desk', 'the new title sticks');
  t.equal((await app.inject({ method: 'GET', url: '/events?q=Checked%20by' })).json<{ items: Ev[] }>().items.length, 1, 'events found by title');

  const other = list.items.find((e) => e.id !== biggest.id) as Ev;
  const merged = await app.inject({ method: 'POST', url: `/events/${biggest.id}/merge`, payload: { from: other.id } });
  t.equal(merged.statusCode, 200);
  const after = merged.json<Detail>();
  t.equal(after.documentCount, biggest.documentCount + other.documentCount);
  t.equal(after.statementCount, biggest.statementCount + other.statementCount);
  t.equal(after.title, 'Checked by the desk');
  isProblem(t, await app.inject({ method: 'GET', url: `/events/${other.id}` }), 404, 'NOT_FOUND');

  isProblem(t, await app.inject({ method: 'POST', url: `/events/${biggest.id}/merge`, payload: { from: biggest.id } }), 409, 'INVALID_MERGE');
  isProblem(t, await app.inject({ method: 'POST', url: `/events/${biggest.id}/merge`, payload: { from: 'evt_999999' } }), 404, 'NOT_FOUND');
  isProblem(t, await app.inject({ method: 'POST', url: `/events/${biggest.id}/merge`, payload: {} }), 400, 'VALIDATION_FAILED');
  isProblem(t, await app.inject({ method: 'PATCH', url: `/events/${biggest.id}`, payload: { title: '' } }), 400, 'VALIDATION_FAILED');
  isProblem(t, await app.inject({ method: 'PATCH', url: `/events/${biggest.id}`, payload: { title: 5 } }), 400, 'VALIDATION_FAILED');
  isProblem(t, await app.inject({ method: 'PATCH', url: '/events/evt_999999', payload: { title: 'x' } }), 404, 'NOT_FOUND');
  isProblem(t, await app.inject({ method: 'GET', url: '/events/evt_999999' }), 404, 'NOT_FOUND');
  isProblem(t, await app.inject({ method: 'GET', url: '/events?from=soon' }), 400, 'VALIDATION_FAILED');
  isProblem(t, await app.inject({ method: 'GET', url: '/events?cursor=%%%' }), 400, 'INVALID_CURSOR');
});
