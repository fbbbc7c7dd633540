import t from 'tap';
import pg from 'pg';
import { memoryStore, openStore, type Store } from '../../src/store/store.js';
import pino from 'pino';
import { Feed } from '../../src/service/feed.js';
import { bridgeFeedThroughPostgres } from '../../src/service/feed-postgres.js';
import { ingestAndView } from '../../src/service/documents.js';
import { ingestSeedsDirect, seedBodies } from '../helper.js';
import { PostgresDb } from '../../src/store/postgres-db.js';
import { migrationContract } from './migration-contract.js';
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
  const urlIn = (schema: string): string => `${url}${url.includes('?') ? '&' : '?'}options=${encodeURIComponent(`-c search_path=${schema}`)}`;
  const storeIn = (schema: string): Promise<Store> => openStore({ dataDir: '', databaseUrl: urlIn(schema) });
  const freshSchema = async (): Promise<string> => {
    const schema = `divergence_test_${process.pid}_${schemas.length}`;
    schemas.push(schema);
    await admin.query(`CREATE SCHEMA ${schema}`);
    return schema;
  };
  const freshStore = async (): Promise<Store> => storeIn(await freshSchema());

  t.test('the live feed reaches every instance through LISTEN/NOTIFY', async (t) => {
    const a = await freshStore();
    const b = await storeIn(schemas[schemas.length - 1] ?? '');
    const feedA = new Feed();
    const feedB = new Feed();
    const log = pino({ level: 'silent' });
    const stops = [await bridgeFeedThroughPostgres(a, feedA, log), await bridgeFeedThroughPostgres(b, feedB, log)];
    t.teardown(async () => {
      for (const stop of stops) await stop();
      await a.close();
      await b.close();
    });
    const onB = new Promise<string>((resolve) => feedB.subscribe((d) => resolve(d.id)));
    const onA = new Promise<string>((resolve) => feedA.subscribe((d) => resolve(d.id)));
    for (const seed of await seedBodies()) await ingestAndView(a, feedA, seed);
    const [idA, idB] = await Promise.all([onA, onB]);
    t.match(idB, /^div_\d+$/, 'the other instance heard of a divergence it did not find itself');
    t.equal(idA, idB, 'both instances deliver the same first divergence');
  });
  t.test('PostgreSQL store contract', async (t) => storeContract(t, freshStore));

  t.test('PostgreSQL migrations', async (t) =>
    migrationContract(t, async () => {
      const schema = await freshSchema();
      return { raw: () => new PostgresDb(urlIn(schema)), open: () => storeIn(schema) };
    }));

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
