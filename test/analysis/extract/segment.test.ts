import t from 'tap';
import { extract } from '../../../src/analysis/extract/index.js';
import { segment } from '../../../src/analysis/extract/segment.js';
import { findQuotes } from '../../../src/analysis/extract/quotes.js';

t.test('headlines, captions and navigation lines are not statements', async (t) => {
  const text = [
    'Minister Says Talks Will Resume Next Week',
    'Residents react to flood warning',
    'A man walks past sandbags in Leeds on Monday. He said the water came fast. (Getty Images)',
    'Related...',
    'Comments',
    'Ann Fox said the river rose a metre overnight.',
  ].join('\n');
  const { statements } = extract(text);
  t.equal(statements.length, 1);
  t.equal(statements[0].speaker, 'Ann Fox');
  const kinds = segment(text).map((p) => p.kind);
  t.same(kinds, ['headline', 'headline', 'caption', 'nav', 'nav', 'text']);
});

t.test('run-together sentences are split', async (t) => {
  const text = 'The vote passed late on Tuesday.His opponents said the count was flawed and would be challenged.';
  const p = segment(text)[0];
  t.equal(p.sentences.length, 2);
  const s = extract(text).statements[0];
  t.equal(s.text, 'the count was flawed and would be challenged');
});

t.test('a sentence glued after a closing quote is split', async (t) => {
  const text = 'He called the plan “a disaster.”She disagreed and said it would work.';
  t.equal(segment(text)[0].sentences.length, 2);
});

t.test('abbreviations do not end sentences', async (t) => {
  const text = 'Sen. Mary Cole of Ohio met Dr. J. Smith in the U.S. capital on Jan. 9 and said nothing.';
  t.equal(segment(text)[0].sentences.length, 1);
});

t.test('dash-led quote lines and bold markers are trimmed from spans', async (t) => {
  const text = '- "We are ready for the season," says coach Ben Ortiz.\n**"Nobody expected this result," said Ortiz.**';
  const { statements } = extract(text);
  t.equal(statements.length, 2);
  t.ok(statements[0].text.startsWith('"We'));
  t.ok(statements[1].text.startsWith('"Nobody'));
  t.equal(statements[0].speaker, 'Ben Ortiz');
});

t.test('quotes: curly, straight, nested, unclosed', async (t) => {
  const text = '“One ‘two’ three,” and "four" then “five';
  const q = findQuotes(text, 0, text.length);
  t.equal(q.length, 3);
  t.equal(text.slice(q[0].s, q[0].e), '“One ‘two’ three,”');
  t.equal(text.slice(q[1].s, q[1].e), '"four"');
  t.equal(q[2].closed, false);
});

t.test('apostrophes are not quotes', async (t) => {
  const text = 'The players’ union said it wasn’t consulted.';
  t.equal(findQuotes(text, 0, text.length).length, 0);
});
