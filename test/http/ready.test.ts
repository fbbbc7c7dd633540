import t from 'tap';
import { buildApp } from '../../src/app.js';
import { SqliteDb } from '../../src/store/sqlite-db.js';
import { Store } from '../../src/store/store.js';
import { build } from '../helper.js';
import { isProblem } from './problems.js';

t.test('GET /ready is 200 while the store answers, 503 once it does not', async (t) => {
  const { app, store } = await build(t);
  const res = await app.inject({ method: 'GET', url: '/ready' });
  t.equal(res.statusCode, 200);
  t.same(res.json(), { status: 'ready', store: 'sqlite' });
  const health = await app.inject({ method: 'GET', url: '/health' });
  t.equal(health.statusCode, 200, '/health stays liveness');
  await store.close();
  isProblem(t, await app.inject({ method: 'GET', url: '/ready' }), 503, 'NOT_READY');
});

t.test('GET /ready is 503 on a store that has not been migrated', async (t) => {
  const store = new Store(new SqliteDb(':memory:'));
  const app = await buildApp({ store, config: { logLevel: 'silent', bodyLimitBytes: 1_048_576 } });
  t.teardown(async () => {
    await app.close();
    await store.close();
  });
  isProblem(t, await app.inject({ method: 'GET', url: '/ready' }), 503, 'NOT_READY');
});
