// Batch grouping (groupFeatures): IDF shrunk toward plain cosines when the batch is small
// (MatchParams.corpusPrior), and the lead vector taken from the same tokens as the terms.
import t from 'tap';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { BATCH_PARAMS, PLAIN_PARAMS, documentFeatures, groupFeatures, type EventFeatures, type MatchParams } from '../../../src/analysis/events/index.js';

const root = fileURLToPath(new URL('../../../', import.meta.url));
const manifest = JSON.parse(readFileSync(`${root}seeds/manifest.json`, 'utf8')) as { file: string; title: string | null; publishedAt: string | null }[];
const seeds: EventFeatures[] = manifest.map((m) => documentFeatures({ text: readFileSync(`${root}seeds/${m.file}`, 'utf8'), title: m.title, publishedAt: m.publishedAt }));

/** Groups as sorted lists of document indices, so partitions compare whatever the ids. */
function partition(ids: string[]): number[][] {
  const by = new Map<string, number[]>();
  ids.forEach((id, i) => by.set(id, [...(by.get(id) ?? []), i]));
  return [...by.values()].sort((a, b) => a[0]! - b[0]!);
}

t.test('batch parameters carry a corpus prior', async (t) => {
  t.ok((BATCH_PARAMS.corpusPrior ?? 0) > 0, 'a small batch is shrunk toward plain cosines');
});

t.test('a huge corpus prior makes a small batch follow the plain parameters alone', async (t) => {
  const huge: MatchParams = { ...BATCH_PARAMS, corpusPrior: 1e12 };
  // The IDF side's weights and cut no longer matter: change them wildly, same partition.
  const odd: MatchParams = { ...huge, terms: 0, lead: 1, participants: 0, threshold: 0.01 };
  t.same(partition(groupFeatures(seeds, { params: huge })), partition(groupFeatures(seeds, { params: odd })));
  // And it is what the plain parameters give when their cut is the cut.
  const plainOnly: MatchParams = { ...PLAIN_PARAMS, corpusPrior: 1e12 };
  t.same(partition(groupFeatures(seeds, { params: huge })), partition(groupFeatures(seeds, { params: plainOnly })));
});

t.test('no corpus prior: IDF alone (the IDF side decides)', async (t) => {
  const none: MatchParams = { ...BATCH_PARAMS, corpusPrior: 0 };
  const joinAll: MatchParams = { ...none, threshold: 0 };
  const splitAll: MatchParams = { ...none, threshold: 10 };
  t.equal(partition(groupFeatures(seeds, { params: splitAll })).length, seeds.length, 'a cut no pair reaches keeps every document apart');
  t.ok(partition(groupFeatures(seeds, { params: joinAll })).length < seeds.length, 'a zero cut joins related documents');
});

t.test('the lead vector holds content terms of the title and the first lines only', async (t) => {
  const f = documentFeatures({
    title: 'Volcano erupts on island',
    text: `Lava flowed toward the harbour town overnight. ${'Later paragraphs talk about tourism and fishing at length. '.repeat(12)}Finally a note on helicopters.`,
  });
  const lead = Object.keys(f.lead);
  t.ok(lead.some((k) => k.startsWith('volcano')), 'title term in the lead');
  t.ok(lead.some((k) => k.startsWith('lava')), 'first-sentence term in the lead');
  t.notOk(lead.some((k) => k.startsWith('helicopt')), 'a term from the end is not');
  t.ok(Object.keys(f.terms).some((k) => k.startsWith('helicopt')), 'but it is among the terms');
});
