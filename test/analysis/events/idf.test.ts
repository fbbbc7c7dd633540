// Corpus statistics (document frequencies counted once per document) and IDF weighting: common
// words weigh less, and an empty corpus weighs every key alike.
import t from 'tap';
import { BATCH_PARAMS, CorpusCounter, documentFeatures, statsKeys, summarize, type CorpusStats } from '../../../src/analysis/events/index.js';
import { Scorer } from '../../../src/analysis/events/similarity.js';

const quake1 = { text: 'A magnitude 7.1 earthquake struck near Anchorage, Alaska, on Friday, officials said. The quake damaged roads in Anchorage and cut power to thousands of homes.', publishedAt: '2018-11-30' };
const quake2 = { text: "Residents of Anchorage cleared debris on Saturday after Friday's earthquake buckled highways. Governor Bill Walker said the quake caused no deaths in Alaska.", publishedAt: '2018-12-01' };
const summit = { text: 'Chancellor Angela Merkel and President Emmanuel Macron met in Paris on Tuesday for a summit on the eurozone budget. Merkel said the summit was constructive.', publishedAt: '2018-06-19' };
const filler = (i: number) => ({ text: `Officials said on Friday that the report number ${i} was published by the ministry of finance in its weekly bulletin.` });

t.test('statistics: keys counted once per document', async (t) => {
  const c = new CorpusCounter();
  const f = documentFeatures(quake1);
  c.add(f);
  c.add(documentFeatures(quake2));
  t.equal(c.documents, 2);
  t.equal(c.df('l:Anchorage'), 2);
  t.equal(c.df('n:earthquake'), 2);
  t.equal(c.df('t:nothing-like-this'), 0);
  t.ok(statsKeys(f).every((k) => /^[tplny]:/.test(k)));
});

t.test('with statistics, words every document uses weigh less', async (t) => {
  const stats = new CorpusCounter();
  const docs = [quake1, quake2, summit, ...Array.from({ length: 20 }, (_, i) => filler(i))];
  for (const d of docs) stats.add(documentFeatures(d));
  const a = documentFeatures(filler(100));
  const b = summarize(documentFeatures(filler(200)));
  // Two fillers share only words the corpus is full of: IDF pulls them apart.
  t.ok(new Scorer(stats).similarity(a, b, BATCH_PARAMS) < new Scorer().similarity(a, b, BATCH_PARAMS), 'common words count for less with IDF');
});

t.test('an empty or tiny corpus behaves like no statistics at all', async (t) => {
  const empty: CorpusStats = { documents: 0, df: () => 0 };
  const f = documentFeatures(quake2);
  const s = summarize(documentFeatures(quake1));
  t.equal(new Scorer(empty).similarity(f, s, BATCH_PARAMS), new Scorer().similarity(f, s, BATCH_PARAMS));
});
