import t from 'tap';
import { memoryStore, openStore } from '../../src/store/store.js';
import { SqliteDb } from '../../src/store/sqlite-db.js';
import { migrationContract } from './migration-contract.js';
import { storeContract } from './contract.js';

t.test('SQLite store contract', async (t) => storeContract(t, memoryStore));

t.test('SQLite migrations', async (t) =>
  migrationContract(t, async () => {
    const dir = t.testdir({});
    return { raw: () => new SqliteDb(`${dir}/divergence.sqlite`), open: () => openStore({ dataDir: dir }) };
  }));

t.test('the WAL is checkpointed every 10,000 pages, not every 1,000', async (t) => {
  const db = new SqliteDb(':memory:');
  t.teardown(() => db.close());
  t.same(await db.get('PRAGMA wal_autocheckpoint'), { wal_autocheckpoint: 10000 });
});

t.test('the SQLite file is created under DATA_DIR and keeps data across opens', async (t) => {
  const dir = t.testdir({});
  const first = await openStore({ dataDir: `${dir}/nested` });
  await first.exclusive((tx) => tx.insertDocument({ hash: 'x', title: null, outlet: null, url: null, publishedAt: null, text: 't', eventId: null }));
  await first.close();
  const second = await openStore({ dataDir: `${dir}/nested` });
  t.equal((await second.counts()).documents, 1);
  await second.close();
});
