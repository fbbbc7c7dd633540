import t from 'tap';
import { request } from 'node:http';
import type { AddressInfo } from 'node:net';
import { build, seedBodies } from '../helper.js';

t.test('GET /feed streams new flagged divergences as server-sent events', async (t) => {
  const { app } = await build(t);
  await app.listen({ port: 0, host: '127.0.0.1' });
  const { port } = app.server.address() as AddressInfo;

  const received = new Promise<{ contentType: string | undefined; event: { id: string; kind: string; score: number } }>((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, path: '/feed' }, (res) => {
      let buffer = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => {
        buffer += chunk;
        const m = /event: divergence\ndata: (.+)\n\n/.exec(buffer);
        if (m?.[1]) {
          resolve({ contentType: res.headers['content-type'], event: JSON.parse(m[1]) as { id: string; kind: string; score: number } });
          req.destroy();
        }
      });
    });
    req.on('error', reject);
    req.end();
    t.teardown(() => req.destroy());
  });

  // Give the subscription a moment to register before ingesting.
  await new Promise((r) => setTimeout(r, 100));
  for (const body of await seedBodies()) await app.inject({ method: 'POST', url: '/documents', payload: body });
  const { contentType, event } = await received;
  t.match(contentType, /text\/event-stream/);
  t.match(event.id, /^div_\d+$/);
  const stored = await app.inject({ method: 'GET', url: `/divergences/${event.id}` });
  t.equal(stored.statusCode, 200, 'the streamed divergence is stored');
  t.equal(stored.json<{ score: number }>().score, event.score);
});
