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

t.test('a football club is no person, and takes no he: "Aston Villa", "Rangers", "West Bromwich Albion"', async (t) => {
  const text = 'Blackburn made a bid for Robbie Keane. Good displays against Leeds and Aston Villa have impressed the fans. ' +
    '"The crowd gave me a standing ovation," he said.';
  t.equal(one(text, 'standing ovation')?.speaker, 'Robbie Keane');
  const x = extract('Rangers told him to find a new club. Bolton Wanderers said they were happy.');
  t.equal(x.actors.find((a) => a.name === 'Rangers')?.type, 'organization');
  t.equal(x.actors.find((a) => a.name === 'Bolton Wanderers')?.type, 'organization');
});

t.test('a body\'s name starts after the date or the conjunction before it', async (t) => {
  t.equal(one('On Thursday Rangers said they would not raise their offer.', 'raise')?.speaker, 'Rangers');
  t.equal(one('But Deutsche Bank said the documents had been backdated.', 'backdated')?.speaker, 'Deutsche Bank');
  t.equal(one('The Sunday Times said it had seen the letter.', 'seen the letter')?.speaker, 'Sunday Times');
  t.equal(one('China Three Gorges Project Corp said its projects were legal.', 'projects were legal')?.speaker, 'China Three Gorges Project Corp');
});

t.test('a quote that says "I" is one person\'s: a floating quote goes past a group to the last single speaker', async (t) => {
  const text = '"I was in a lot of pain," says the walker Tom Kerr. Doctors in Athens had wanted to operate on his back at once.\n\n' +
    '"The Greek doctors were going to put rods in my spine. I said no."';
  t.equal(one(text, 'rods in my spine')?.speaker, 'Tom Kerr');
  // a quote in the group's own voice stays the group's
  const we = '"I was in a lot of pain," says the walker Tom Kerr. Doctors in Athens said they had wanted to operate at once.\n\n' +
    '"We could have fused his spine."';
  t.equal(one(we, 'fused his spine')?.speaker, 'Doctors in Athens');
});

t.test('"told" takes its hearer after it, never its speaker', async (t) => {
  const set = 'The party\'s enthusiasm for the job remains undimmed, Alan Milburn, the election strategist, told the BBC.';
  t.equal(one(set, 'enthusiasm')?.speaker, 'Alan Milburn');
  t.notOk(extract(set).statements.some((s) => s.speaker === 'BBC'), 'the BBC heard it');
  const outlet = 'The party\'s enthusiasm for the job remains undimmed, Alan Milburn told Radio 4\'s Today programme on Saturday.';
  t.equal(one(outlet, 'enthusiasm')?.speaker, 'Alan Milburn');
  t.equal(one('The gap could be bridged, Sony told an audience at the E3 exhibition in Los Angeles.', 'bridged')?.speaker, 'Sony');
  // a plain object is no hearer, and a name alone before the comma is no content
  t.equal(extract('Based on a novel by Frances Burnett, A Little Princess tells the story of a young girl who is sent to live in New York.').statements.length, 0);
});

t.test('letters after a name are an honour: "Guy Mansfield QC" is Guy Mansfield, and "QC" alone names no one', async (t) => {
  t.equal(one('Guy Mansfield QC warned there was a real risk of unrest.', 'real risk')?.speaker, 'Guy Mansfield');
  t.notOk(extract('Deputy High Court Judge Richard Mawrey, QC told the hearing at the Institute that the case was serious.').statements.some((s) => s.speaker === 'QC'));
});

t.test('"Elsewhere," and "Shortly" opening a sentence name no one', async (t) => {
  t.notOk(extract('Elsewhere, the papers criticise their rivals for stoking up the issue.').statements.some((s) => s.speaker === 'Elsewhere'));
  t.notOk(extract('Shortly after his arrival he posted a message saying "thanks for having me".').statements.some((s) => s.speaker === 'Shortly'));
});
