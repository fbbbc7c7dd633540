import t from 'tap';
import { ingestDocument } from '../../src/service/ingest.js';
import { memoryStore } from '../../src/store/store.js';
import { seedBodies } from '../helper.js';

// Incremental grouping through the real ingest path: the order articles arrive in must not change the events.

const ORDERS = [
  [0, 1, 2, 3, 4],
  [4, 3, 2, 1, 0],
  [2, 0, 4, 1, 3],
  [3, 1, 4, 0, 2],
];

/** The partition of seed indices into events, as a canonical string. */
async function partition(order: number[]): Promise<string> {
  const seeds = await seedBodies();
  const store = await memoryStore();
  try {
    const eventOf = new Map<number, number | null>();
    for (const i of order) {
      const seed = seeds[i];
      if (!seed) throw new Error(`no seed ${i}`);
      const r = await ingestDocument(store, seed);
      eventOf.set(i, (await store.document(r.documentId))?.eventId ?? null);
    }
    const groups = new Map<number | null, number[]>();
    for (const [i, e] of eventOf) groups.set(e, [...(groups.get(e) ?? []), i].sort());
    return [...groups.values()].map((g) => g.join('+')).sort().join(' | ');
  } finally {
    await store.close();
  }
}

t.test('the seeds end in the same events whatever order they arrive in', async (t) => {
  const first = await partition(ORDERS[0] ?? []);
  t.equal(first, '0+1 | 2 | 3+4', 'the call (003, 004), the Alaska summit (000, 001), the February talks (002)');
  for (const order of ORDERS.slice(1)) t.equal(await partition(order), first, `order ${order.join(',')}`);
});
