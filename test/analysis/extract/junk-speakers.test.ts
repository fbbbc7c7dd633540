import t from 'tap';
import { extract } from '../../../src/analysis/extract/index.js';
import type { ExtractedStatement } from '../../../src/analysis/types.js';

// Junk speakers seen on real news (the BBC set), in sentences written for these tests.
function one(text: string, contains: string): ExtractedStatement | undefined {
  return extract(text).statements.find((s) => s.text.includes(contains));
}

t.test('"Â£200" (a pound sign mis-decoded as Latin-1) names no one: "he added" goes to the leader quoted before', async (t) => {
  const text = 'Poorer families still pay more than the richest, Liberal Democrat leader Charles Kennedy said. ' +
    'The new Â£200 council tax rebate for pensioners did nothing to fix the "unfair tax", he added.';
  const s = one(text, 'council tax rebate');
  t.equal(s?.speaker, 'Charles Kennedy');
  t.equal(s?.text, 'The new Â£200 council tax rebate for pensioners did nothing to fix the "unfair tax"', 'the span keeps the text as written');
  t.notOk(extract(text).actors.some((a) => a.name.includes('Â')), 'no actor "Â"');
  // accented capitals are still letters of names: the guard is for the mis-decoding only
  t.equal(one('"We will appeal," said Émilie Ångström.', 'appeal')?.speaker, 'Émilie Ångström');
});
