// Grouping's stored features are read back from memory when this process stored them and from the
// table otherwise (another instance wrote them, or memory let them go): the answer must not differ.
import t from 'tap';
import { documentFeatures, prepareDocument } from '../../src/analysis/events/index.js';
import { featuresDigest, preparedByDigest, storable, storedFeatures } from '../../src/service/event-features.js';
import { memoryStore } from '../../src/store/store.js';
import { seedBodies } from '../helper.js';

t.test('features and prepared vectors read from the table equal those remembered', async (t) => {
  const seeds = await seedBodies();
  const store = await memoryStore();
  t.teardown(() => store.close());
  const features = seeds.slice(0, 2).map((s) => documentFeatures({ text: s.text, title: s.title ?? null, publishedAt: s.publishedAt ?? null, actors: [] }));
  const [remembered, unseen] = features as [(typeof features)[0], (typeof features)[0]];
  await store.exclusive(async (tx) => {
    for (const i of [0, 1]) await tx.insertDocument({ hash: `h${i}`, title: null, outlet: null, url: null, publishedAt: null, text: `t${i}`, eventId: null });
    const own = storable(remembered, prepareDocument(remembered));
    await tx.graph.insertFeatures(1, own.digest, own.json, [], true);
    // As another instance stores them: this process never saw these features.
    const json = JSON.stringify(unseen);
    await tx.graph.insertFeatures(2, featuresDigest(json), json, [], true);
  });
  await store.exclusive(async (tx) => {
    const read = await storedFeatures(tx, [1, 2, 3]);
    t.same([...read.keys()].sort(), [1, 2], 'a document without features is absent');
    t.same(read.get(1), remembered);
    t.same(read.get(2), unseen, 'parsed from the table');
    t.equal(read.get(1), remembered, 'the remembered object itself, not a copy');
    const digests = await tx.graph.digests([1, 2]);
    const prepared = await preparedByDigest(tx, digests);
    t.same(prepared.get(1), prepareDocument(remembered));
    t.same(prepared.get(2), prepareDocument(unseen), 'prepared from the table');
    t.equal((await preparedByDigest(tx, digests)).get(2), prepared.get(2), 'prepared once, then remembered');
  });
});
