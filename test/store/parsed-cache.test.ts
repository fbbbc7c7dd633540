// Parsed event summaries are reused only while the stored text is unchanged.
import t from 'tap';
import { ParsedCache } from '../../src/store/parsed-cache.js';
import { memoryStore } from '../../src/store/store.js';

t.test('the same text gives the same object; changed text is parsed again', async (t) => {
  const c = new ParsedCache();
  const a = c.parse<{ n: number }>(1, '{"n":1}');
  t.equal(c.parse(1, '{"n":1}'), a, 'not parsed twice');
  t.same(c.parse(1, '{"n":2}'), { n: 2 }, 'an updated summary is read fresh');
  t.same(c.parse(2, '{"n":1}'), { n: 1 });
  t.not(c.parse(2, '{"n":1}'), a, 'entries are per id');
  t.throws(() => c.parse(3, '{oops'), SyntaxError);
});

t.test('event summaries read in a transaction are the latest stored', async (t) => {
  const store = await memoryStore();
  t.teardown(() => store.close());
  const write = (label: string) => ({ title: label, summary: { label }, from: null, to: null });
  const read = () => store.exclusive(async (tx) => (await tx.eventSummaries<{ label: string }>([id])).get(id));
  const id = await store.exclusive((tx) => tx.insertEvent(write('first')));
  const first = await read();
  t.same(first, { label: 'first' });
  t.equal(await read(), first, 'an unchanged summary is not parsed again');
  await store.exclusive((tx) => tx.updateEvent(id, write('second')));
  t.same(await read(), { label: 'second' }, 'an updated one is read fresh');
});
