// Document links: the similarity batch grouping and the service compare documents by.
import t from 'tap';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import {
  BATCH_PARAMS,
  CorpusCounter,
  LinkScorer,
  NormCache,
  PLAIN_PARAMS,
  documentFeatures,
  prepareDocument,
  summarize,
  type EventFeatures,
} from '../../../src/analysis/events/index.js';
import { Scorer } from '../../../src/analysis/events/similarity.js';

const root = fileURLToPath(new URL('../../../', import.meta.url));
const manifest = JSON.parse(readFileSync(`${root}seeds/manifest.json`, 'utf8')) as { file: string; title: string | null; publishedAt: string | null }[];
const seeds: EventFeatures[] = manifest.map((m) => documentFeatures({ text: readFileSync(`${root}seeds/${m.file}`, 'utf8'), title: m.title, publishedAt: m.publishedAt }));

t.test('a link is the similarity of a document to the other as a one-document event, IDF blended with plain', async (t) => {
  const stats = new CorpusCounter();
  for (const f of seeds) stats.add(f);
  const lambda = stats.documents / (stats.documents + BATCH_PARAMS.corpusPrior!);
  const idf = new Scorer(stats);
  const plain = new Scorer();
  const links = new LinkScorer(stats, BATCH_PARAMS);
  for (let i = 0; i < seeds.length; i++) {
    for (let j = 0; j < i; j++) {
      const event = summarize(seeds[j]!);
      const expected = lambda * idf.similarity(seeds[i]!, event, BATCH_PARAMS) + (1 - lambda) * plain.similarity(seeds[i]!, event, PLAIN_PARAMS);
      t.ok(Math.abs(links.similarity(prepareDocument(seeds[i]!), prepareDocument(seeds[j]!)) - expected) < 1e-12, `seeds ${i} and ${j}`);
    }
  }
  t.equal(links.cut, lambda * BATCH_PARAMS.threshold + (1 - lambda) * PLAIN_PARAMS.threshold);
});

t.test('kept norms are reused while the corpus grows little, recomputed after', async (t) => {
  const older = prepareDocument(seeds[0]!);
  const newer = prepareDocument(seeds[1]!);
  const cache = new NormCache();
  // Document frequencies as of 1,000 documents; then the corpus grows, older's keys much more common.
  const at = (documents: number, df: number) => ({ documents, df: () => df });
  const first = new LinkScorer(at(1000, 1), BATCH_PARAMS, cache).similarity(newer, older);
  t.ok(cache.current(older, 1005), 'within the drift');
  t.notOk(cache.current(older, 1100), 'beyond it');
  const reused = new LinkScorer(at(1005, 1), BATCH_PARAMS, cache).similarity(newer, older);
  const exact = new LinkScorer(at(1005, 1), BATCH_PARAMS).similarity(newer, older);
  t.ok(Math.abs(reused - exact) < 0.01, 'a reused norm is close to the exact one');
  t.ok(Math.abs(first - exact) < 0.01);
});
