import t from 'tap';
import { statementKeys, MAX_STATEMENT_KEYS } from '../../src/analysis/pairing.js';

t.test('keys carry the event, the speaker and the actors spoken about', async (t) => {
  const keys = statementKeys({ speaker: 'Donald Trump', text: 'Putin will immediately start negotiating a ceasefire', about: ['Vladimir Putin'] }, 'evt:7');
  t.ok(keys.includes('e:evt:7'));
  t.ok(keys.includes('a:donald trump'));
  t.ok(keys.includes('a:vladimir putin'));
});

t.test('a claim about Y and Y\'s own statement share a key', async (t) => {
  const claim = statementKeys({ speaker: 'Donald Trump', text: 'Putin would immediately start negotiating', about: ['Vladimir Putin'] }, null);
  const own = statementKeys({ speaker: 'Vladimir Putin', text: 'the possibility of a temporary ceasefire', about: [] }, null);
  t.ok(claim.some((k) => own.includes(k)));
});

t.test('rewordings meet through content stems; stopwords and common words are no keys', async (t) => {
  const a = statementKeys({ speaker: null, text: 'a trap that Putin wants us to fall into', about: [] }, null);
  const b = statementKeys({ speaker: null, text: 'the trap that Putin wants us to walk into', about: [] }, null);
  t.ok(a.includes('w:trap'));
  t.ok(a.filter((k) => k.startsWith('w:')).some((k) => b.includes(k)));
  t.notOk(a.some((k) => k === 'w:that' || k === 'w:want' || k === 'w:us'));
  t.notOk(statementKeys({ speaker: null, text: 'he said that they would', about: [] }, null).length);
});

t.test('no event key without an event; key count is bounded and keys are unique', async (t) => {
  const long = 'ceasefire negotiations memorandum Ukraine Russia Kremlin settlement territories withdrawal sanctions deadline guarantees '.repeat(5);
  const keys = statementKeys({ speaker: 'X', text: long, about: ['A', 'B', 'C', 'A'] }, null);
  t.notOk(keys.some((k) => k.startsWith('e:')));
  t.ok(keys.length <= MAX_STATEMENT_KEYS);
  t.equal(new Set(keys).size, keys.length);
});

t.test('the event block key is the one statements of that event carry', async (t) => {
  const { eventBlockKey } = await import('../../src/analysis/pairing.js');
  t.ok(statementKeys({ speaker: null, text: 'x', about: [] }, '12').includes(eventBlockKey('12')));
  t.not(eventBlockKey('12'), eventBlockKey('13'));
});
