// Which event keys ingest reads postings for: common keys are left out once the store is large.
import t from 'tap';
import { lookupKeys, type CorpusStats } from '../../../src/analysis/events/index.js';

const stats = (documents: number, df: Record<string, number>): CorpusStats => ({ documents, df: (k) => df[k] ?? 0 });

t.test('a small store looks up every key', async (t) => {
  const keys = ['t:year', 'p:putin', 'n:call', 'l:anchorage', 't:ceasefire'];
  t.same(lookupKeys(keys, stats(50, { 't:year': 40, 'p:putin': 12 })).sort(), [...keys].sort());
});

t.test('a large store skips keys on more than a twentieth of its documents', async (t) => {
  const df = { 't:year': 900, 'l:uk': 600, 'p:putin': 40, 'n:call': 300, 't:ceasefire': 12 };
  t.same(lookupKeys(Object.keys(df), stats(4000, df)), ['t:ceasefire', 'p:putin', 'n:call'], 'rarest first; 900 and 600 are over 200 (5% of 4000)');
});

t.test('a document of common keys still looks up its three rarest', async (t) => {
  const df = { 't:year': 900, 'l:uk': 600, 't:market': 700, 't:share': 800 };
  t.same(lookupKeys(Object.keys(df), stats(4000, df)), ['l:uk', 't:market', 't:share']);
});

t.test('duplicates are looked up once', async (t) => {
  t.same(lookupKeys(['p:putin', 'p:putin'], stats(10, {})), ['p:putin']);
});
