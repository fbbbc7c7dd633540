// Two statements about different people or things: a figure or a denial about one says nothing of the other.
import t from 'tap';
import { analyze } from '../../../src/analysis/score/analyze.js';
import { compareTexts } from '../../../src/analysis/score/compare.js';

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
