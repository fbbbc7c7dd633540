import type { Test } from 'tap';
import type { Store } from '../../src/store/store.js';
import type { Mutations } from '../../src/store/mutations.js';

// Event grouping's tables (document features, keys, links and their sums) on both stores: run from
// storeContract, on the store it opens for each test.

const write = (label: string) => ({ title: `Event ${label}`, summary: { label }, from: null, to: null });

async function document(tx: Mutations, hash: string, eventId: number | null): Promise<number> {
  return tx.insertDocument({ hash, title: null, outlet: null, url: null, publishedAt: null, text: `text of ${hash}`, eventId });
}

const near = (a: number, b: number) => Math.abs(a - b) < 1e-9;

/** The sums as a sorted list of `a b total` lines, totals to 3 decimals (float sums drift). */
function lines(rows: { a?: number; b?: number; document?: number; event?: number; total: number }[]): string[] {
  return rows
    .filter((r) => Math.abs(r.total) > 1e-9)
    .map((r) => `${r.a ?? r.document} ${r.b ?? r.event} ${r.total.toFixed(3)}`)
    .sort();
}

export function eventGraphContract(t: Test, current: () => Store): void {
  let store: Store;
  t.beforeEach(() => {
    store = current();
  });

  t.test('grouping: documents are found by their keys, their features read back, the older ones without features listed', async (t) => {
    const ids = await store.exclusive(async (tx) => {
      const e = await tx.insertEvent(write('e'));
      const before = await document(tx, 'g0', e);
      const actor = await tx.upsertActor({ name: 'Kaja Kallas', type: 'person', aliases: [], affiliation: [] }, null);
      await tx.insertStatement({ documentId: before, actorId: actor, speaker: 'x', text: 'said', start: 0, end: 4, mode: 'direct', kind: 'stated', about: [], cue: 'said', eventId: e });
      const a = await document(tx, 'g1', e);
      const b = await document(tx, 'g2', e);
      await tx.graph.insertFeatures(a, 'digest-a', '{"terms":{"a":1}}', ['p:kallas', 't:tallinn'], true);
      await tx.graph.insertFeatures(b, 'digest-b', '{"terms":{"b":1}}', ['p:kallas'], true);
      return { e, before, a, b };
    });
    const byKeys = (keys: string[], limit: number) => store.exclusive((tx) => tx.graph.documentsByKeys(keys, limit));
    t.same(await byKeys(['p:kallas', 't:tallinn'], 5), [
      { id: ids.a, digest: 'digest-a', event: ids.e },
      { id: ids.b, digest: 'digest-b', event: ids.e },
    ], 'most shared keys first, with their digest and event');
    t.same((await byKeys(['p:kallas'], 5)).map((d) => d.id), [ids.b, ids.a], 'then the newest');
    t.same((await byKeys(['p:kallas'], 1)).map((d) => d.id), [ids.b]);
    const digests = await store.exclusive((tx) => tx.graph.digests([ids.before, ids.a, ids.b]));
    t.same([...digests].sort(), [[ids.a, 'digest-a'], [ids.b, 'digest-b']]);
    t.same((await store.exclusive((tx) => tx.graph.features([ids.b]))).get(ids.b), '{"terms":{"b":1}}');
    const missing = await store.exclusive((tx) => tx.graph.ungrouped(10));
    t.same(missing.map((d) => [d.id, d.text, d.actors]), [[ids.before, 'text of g0', ['Kaja Kallas']]], 'the document stored before features were kept');
    t.same(await store.exclusive((tx) => tx.graph.newestDocument()), ids.b);
    t.same(await store.exclusive((tx) => tx.graph.eventSizes([ids.e])), new Map([[ids.e, 3]]));
    const recent = (perEvent: number, since: number) => store.exclusive((tx) => tx.graph.recentDocuments([ids.e], perEvent, since));
    t.same((await recent(2, 0)).get(ids.e), [ids.b, ids.a], 'the two newest, both placed by their links');
    t.same((await recent(1, 0)).get(ids.e), [ids.b]);
    t.same((await recent(2, ids.a)).get(ids.e), [ids.b], 'only those after `since`');
    t.same((await recent(5, ids.before - 1)).get(ids.e), [ids.b, ids.a], 'not one stored before grouping kept features');
  });

  t.test('grouping: links add up per document and per event, through moves and folds', async (t) => {
    const ids = await store.exclusive(async (tx) => {
      const e1 = await tx.insertEvent(write('one'));
      const e2 = await tx.insertEvent(write('two'));
      const d1 = await document(tx, 'l1', e1);
      const d2 = await document(tx, 'l2', e1);
      const d3 = await document(tx, 'l3', e2);
      await tx.graph.insertLinks(d2, [{ other: d1, similarity: 0.5 }], 0);
      await tx.graph.insertLinks(d3, [
        { other: d1, similarity: 0.2 },
        { other: d2, similarity: 0.3 },
      ], 0);
      // A divergence between the statements of d1 and d2, and d2's statement keyed under its event.
      const s1 = await tx.insertStatement({ documentId: d1, actorId: null, speaker: 'a', text: 'x', start: 0, end: 1, mode: 'direct', kind: 'stated', about: [], cue: 'said', eventId: e1 });
      const s2 = await tx.insertStatement({ documentId: d2, actorId: null, speaker: 'b', text: 'y', start: 0, end: 1, mode: 'direct', kind: 'stated', about: [], cue: 'said', eventId: e1 });
      await tx.insertStatementKeys(s2, [`e:${e1}`]);
      const v = await tx.insertDivergence({ aId: s1, bId: s2, kind: 'contradiction', score: 0.9, relatedness: 0.9, flagged: true, components: {}, cues: [], eventId: e1 });
      return { e1, e2, d1, d2, d3, s2, v: v ?? 0 };
    });
    const { e1, e2, d1, d2, d3 } = ids;
    const sums = () =>
      store.exclusive(async (tx) => ({
        events: lines(await tx.graph.eventLinks([e1, e2])),
        documents: lines(await tx.graph.documentEventLinks([d1, d2, d3], [e1, e2])),
      }));
    t.same(await sums(), {
      events: [`${e1} ${e2} 0.500`],
      documents: [`${d1} ${e1} 0.500`, `${d1} ${e2} 0.200`, `${d2} ${e1} 0.500`, `${d2} ${e2} 0.300`, `${d3} ${e1} 0.500`].sort(),
    });
    const among = await store.exclusive((tx) => tx.graph.linksAmong([d1, d2, d3]));
    t.same(among.map((l) => `${l.a} ${l.b} ${l.similarity}`).sort(), [`${d2} ${d1} 0.5`, `${d3} ${d1} 0.2`, `${d3} ${d2} 0.3`].sort());

    await store.exclusive((tx) => tx.moveDocument(d2, e2, `e:${e1}`, `e:${e2}`));
    t.same(await sums(), {
      events: [`${e1} ${e2} 0.700`],
      documents: [`${d1} ${e2} 0.700`, `${d2} ${e1} 0.500`, `${d2} ${e2} 0.300`, `${d3} ${e1} 0.200`, `${d3} ${e2} 0.300`].sort(),
    }, 'd2 moved: its links to d1 now cross events, its link with d3 is inside one');
    t.equal((await store.document(d2))?.eventId, e2);
    t.equal((await store.statementsOfDocument(d2))[0]?.eventId, e2, 'its statements follow');
    t.equal((await store.divergence(ids.v))?.eventId, null, 'a divergence across the two events has none');
    t.same(await store.statementsByKeys([`e:${e2}`], 5), [ids.s2], 'its statements are found under the new event');

    await store.exclusive((tx) => tx.foldEvent(e2, e1, write('both')));
    t.same(await sums(), { events: [], documents: [`${d1} ${e2} 0.700`, `${d2} ${e2} 0.800`, `${d3} ${e2} 0.500`].sort() }, 'one event: every link inside it');
    t.equal(await store.event(e1), undefined);
    t.notOk((await store.exclusive((tx) => tx.graph.pinned([e2]))).has(e2), 'grouping\'s own fold pins nothing');

    await store.exclusive((tx) => tx.graph.prune(d2));
    t.same(await store.exclusive((tx) => tx.graph.linksAmong([d1, d2, d3])).then((ls) => ls.map((l) => `${l.a} ${l.b}`).sort()), [`${d3} ${d1}`, `${d3} ${d2}`].sort(), 'links of documents up to d2 dropped');
    const left = await store.exclusive((tx) => tx.graph.documentEventLinks([d1, d2, d3], [e2]));
    t.same(left.map((l) => l.document), [d3]);
    t.ok(near(left[0]?.total ?? 0, 0.5));
  });

  t.test('grouping: a person\'s merge and a rename pin an event; an emptied event can be deleted', async (t) => {
    const { a, b, c, empty } = await store.exclusive(async (tx) => {
      const a = await tx.insertEvent(write('a'));
      const b = await tx.insertEvent(write('b'));
      const c = await tx.insertEvent(write('c'));
      const empty = await tx.insertEvent(write('empty'));
      await document(tx, 'p1', a);
      await document(tx, 'p2', b);
      await document(tx, 'p3', c);
      return { a, b, c, empty };
    });
    t.same(await store.exclusive((tx) => tx.graph.pinned([a, b, c])), new Set());
    await store.exclusive((tx) => tx.mergeEvents(a, b, write('ab')));
    await store.exclusive((tx) => tx.renameEvent(c, 'Checked'));
    t.same(await store.exclusive((tx) => tx.graph.pinned([a, c])), new Set([a, c]));
    t.notOk(await store.exclusive((tx) => tx.deleteEmptyEvent(a)), 'an event with a document stays');
    t.ok(await store.exclusive((tx) => tx.deleteEmptyEvent(empty)));
    t.equal(await store.event(empty), undefined);
  });
}
