// Which pairs ingest scores: a verbatim copy of a story (a wire story run by several outlets)
// adds no pair of identical statements, but its statements still meet every other account.
import t from 'tap';
import { ingestDocument } from '../../src/service/ingest.js';
import { memoryStore } from '../../src/store/store.js';

const story = [
  'Kremlin spokesman Dmitry Peskov said on Tuesday that Russia was ready to hold talks on a ceasefire.',
  '"There will be no ceasefire while weapons keep arriving," Ukrainian Foreign Minister Andrii Sybiha said.',
].join('\n\n');

t.test('a verbatim copy scores no pair of identical statements', async (t) => {
  const store = await memoryStore();
  t.teardown(() => store.close());
  const first = await ingestDocument(store, { text: story, outlet: 'Wire' });
  t.equal(first.statementIds.length, 2, 'both speakers found');
  t.equal(first.scoredPairs, 1, 'the two speakers of one story are paired');

  const copy = await ingestDocument(store, { text: `${story}\n\nThis story was first published by Wire.`, outlet: 'Daily' });
  t.ok(copy.created);
  t.equal(copy.statementIds.length, 2);
  t.equal(copy.candidatePairs, 5, 'within the copy, and each copy statement with both originals');
  t.equal(copy.scoredPairs, 3, 'the two pairs of identical statements are not scored');
  const stored = await store.statementsByIds([...first.statementIds, ...copy.statementIds]);
  const texts = new Set([...stored.values()].map((s) => s.text));
  t.equal(texts.size, 2, 'the copy did repeat the statements verbatim');
});

t.test('one speaker twice in one story is not a pair; the same speaker elsewhere is', async (t) => {
  const store = await memoryStore();
  t.teardown(() => store.close());
  const one = await ingestDocument(store, {
    text: 'Kremlin spokesman Dmitry Peskov said on Tuesday that Russia was ready to hold talks on a ceasefire. Peskov also said that the talks could begin in Istanbul next week.',
  });
  t.equal(one.statementIds.length, 2);
  t.equal(one.scoredPairs, 0);
  const other = await ingestDocument(store, {
    text: 'Kremlin spokesman Dmitry Peskov said on Wednesday that Russia was ready to hold talks on a truce in Istanbul.',
  });
  t.equal(other.statementIds.length, 1);
  t.ok(other.candidatePairs >= 1, 'his reworded account is a candidate');
  t.equal(other.scoredPairs, other.candidatePairs, 'and is scored (a quote variant is one speaker in two documents)');
});
