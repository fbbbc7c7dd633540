import t from 'tap';
import { extract } from '../../../src/analysis/extract/index.js';
import type { ExtractedStatement } from '../../../src/analysis/types.js';

// Another person's words given to someone else (BBC set), in sentences written for these tests.
function one(text: string, contains: string): ExtractedStatement | undefined {
  return extract(text).statements.find((s) => s.text.includes(contains));
}

t.test('a quote before a sentence with content of its own is not that sentence\'s speaker\'s', async (t) => {
  const insists = '"We played well in the second half," said John Smith, the club captain. "The fans were brilliant today." ' +
    'Manager Peter Jones insists he will not sell Smith.';
  t.equal(one(insists, 'fans were brilliant')?.speaker, 'John Smith');
  t.equal(one(insists, 'will not sell')?.speaker, 'Peter Jones');
  const according = '"It was a hard decision," said Paul Rees. "I am surprised nobody called me." ' +
    'According to chairman Tom Hart, the deal was agreed in May.';
  t.equal(one(according, 'nobody called me')?.speaker, 'Paul Rees');
  t.equal(one(according, 'agreed in May')?.speaker, 'Tom Hart');
  // a sentence that is only the attribution still attributes the quote before it
  t.equal(one('"It was a hard decision," said Paul Rees. "I am surprised nobody called me." Tom Hart said on Monday.', 'nobody called me')?.speaker, 'Tom Hart');
});
