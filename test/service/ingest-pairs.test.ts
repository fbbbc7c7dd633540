// Which pairs ingest scores: a verbatim copy of a story (a wire story run by several outlets)
// adds no pair of identical statements, but its statements still meet every other account.
import t from 'tap';
import { ingestDocument } from '../../src/service/ingest.js';
import { memoryStore } from '../../src/store/store.js';

const story = [
  'Kremlin spokesman Dmitry Peskov said on Tuesday that Russia was ready to hold talks on a ceasefire.',
  '"There will be no ceasefire while weapons keep arriving," Ukrainian Foreign Minister Andrii Sybiha said.',
].join('\n\n');

t.test('a verbatim copy of a story adds no pair; what it adds is scored against the originals', async (t) => {
  const store = await memoryStore();
  t.teardown(() => store.close());
  const first = await ingestDocument(store, { text: story, outlet: 'Wire' });
  t.equal(first.statementIds.length, 2, 'both speakers found');
  t.equal(first.scoredPairs, 1, 'the two speakers of one story are paired');

  const copy = await ingestDocument(store, { text: `${story}\n\nThis story was first published by Wire.`, outlet: 'Daily' });
  t.ok(copy.created);
  t.equal(copy.statementIds.length, 2);
  t.equal(copy.candidatePairs, 0, 'every statement repeats one already paired: none is looked up');
  t.equal(copy.scoredPairs, 0);
  const stored = await store.statementsByIds([...first.statementIds, ...copy.statementIds]);
  t.equal(new Set([...stored.values()].map((s) => s.text)).size, 2, 'the copy did repeat the statements verbatim');
  t.equal((await store.document(copy.documentId))?.eventId, (await store.document(first.documentId))?.eventId, 'in the same event');

  const extended = await ingestDocument(store, {
    text: `${story}\n\n"Talks are possible only after a full withdrawal," Ukrainian President Volodymyr Zelensky said.`,
    outlet: 'Evening',
  });
  t.equal(extended.statementIds.length, 3);
  const all = await store.statementsByIds(extended.statementIds);
  const added = [...all.values()].filter((s) => s.speaker?.includes('Zelensky'));
  t.equal(added.length, 1, 'one new statement');
  t.equal(extended.candidatePairs, 2, 'the copies are never candidates: the new statement meets the two originals once');
  t.equal(extended.scoredPairs, 2);
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
