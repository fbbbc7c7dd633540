// Two statements about different people or things: a figure or a denial about one says nothing of the other.
import t from 'tap';
import { analyze } from '../../../src/analysis/score/analyze.js';
import { compareTexts } from '../../../src/analysis/score/compare.js';
import { scorePair } from '../../../src/analysis/score/index.js';
import type { ScoringStatement } from '../../../src/analysis/types.js';

t.test('a number counts the noun after it, not the verb that follows ("nine vendors will plead")', async (t) => {
  const units = analyze('He expects the nine vendors will plead guilty to the charges.').numbers.map((n) => n.unit);
  t.same(units, [['vendor']]);
  const others = compareTexts({ a: 'The nine vendors will plead guilty to the charges.', b: 'The seven protesters will plead guilty to the charges.' });
  t.notOk(others.cues.some((c) => c.type === 'number'), `nine vendors, seven protesters: ${JSON.stringify(others.cues)}`);
  const same = compareTexts({ a: 'The nine vendors will plead guilty to the charges.', b: 'The seven vendors will plead guilty to the charges.' });
  t.ok(same.cues.some((c) => c.type === 'number'), 'nine against seven vendors');
});

t.test('a denial about other people ("the protesters will not plead guilty") is no denial about these', async (t) => {
  const others = compareTexts({ a: 'The vendors will plead guilty to the charges.', b: 'The protesters will not plead guilty to the charges.' });
  t.notOk(others.flag, `vendors / protesters: ${others.score} ${JSON.stringify(others.cues)}`);
  const same = compareTexts({ a: 'The vendors will plead guilty to the charges.', b: 'The vendors will not plead guilty to the charges.' });
  t.ok(same.flag, `the same people: ${same.score}`);
});

t.test('opposite effects of two different causes are no conflict ("the budget would stimulate growth" / "the strong euro is dampening growth")', async (t) => {
  const st = (text: string, speaker: string): ScoringStatement => ({ text, speaker, speakerAffiliation: [], kind: 'stated', about: [], documentId: speaker, mode: 'indirect', cue: 'said' });
  const pair = (a: string, b: string) => scorePair(st(a, 'Economist'), st(b, 'Think tank'), { sameEvent: true });
  const others = pair('the budget looked as if it would stimulate economic growth', 'the strength of the euro for dampening economic growth');
  t.notOk(others.flag, `budget / euro: ${others.score} ${JSON.stringify(others.cues)}`);
  const same = pair('the budget looked as if it would stimulate economic growth', 'the budget looked as if it would dampen economic growth');
  t.ok(same.flag, `the same budget: ${same.score}`);
  // a word right before the swap modifies it, it is no other subject ("Old South Korean" is a WordNet compound)
  const modifier = pair('Old Indian woman shops for groceries.', 'Old South Korean woman shops for groceries.');
  t.ok(modifier.flag, `one woman, two nationalities: ${modifier.score}`);
});

t.test('shares of two different wholes are two quantities ("57% of the market" / "30% of returns")', async (t) => {
  const st = (text: string, speaker: string): ScoringStatement => ({ text, speaker, speakerAffiliation: [], kind: 'stated', about: [], documentId: speaker, mode: 'indirect', cue: 'said' });
  const pair = (a: string, b: string) => scorePair(st(a, 'Research firm'), st(b, 'Trade body'), { sameEvent: false });
  const market = 'More than 57% of the consumer electronics market is made up of female buyers';
  const others = pair(market, "Thirty percent of consumer electronics returns are because the consumer couldn't set up the equipment.");
  t.notOk(others.flag, `market / returns: ${others.score} ${JSON.stringify(others.cues)}`);
  const same = pair('More than 57% of the consumer electronics market is in Europe', 'More than 57% of the consumer electronics market is in Asia');
  t.ok(same.flag, `one share, two places: ${same.score}`);
});
