import type { Test } from 'tap';
import type { Store } from '../../src/store/store.js';
import { webhookStoreContract } from './webhook-contract.js';
import { eventGraphContract } from './event-graph-contract.js';
import { EventPostings } from '../../src/service/event-candidates.js';

// One behaviour, two stores: run by sqlite.test.ts and postgres.test.ts.

const doc = (hash: string, eventId: number | null = null) => ({
  hash,
  title: `title ${hash}`,
  outlet: 'Outlet',
  url: null,
  publishedAt: '2025-05-20',
  text: `text of ${hash}`,
  eventId,
});

const statement = (documentId: number, actorId: number | null, text: string, eventId: number | null) => ({
  documentId,
  actorId,
  speaker: actorId === null ? 'a senior official' : 'unused when the actor is known',
  text,
  start: 0,
  end: text.length,
  mode: 'direct' as const,
  kind: 'stated' as const,
  about: ['Russia'],
  cue: 'said',
  eventId,
});

const divergence = (aId: number, bId: number, score: number, eventId: number | null) => ({
  aId,
  bId,
  kind: 'contradiction' as const,
  score,
  relatedness: 0.8,
  flagged: score >= 0.5,
  components: { negation: score },
  cues: [{ type: 'negation' as const, note: 'one side negates', a: { start: 0, end: 3, text: 'abc' }, b: null }],
  eventId,
});

const summary = (label: string) => ({ label, participants: { [label]: 1 } });
const eventWrite = (label: string) => ({ title: `Event ${label}`, summary: summary(label), from: '2025-05-19', to: '2025-05-20' });

export function storeContract(t: Test, open: () => Promise<Store>): void {
  let store: Store;
  t.beforeEach(async () => {
    store = await open();
  });
  t.afterEach(async () => {
    await store.close();
  });

  t.test('a document is stored with its statements and found by hash', async (t) => {
    const { docId, ids } = await store.exclusive(async (tx) => {
      const actor = await tx.upsertActor({ name: 'Kaja Kallas', type: 'person', aliases: ['Kallas'], affiliation: ['European Union'] }, null);
      const docId = await tx.insertDocument(doc('h1'));
      const ids = [await tx.insertStatement(statement(docId, actor, 'first', null)), await tx.insertStatement(statement(docId, null, 'second', null))];
      return { docId, ids };
    });
    const found = await store.documentByHash('h1');
    t.equal(found?.id, docId);
    t.equal(found?.statementCount, 2);
    const statements = await store.statementsOfDocument(docId);
    t.same(statements.map((s) => s.id), ids);
    t.equal(statements[0]?.speaker, 'Kaja Kallas', 'a known actor speaks under its canonical name');
    t.same(statements[0]?.affiliation, ['European Union']);
    t.equal(statements[1]?.speaker, 'a senior official', 'an anonymous speaker stays as written');
    t.same(statements[0]?.about, ['Russia']);
    t.equal(await store.documentByHash('nope'), undefined);
  });

  t.test('a failed transaction leaves nothing behind', async (t) => {
    await t.rejects(
      store.exclusive(async (tx) => {
        await tx.insertDocument(doc('h2'));
        throw new Error('boom');
      }),
      { message: 'boom' },
    );
    t.equal(await store.documentByHash('h2'), undefined);
    t.equal((await store.counts()).documents, 0);
  });

  t.test('actors are found by any name and widened, never duplicated', async (t) => {
    const id = await store.exclusive((tx) => tx.upsertActor({ name: 'Vladimir Putin', type: 'person', aliases: ['Putin'], affiliation: ['Russia'] }, null));
    const again = await store.exclusive((tx) => tx.upsertActor({ name: 'Vladimir Putin', type: 'person', aliases: ['President Putin'], affiliation: ['Kremlin'] }, null));
    t.equal(again, id);
    const byAlias = await store.actorsByNames(['putin']);
    t.equal(byAlias.length, 1);
    t.same(byAlias[0]?.aliases.sort(), ['President Putin', 'Putin']);
    t.same(byAlias[0]?.affiliation.sort(), ['Kremlin', 'Russia']);
    await store.exclusive((tx) => tx.upsertActor({ name: 'Kallas', type: 'person', aliases: [], affiliation: [] }, null));
    const kallas = (await store.actorsByNames(['kallas']))[0];
    t.ok(kallas);
    await store.exclusive((tx) => tx.renameActor(kallas?.id ?? -1, 'Kaja Kallas'));
    const renamed = await store.actor(kallas?.id ?? -1);
    t.equal(renamed?.name, 'Kaja Kallas');
    t.ok(renamed?.aliases.includes('Kallas'), 'the old name becomes an alias');
    const page1 = await store.actors(undefined, { limit: 1 });
    t.equal(page1.items.length, 1);
    t.ok(page1.nextCursor);
    const page2 = await store.actors(undefined, { limit: 5, cursor: page1.nextCursor ?? '' });
    t.equal(page2.items.length, 1);
    t.equal(page2.nextCursor, null);
    t.same((await store.actors('kaja', { limit: 5 })).items.map((a) => a.name), ['Kaja Kallas']);
  });

  t.test('actors are found by the prefix of any of their names, literally', async (t) => {
    const person = (name: string, aliases: string[] = []) => ({ name, type: 'person' as const, aliases, affiliation: [] });
    const ids = await store.exclusive(async (tx) => ({
      zelensky: await tx.upsertActor(person('Volodymyr Zelensky'), null),
      zelenskyy: await tx.upsertActor(person('Zelenskyy'), null),
      zelen: await tx.upsertActor(person('Zelen'), null),
      kallas: await tx.upsertActor(person('Kaja Kallas', ['Kallas']), null),
      percent: await tx.upsertActor(person('Ab%cd'), null),
      underscore: await tx.upsertActor(person('Ab_cd'), null),
      lukashenko: await tx.upsertActor(person('Łukaszenka'), null),
      astral: await tx.upsertActor(person('𝒜stral'), null),
      zzz: await tx.upsertActor(person('Zzz'), null),
    }));
    const found = async (prefixes: string[]) => (await store.actorsByNamePrefixes(prefixes)).map((a) => a.id).sort((a, b) => a - b);
    t.same(await found(['zelen']), [ids.zelenskyy, ids.zelen], 'a name equal to the prefix, or longer');
    t.same(await found(['zelens']), [ids.zelenskyy], 'not a shorter name');
    t.same(await found(['kalla']), [ids.kallas], 'an alias counts');
    t.same(await found(['volod', 'kalla', 'kalla']), [ids.zelensky, ids.kallas], 'any of several prefixes');
    t.same(await found(['ab%']), [ids.percent], 'LIKE wildcards are literal');
    t.same(await found(['ab_']), [ids.underscore]);
    t.same(await found(['łukas']), [ids.lukashenko], 'beyond ASCII');
    t.same(await found(['𝒜']), [ids.astral], 'beyond the BMP');
    t.same(await found(['zz']), [ids.zzz]);
    t.same(await found(['zzzz', 'nobody']), [], 'no name starts so');
    t.same(await found(['']), Object.values(ids).sort((a, b) => a - b), 'the empty prefix is every actor');
    t.same(await found([]), []);
  });

  t.test('divergences list best first with stable cursor pages and filters', async (t) => {
    const { ids, actorA, event } = await store.exclusive(async (tx) => {
      const event = await tx.insertEvent(eventWrite('call'));
      const actorA = await tx.upsertActor({ name: 'Donald Trump', type: 'person', aliases: [], affiliation: [] }, null);
      const actorB = await tx.upsertActor({ name: 'Vladimir Putin', type: 'person', aliases: [], affiliation: [] }, null);
      const d = await tx.insertDocument(doc('h3', event));
      const s = [] as number[];
      for (let i = 0; i < 6; i++) s.push(await tx.insertStatement(statement(d, i % 2 ? actorA : actorB, `s${i}`, event)));
      const ids: number[] = [];
      const scores = [0.9, 0.7, 0.7, 0.6, 0.3];
      for (let i = 0; i < scores.length; i++) {
        const id = await tx.insertDivergence(divergence(s[i] ?? 0, s[i + 1] ?? 0, scores[i] ?? 0, i < 3 ? event : null));
        if (id !== null) ids.push(id);
      }
      t.equal(await tx.insertDivergence(divergence(s[0] ?? 0, s[1] ?? 0, 0.1, null)), null, 'a stored pair is not stored twice');
      return { ids, actorA, event };
    });
    t.equal(ids.length, 5);
    const seen: number[] = [];
    let cursor: string | undefined;
    do {
      const page = await store.divergences({ minScore: 0.5, sort: 'score' }, { limit: 2, ...(cursor ? { cursor } : {}) });
      seen.push(...page.items.map((v) => v.score));
      cursor = page.nextCursor ?? undefined;
    } while (cursor);
    t.same(seen, [0.9, 0.7, 0.7, 0.6], 'every listed pair once, best first, below minScore left out');
    const inEvent = await store.divergences({ minScore: 0, sort: 'score', eventId: event }, { limit: 10 });
    t.equal(inEvent.items.length, 3);
    const byActor = await store.divergences({ minScore: 0, sort: 'date', actorIds: [actorA] }, { limit: 10 });
    t.equal(byActor.items.length, 5, 'every pair has a Trump side');
    const none = await store.divergences({ minScore: 0, sort: 'score', kind: 'quote-variant' }, { limit: 10 });
    t.equal(none.items.length, 0);
    const future = await store.divergences({ minScore: 0, sort: 'score', since: '2999-01-01T00:00:00.000Z' }, { limit: 10 });
    t.equal(future.items.length, 0);
    await t.rejects(store.divergences({ minScore: 0, sort: 'score' }, { limit: 2, cursor: 'not-a-cursor' }), { code: 'INVALID_CURSOR' });
    const some = await store.divergencesByIds([ids[2] ?? 0, 999_999, ids[0] ?? 0]);
    t.same(some.map((v) => v.id), [ids[2], ids[0]], 'found by ids in the order asked, unknown ids skipped');
    const one = await store.divergence(ids[0] ?? 0);
    t.same(one?.cues[0]?.a, { start: 0, end: 3, text: 'abc' });
    t.equal(one?.flagged, true);
  });

  t.test('events: renamed for good, merged with everything they hold', async (t) => {
    const { e1, e2, d2 } = await store.exclusive(async (tx) => {
      const e1 = await tx.insertEvent(eventWrite('call'));
      const e2 = await tx.insertEvent(eventWrite('summit'));
      await tx.insertDocument(doc('h4', e1));
      const d2 = await tx.insertDocument(doc('h5', e2));
      const s = await tx.insertStatement(statement(d2, null, 'x', e2));
      await tx.insertStatementKeys(s, [`event:${e2}`, 'stem:peac']);
      return { e1, e2, d2 };
    });
    t.ok(await store.exclusive((tx) => tx.renameEvent(e1, 'The call')));
    await store.exclusive((tx) => tx.updateEvent(e1, eventWrite('call-2')));
    t.equal((await store.event(e1))?.title, 'The call', 'a renamed title survives updates');
    t.notOk(await store.exclusive((tx) => tx.renameEvent(9999, 'x')));
    await store.exclusive((tx) => tx.mergeEvents(e1, e2, eventWrite('merged')));
    t.equal(await store.event(e2), undefined);
    const merged = await store.event<{ label: string }>(e1);
    t.equal(merged?.documentCount, 2);
    t.equal(merged?.statementCount, 1);
    t.equal((await store.document(d2))?.eventId, e1);
    await store.exclusive((tx) => tx.renameStatementKey(`event:${e2}`, `event:${e1}`));
    t.equal((await store.statementsByKeys([`event:${e1}`], 5)).length, 1, 'statement keys can follow a merge');
    t.equal((await store.statementsByKeys([`event:${e1}`], 5, 1, 1)).length, 1, 'the renamed key keeps its count');
    t.equal((await store.statementsByKeys([`event:${e1}`], 5, 1, 0)).length, 0, 'a key over the posting cap blocks nothing');
    t.equal((await store.statementsByKeys(['stem:peac', `event:${e1}`], 5, 2)).length, 1, 'minShared counts keys in common');
    t.equal((await store.statementsByKeys(['stem:peac', 'stem:other'], 5, 2)).length, 0);
    const listed = await store.events({ q: 'call' }, { limit: 10 });
    t.same(listed.items.map((e) => e.id), [e1]);
    t.equal((await store.events({ from: '2030-01-01' }, { limit: 10 })).items.length, 0);
  });

  t.test('a document\'s statements indexed at once: postings and their counts as one by one', async (t) => {
    const ids = await store.exclusive(async (tx) => {
      const d = await tx.insertDocument(doc('h-index'));
      const s = [];
      for (const text of ['one', 'two', 'three']) s.push(await tx.insertStatement(statement(d, null, text, null)));
      // a key twice in one list counts once; keys shared by statements of one statement add up
      await tx.indexStatements([
        [s[0]!, ['ix:all', 'ix:pair', 'ix:own', 'ix:own']],
        [s[1]!, ['ix:all', 'ix:pair']],
        [s[2]!, ['ix:all']],
      ]);
      await tx.insertStatementKeys(s[2]!, ['ix:later']);
      return s;
    });
    t.same(await store.statementsByKeys(['ix:all', 'ix:pair'], 5), [ids[1], ids[0], ids[2]], 'most keys in common, then newest');
    t.same([...(await store.commonKeys(['ix:all', 'ix:pair', 'ix:own', 'ix:later', 'ix:none'], 1))].sort(), ['ix:all', 'ix:pair'], 'counts: 3, 2, 1 (twice in one list), 1, 0');
    t.same([...(await store.commonKeys(['ix:all', 'ix:pair'], 2))], ['ix:all']);
    t.same(await store.statementsByKeys(['ix:all', 'ix:later'], 5, 1, 2), [ids[2]], 'a key over the cap blocks nothing');
    const many = await store.exclusive(async (tx) => {
      const d = await tx.insertDocument(doc('h-index-many'));
      const s = await tx.insertStatement(statement(d, null, 'many', null));
      // more rows than one multi-row statement takes
      await tx.indexStatements([[s, Array.from({ length: 450 }, (_, i) => `ix:k${i}`)]]);
      return s;
    });
    t.same(await store.statementsByKeys(['ix:k0', 'ix:k449'], 5, 2), [many], 'every chunk written');
    t.equal((await store.commonKeys(Array.from({ length: 1200 }, (_, i) => `ix:k${i}`), 0)).size, 450, 'counted in every chunk; asked in chunks too');
  });

  t.test('statements of one event: those sharing most keys first, then the newest', async (t) => {
    const ids = await store.exclusive(async (tx) => {
      const e = await tx.insertEvent(eventWrite('ranked'));
      const d = await tx.insertDocument(doc('h-rank', e));
      const keyed = async (keys: string[]) => {
        const s = await tx.insertStatement(statement(d, null, keys.join(' '), e));
        await tx.insertStatementKeys(s, keys);
        return s;
      };
      const plain = await keyed(['ev:r']);
      const actor = await keyed(['ev:r', 'a:putin']);
      const both = await keyed(['ev:r', 'a:putin', 'w:ceasefir']);
      const newest = await keyed(['ev:r']);
      const elsewhere = await keyed(['ev:other', 'a:putin', 'w:ceasefir']);
      return { plain, actor, both, newest, elsewhere };
    });
    const rankKeys = ['a:putin', 'w:ceasefir'];
    const ranked = (await EventPostings.read(store, 'ev:r', [rankKeys])).rank(rankKeys, 10);
    t.same(ranked, [ids.both, ids.actor, ids.newest, ids.plain], 'keys in common first; then newest; never another event');
    t.same((await EventPostings.read(store, 'ev:r', [rankKeys])).rank(rankKeys, 2), [ids.both, ids.actor], 'the limit keeps the best');
    t.same((await EventPostings.read(store, 'ev:none', [['a:putin']])).rank(['a:putin'], 10), [], 'an event without statements');
    const postings = await store.eventPostings('ev:r', ['a:putin', 'w:ceasefir', 'w:other']);
    t.same(
      [...postings].map(([id, keys]) => [id, keys.sort()]).sort((a, b) => Number(a[0]) - Number(b[0])),
      [
        [ids.plain, ['ev:r']],
        [ids.actor, ['a:putin', 'ev:r']],
        [ids.both, ['a:putin', 'ev:r', 'w:ceasefir']],
        [ids.newest, ['ev:r']],
      ],
      "postings: the event's statements with the keys asked for that they have; never another event's",
    );
    t.same(await store.eventPostings('ev:none', ['a:putin']), new Map());
  });

  t.test('document frequencies count documents per key', async (t) => {
    await store.exclusive((tx) => tx.addDocumentFrequencies(['p:putin', 'n:call', 'p:putin']));
    await store.exclusive((tx) => tx.addDocumentFrequencies(['p:putin']));
    const df = await store.documentFrequencies(['p:putin', 'n:call', 'n:summit']);
    t.equal(df.get('p:putin'), 2, 'a key repeated in one document counts once');
    t.equal(df.get('n:call'), 1);
    t.equal(df.get('n:summit'), undefined);
    const many = await store.documentFrequencies(Array.from({ length: 1200 }, (_, i) => `k${i}`));
    t.equal(many.size, 0, 'long key lists are read in chunks');
  });

  t.test('statements filter by actor, event, kind and text, and page', async (t) => {
    await store.exclusive(async (tx) => {
      const a = await tx.upsertActor({ name: 'Volodymyr Zelensky', type: 'person', aliases: [], affiliation: ['Ukraine'] }, null);
      const d = await tx.insertDocument(doc('h6'));
      await tx.insertStatement(statement(d, a, 'No one will withdraw our troops', null));
      await tx.insertStatement(statement(d, null, '100% of_it', null));
      await tx.insertStatement(statement(d, a, 'another', null));
    });
    const zel = await store.actorsByNames(['volodymyr zelensky']);
    t.equal((await store.statements({ actorIds: zel.map((a) => a.id) }, { limit: 10 })).items.length, 2);
    t.equal((await store.statements({ q: 'WITHDRAW' }, { limit: 10 })).items.length, 1, 'text search ignores case');
    t.equal((await store.statements({ q: '%' }, { limit: 10 })).items.length, 1, 'LIKE wildcards match literally');
    t.equal((await store.statements({ q: 'f_i' }, { limit: 10 })).items.length, 1);
    t.equal((await store.statements({ kind: 'claimed' }, { limit: 10 })).items.length, 0);
    const p1 = await store.statements({}, { limit: 2 });
    const p2 = await store.statements({}, { limit: 2, cursor: p1.nextCursor ?? '' });
    t.same([...p1.items, ...p2.items].map((s) => s.text), ['No one will withdraw our troops', '100% of_it', 'another']);
    t.equal(p2.nextCursor, null);
  });

  webhookStoreContract(t, () => store);
  eventGraphContract(t, () => store);
}
