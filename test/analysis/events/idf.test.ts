// Online IDF (corpus statistics passed to matchEvent/shouldMerge), the merge pass and the seeds
// through the statistics path.
import t from 'tap';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import {
  CorpusCounter,
  EventIndex,
  IDF_PARAMS,
  dfKeys,
  documentFeatures,
  matchEvent,
  mergeSummaries,
  shouldMerge,
  similarity,
  statsKeys,
  summarize,
  type CorpusStats,
  type EventFeatures,
} from '../../../src/analysis/events/index.js';

const quake1 = { text: 'A magnitude 7.1 earthquake struck near Anchorage, Alaska, on Friday, officials said. The quake damaged roads in Anchorage and cut power to thousands of homes.', publishedAt: '2018-11-30' };
const quake2 = { text: "Residents of Anchorage cleared debris on Saturday after Friday's earthquake buckled highways. Governor Bill Walker said the quake caused no deaths in Alaska.", publishedAt: '2018-12-01' };
const summit = { text: 'Chancellor Angela Merkel and President Emmanuel Macron met in Paris on Tuesday for a summit on the eurozone budget. Merkel said the summit was constructive.', publishedAt: '2018-06-19' };
const filler = (i: number) => ({ text: `Officials said on Friday that the report number ${i} was published by the ministry of finance in its weekly bulletin.` });

t.test('statistics: keys counted once per document; dfKeys covers the document and the summaries', async (t) => {
  const c = new CorpusCounter();
  const f = documentFeatures(quake1);
  c.add(f);
  c.add(documentFeatures(quake2));
  t.equal(c.documents, 2);
  t.equal(c.df('l:Anchorage'), 2);
  t.equal(c.df('n:earthquake'), 2);
  t.equal(c.df('t:nothing-like-this'), 0);
  t.ok(statsKeys(f).every((k) => /^[tplny]:/.test(k)));
  const s = summarize(documentFeatures(summit));
  const keys = new Set(dfKeys(f, [s]));
  t.ok(statsKeys(f).every((k) => keys.has(k)));
  t.ok(keys.has('p:merkel'));
});

t.test('with statistics, words every document uses weigh less', async (t) => {
  const stats = new CorpusCounter();
  const docs = [quake1, quake2, summit, ...Array.from({ length: 20 }, (_, i) => filler(i))];
  for (const d of docs) stats.add(documentFeatures(d));
  const a = documentFeatures(filler(100));
  const b = summarize(documentFeatures(filler(200)));
  // Two fillers share only words the corpus is full of: IDF pulls them apart.
  t.ok(similarity(a, b, stats) < similarity(a, b), 'common words count for less with IDF');
  const q = summarize(documentFeatures(quake1));
  const m = matchEvent(documentFeatures(quake2), [{ id: 'q', summary: q }], stats);
  t.equal(m?.id, 'q', 'a follow-up still joins its event');
  t.equal(matchEvent(documentFeatures(summit), [{ id: 'q', summary: q }], stats), null);
  t.equal(matchEvent(documentFeatures(quake2), [], stats), null);
  const one = matchEvent(documentFeatures(quake2), [{ id: 'b', summary: q }, { id: 'a', summary: q }], stats);
  const two = matchEvent(documentFeatures(quake2), [{ id: 'a', summary: q }, { id: 'b', summary: q }], stats);
  t.same(one, two);
  t.equal(one?.id, 'a');
});

t.test('an empty or tiny corpus behaves like no statistics at all', async (t) => {
  const empty: CorpusStats = { documents: 0, df: () => 0 };
  const f = documentFeatures(quake2);
  const s = summarize(documentFeatures(quake1));
  t.equal(similarity(f, s, empty, IDF_PARAMS), similarity(f, s, undefined, IDF_PARAMS));
});

t.test('shouldMerge: one happening yes, another no; symmetric; with or without statistics', async (t) => {
  const q1 = summarize(documentFeatures(quake1));
  const q2 = summarize(documentFeatures(quake2));
  const su = summarize(documentFeatures(summit));
  const stats = new CorpusCounter();
  for (const d of [quake1, quake2, summit]) stats.add(documentFeatures(d));
  for (const st of [undefined, stats]) {
    t.ok(shouldMerge(mergeSummaries(q1, q2), q2, st), 'an event and a report of it');
    t.equal(shouldMerge(q1, q2, st), shouldMerge(q2, q1, st));
    t.notOk(shouldMerge(q1, su, st));
    t.notOk(shouldMerge(mergeSummaries(q1, q2), su, st));
  }
});

const root = fileURLToPath(new URL('../../../', import.meta.url));
interface Entry { file: string; title: string | null; publishedAt: string | null }
const manifest = JSON.parse(readFileSync(`${root}seeds/manifest.json`, 'utf8')) as Entry[];
const seeds = manifest.map((m) => documentFeatures({ text: readFileSync(`${root}seeds/${m.file}`, 'utf8'), title: m.title, publishedAt: m.publishedAt }));
const GOLD = '0+1 | 2 | 3+4';

function partition(ids: string[]): string {
  const by = new Map<string, number[]>();
  ids.forEach((id, i) => by.set(id, [...(by.get(id) ?? []), i]));
  return [...by.values()].map((g) => g.join('+')).sort().join(' | ');
}

function permutations(xs: number[]): number[][] {
  if (xs.length <= 1) return [xs];
  return xs.flatMap((x, i) => permutations([...xs.slice(0, i), ...xs.slice(i + 1)]).map((p) => [x, ...p]));
}

t.test('online statistics (as the store keeps them): all 120 seed orders give the gold events', async (t) => {
  const failures: string[] = [];
  for (const order of permutations([0, 1, 2, 3, 4])) {
    const index = new EventIndex({ stats: 'online' });
    const got = order.map((i) => index.ingest(seeds[i]!));
    const byDoc: string[] = [];
    order.forEach((d, k) => (byDoc[d] = index.resolve(got[k]!)));
    if (partition(byDoc) !== GOLD) failures.push(order.join(''));
  }
  t.same(failures, []);
});

t.test('the store path: matchEvent with statistics counted as documents arrive', async (t) => {
  for (const order of [[0, 1, 2, 3, 4], [4, 3, 2, 1, 0], [2, 0, 4, 1, 3]]) {
    const stats = new CorpusCounter();
    const events: { id: string; summary: ReturnType<typeof summarize> }[] = [];
    const eventOf: string[] = [];
    for (const i of order) {
      const f = seeds[i]!;
      stats.add(f);
      const m = matchEvent(f, events, stats);
      if (m) {
        const e = events.find((x) => x.id === m.id)!;
        e.summary = mergeSummaries(e.summary, summarize(f));
        eventOf[i] = m.id;
      } else {
        const id = `e${events.length + 1}`;
        events.push({ id, summary: summarize(f) });
        eventOf[i] = id;
      }
    }
    t.equal(partition(eventOf), GOLD, `order ${order.join('')}`);
  }
});

t.test('the priority-queue merge pass gives the same events as the rescanning one', async (t) => {
  const docs: EventFeatures[] = [...seeds, ...[quake1, quake2, summit, filler(1), filler(2)].map((d) => documentFeatures(d))];
  // A join threshold nothing reaches: every document opens an event, and the merge pass does the work.
  for (const mergeThreshold of [0.1, 0.2, 0.3, 0.45]) {
    const params = { ...IDF_PARAMS, threshold: 2, mergeThreshold };
    const stats = new CorpusCounter();
    for (const f of docs) stats.add(f);
    const fast = new EventIndex({ stats, params });
    const slow = new EventIndex({ stats, params });
    const a = docs.map((f) => fast.ingest(f));
    const b = docs.map((f) => slow.ingest(f));
    t.same(a, b);
    fast.consolidate();
    slow.consolidateSlow();
    t.equal(partition(a.map((id) => fast.resolve(id))), partition(b.map((id) => slow.resolve(id))), `merge threshold ${mergeThreshold}`);
    t.same([...fast.summaries.keys()].sort(), [...slow.summaries.keys()].sort());
  }
});
