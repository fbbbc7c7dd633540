import t from 'tap';
import { build, ingestSeedsDirect } from '../helper.js';
import { isProblem } from './problems.js';

interface St {
  id: string;
  speaker: string | null;
  speakerId: string | null;
  text: string;
  kind: string | null;
  eventId: string | null;
}
interface Actor {
  id: string;
  name: string;
  aliases: string[];
  affiliation: string[];
  statementCount: number;
}

t.test('statements and actors', async (t) => {
  const { app, store } = await build(t);
  await ingestSeedsDirect(store);
  const all = (await app.inject({ method: 'GET', url: '/statements?limit=200' })).json<{ items: St[] }>().items;
  t.ok(all.length >= 29);

  const actors = (await app.inject({ method: 'GET', url: '/actors?limit=200' })).json<{ items: Actor[] }>().items;
  const top = [...actors].sort((a, b) => b.statementCount - a.statementCount)[0] as Actor;
  t.ok(top.statementCount > 0);
  const mine = (await app.inject({ method: 'GET', url: `/statements?actor=${top.id}&limit=200` })).json<{ items: St[] }>().items;
  t.equal(mine.length, top.statementCount, 'statement counts agree with the actor filter');
  t.ok(mine.every((s) => s.speakerId === top.id));
  const names = new Set(actors.map((a) => a.name));
  t.equal(names.size, actors.length, 'one actor per canonical name');

  const one = await app.inject({ method: 'GET', url: `/actors/${top.id}` });
  t.same(one.json<Actor>(), top);
  const found = (await app.inject({ method: 'GET', url: `/actors?q=${encodeURIComponent(top.name.slice(0, 4))}` })).json<{ items: Actor[] }>().items;
  t.ok(found.some((a) => a.id === top.id), 'actors found by part of a name');

  const q = all[0]?.text.split(/\s+/).slice(0, 3).join(' ') ?? '';
  const byText = (await app.inject({ method: 'GET', url: `/statements?q=${encodeURIComponent(q)}` })).json<{ items: St[] }>().items;
  t.ok(byText.some((s) => s.id === all[0]?.id), 'statements found by text');
  const claimed = (await app.inject({ method: 'GET', url: '/statements?kind=claimed&limit=200' })).json<{ items: St[] }>().items;
  t.ok(claimed.every((s) => s.kind === 'claimed'));
  const ev = all[0]?.eventId;
  if (ev) t.ok((await app.inject({ method: 'GET', url: `/statements?event=${ev}&limit=200` })).json<{ items: St[] }>().items.every((s) => s.eventId === ev));

  isProblem(t, await app.inject({ method: 'GET', url: '/actors/act_999999' }), 404, 'NOT_FOUND');
  isProblem(t, await app.inject({ method: 'GET', url: '/statements?kind=rumour' }), 400, 'VALIDATION_FAILED');
  isProblem(t, await app.inject({ method: 'GET', url: '/statements?event=bad' }), 404, 'NOT_FOUND');
  isProblem(t, await app.inject({ method: 'GET', url: '/actors?limit=-1' }), 400, 'VALIDATION_FAILED');
});
