import t from 'tap';
import pg from 'pg';
import { memoryStore, openStore, type Store } from '../../src/store/store.js';
import { ingestSeedsDirect } from '../helper.js';
import { storeContract } from './contract.js';

// Runs when TEST_DATABASE_URL names a PostgreSQL database (CI sets it); each test gets a fresh schema.
const url = process.env.TEST_DATABASE_URL;

if (!url) {
  t.comment('TEST_DATABASE_URL is not set: the PostgreSQL contract run is skipped');
  t.pass('skipped without PostgreSQL');
} else {
  const admin = new pg.Pool({ connectionString: url, max: 1 });
  const schemas: string[] = [];
  t.teardown(async () => {
    for (const s of schemas) await admin.query(`DROP SCHEMA IF EXISTS ${s} CASCADE`);
    await admin.end();
  });
  const freshStore = async (): Promise<Store> => {
    const schema = `divergence_test_${process.pid}_${schemas.length}`;
    schemas.push(schema);
    await admin.query(`CREATE SCHEMA ${schema}`);
    const sep = url.includes('?') ? '&' : '?';
    return openStore({ dataDir: '', databaseUrl: `${url}${sep}options=${encodeURIComponent(`-c search_path=${schema}`)}` });
  };
  t.test('PostgreSQL store contract', async (t) => storeContract(t, freshStore));

  t.test('the seeds ingest the same on PostgreSQL as on SQLite', async (t) => {
    const results = [];
    for (const open of [freshStore, memoryStore]) {
      const store = await open();
      try {
        await ingestSeedsDirect(store);
        const divergences = await store.divergences({ minScore: 0, sort: 'score' }, { limit: 1000 });
        results.push({ counts: await store.counts(), scores: divergences.items.map((v) => [v.aId, v.bId, v.kind, v.score]) });
      } finally {
        await store.close();
      }
    }
    t.same(results[0], results[1]);
  });
}
