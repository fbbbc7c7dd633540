// GET /feed: a bot that reconnects (Last-Event-ID) or asks for `after` misses nothing, in order;
// filters mean what they mean on GET /divergences.
import t from 'tap';
import { request } from 'node:http';
import type { AddressInfo } from 'node:net';
import { allPages, build, ingestSeedsDirect } from '../helper.js';
import { isProblem } from './problems.js';

interface Streamed {
  id: string;
  kind: string;
  score: number;
}

/** Opens the feed and resolves with the first `count` divergences it sends. */
function readFeed(port: number, path: string, count: number, headers: Record<string, string> = {}): { events: Promise<Streamed[]>; close: () => void; opened: Promise<void> } {
  let close = (): void => {};
  let opened = (): void => {};
  const openedP = new Promise<void>((r) => (opened = r));
  const events = new Promise<Streamed[]>((resolve, reject) => {
    const got: Streamed[] = [];
    const req = request({ host: '127.0.0.1', port, path, headers }, (res) => {
      let buffer = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => {
        buffer += chunk;
        if (buffer.includes(': connected')) opened();
        let m: RegExpExecArray | null;
        const re = /id: (div_\d+)\nevent: divergence\ndata: (.+)\n\n/g;
        got.length = 0;
        while ((m = re.exec(buffer))) {
          const d = JSON.parse(m[2] ?? '{}') as Streamed;
          if (d.id !== m[1]) reject(new Error('event id differs from the divergence id'));
          got.push(d);
        }
        if (got.length >= count) {
          resolve(got.slice(0, count));
          req.destroy();
        }
      });
    });
    req.on('error', () => undefined);
    req.end();
    close = () => req.destroy();
  });
  return { events, close, opened: openedP };
}

const idNum = (id: string): number => Number(id.replace(/^div_/, ''));

t.test('Last-Event-ID replays what was found since, oldest first, then goes live', async (t) => {
  const { app, store } = await build(t);
  await ingestSeedsDirect(store);
  const stored = (await allPages<Streamed>(app, '/divergences')).sort((a, b) => idNum(a.id) - idNum(b.id));
  t.ok(stored.length >= 4, 'the seeds give several divergences');
  await app.listen({ port: 0, host: '127.0.0.1' });
  const { port } = app.server.address() as AddressInfo;

  const since = stored[1]!.id;
  const expected = stored.slice(2).map((d) => d.id);
  const feed = readFeed(port, '/feed', expected.length + 1, { 'last-event-id': since });
  t.teardown(feed.close);
  await feed.opened;
  // a new divergence while the stream is open: the claim about Putin against his own words
  await app.inject({
    method: 'POST',
    url: '/statements',
    payload: {
      statements: [
        { speaker: 'Donald Trump', text: 'Russia and Ukraine will immediately start negotiations toward a ceasefire.', about: ['Vladimir Putin'] },
        { speaker: 'Vladimir Putin', affiliation: ['Russia'], text: 'Russia is ready to discuss a possible ceasefire for a certain period if corresponding agreements are reached.' },
      ],
    },
  });
  const got = await feed.events;
  t.same(got.slice(0, expected.length).map((d) => d.id), expected, 'the missed divergences, in the order they were found');
  const live = got[expected.length]!;
  t.ok(idNum(live.id) > idNum(stored[stored.length - 1]!.id), 'then the new one, live');
});

t.test('`after` and filters select what GET /divergences would list', async (t) => {
  const { app, store } = await build(t);
  await ingestSeedsDirect(store);
  const all = (await allPages<Streamed>(app, '/divergences')).sort((a, b) => idNum(a.id) - idNum(b.id));
  const kind = all[0]!.kind;
  const ofKind = all.filter((d) => d.kind === kind).map((d) => d.id);
  await app.listen({ port: 0, host: '127.0.0.1' });
  const { port } = app.server.address() as AddressInfo;
  const feed = readFeed(port, `/feed?after=div_0&kind=${kind}`, ofKind.length);
  t.teardown(feed.close);
  t.same((await feed.events).map((d) => d.id), ofKind, `only ${kind}`);
  const high = all.filter((d) => d.score >= 0.9).map((d) => d.id);
  if (high.length > 0) {
    const top = readFeed(port, '/feed?after=div_0&minScore=0.9', high.length);
    t.teardown(top.close);
    t.same((await top.events).map((d) => d.id), high, 'minScore');
  }
});

t.test('bad feed parameters get problem+json', async (t) => {
  const { app } = await build(t);
  isProblem(t, await app.inject({ method: 'GET', url: '/feed?after=yesterday' }), 404, 'NOT_FOUND');
  isProblem(t, await app.inject({ method: 'GET', url: '/feed?minScore=2' }), 400, 'VALIDATION_FAILED');
  isProblem(t, await app.inject({ method: 'GET', url: '/feed?kind=rumour' }), 400, 'VALIDATION_FAILED');
  isProblem(t, await app.inject({ method: 'GET', url: '/feed', headers: { 'last-event-id': 'evt_3' } }), 422, 'INVALID_INPUT');
});
