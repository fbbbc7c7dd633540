import t from 'tap';
import pg from 'pg';
import type { FastifyInstance } from 'fastify';
import { buildApp } from '../../src/app.js';
import { Feed } from '../../src/service/feed.js';
import { bridgeFeedThroughPostgres } from '../../src/service/feed-postgres.js';
import { openStore } from '../../src/store/store.js';
import { createWebhook, deliveries, ingestSeeds, receiver, sleep, waitFor } from './webhook-helpers.js';

// Runs when TEST_DATABASE_URL names a PostgreSQL database, in a schema of its own.
const url = process.env.TEST_DATABASE_URL;

if (!url) {
  t.comment('TEST_DATABASE_URL is not set: the two-instance webhook test is skipped');
  t.pass('skipped without PostgreSQL');
} else {
  t.test('two instances on one database send each delivery once', async (t) => {
    const schema = `divergence_webhooks_${process.pid}`;
    const admin = new pg.Pool({ connectionString: url, max: 1 });
    await admin.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
    await admin.query(`CREATE SCHEMA ${schema}`);
    t.teardown(async () => {
      await admin.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
      await admin.end();
    });
    const sep = url.includes('?') ? '&' : '?';
    const instance = async (): Promise<FastifyInstance> => {
      const store = await openStore({ dataDir: '', databaseUrl: `${url}${sep}options=${encodeURIComponent(`-c search_path=${schema}`)}` });
      const feed = new Feed();
      const app = await buildApp({ store, feed, config: { logLevel: 'silent', bodyLimitBytes: 1_048_576, webhooks: { pollMs: 5, retryBaseMs: 50, allowPrivate: true } } });
      const stopBridge = await bridgeFeedThroughPostgres(store, feed, app.log);
      t.teardown(async () => {
        await app.close();
        await stopBridge();
        await store.close();
      });
      await app.ready();
      return app;
    };
    const [a, b] = [await instance(), await instance()];

    const hook = await receiver(t);
    const webhooks = [await createWebhook(a, { url: hook.url('/one'), secret: 'k' }), await createWebhook(b, { url: hook.url('/two') })];
    const created = await ingestSeeds(b);
    t.ok(created.length > 0);
    await waitFor('every delivery delivered', async () => {
      const all = [...(await deliveries(a, webhooks[0] ?? '')), ...(await deliveries(b, webhooks[1] ?? ''))];
      return all.length === 2 * created.length && all.every((d) => d.status === 'delivered');
    });
    await sleep(300);

    for (const [i, webhook] of webhooks.entries()) {
      const rows = await deliveries(i === 0 ? b : a, webhook ?? '');
      t.same(rows.map((d) => d.divergenceId).sort(), [...created].sort(), `${webhook}: one delivery per divergence though both instances heard of each`);
      for (const d of rows) {
        t.equal(hook.forDelivery(d.id).length, 1, `${d.id} was POSTed once`);
        t.equal(d.attempts, 1);
      }
    }
    t.equal(hook.received.length, 2 * created.length, 'no request beyond one per delivery');
  });
}
