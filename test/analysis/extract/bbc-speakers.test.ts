import t from 'tap';
import { extract } from '../../../src/analysis/extract/index.js';
import type { ExtractedStatement } from '../../../src/analysis/types.js';

// Speaker faults seen on the BBC set, in sentences written for these tests.
function one(text: string, contains: string): ExtractedStatement | undefined {
  return extract(text).statements.find((s) => s.text.includes(contains));
}

t.test('a name with "&" is whole: "Marks & Spencer", "M&S", "S&P", "AT&T"', async (t) => {
  const cases: Array<[string, string, string]> = [
    ['Marks & Spencer said its prices had been too high for years.', 'too high', 'Marks & Spencer'],
    ['"We are bringing in ranges at new price points," said M&S.', 'new price points', 'M&S'],
    ['S&P said the government debt was looking a good bet.', 'good bet', 'S&P'],
    ['AT&T said savings of at least $2bn were a main driver for the merger.', 'main driver', 'AT&T'],
    ['Procter & Gamble said that sales of razors rose.', 'razors', 'Procter & Gamble'],
    // the name before a role and a person's name is the person's affiliation, not a speaker
    ['"The risks remain," wrote S&P credit analyst Helena Hessel.', 'risks remain', 'Helena Hessel'],
  ];
  for (const [text, contains, speaker] of cases) t.equal(one(text, contains)?.speaker, speaker, contains);
  t.equal(one('However, an M&S spokesman said on Sunday it had no evidence of a bid.', 'no evidence')?.speaker, 'an M&S spokesman');
  t.equal(extract('M&S said it had no evidence of a bid.').actors.find((a) => a.name === 'M&S')?.type, 'organization', 'M&S is an organisation');
  // a spaced "&" joins only capitalised words: "rock & roll fans said" is no name
  t.notOk(extract('Fans of rock & Roll said the show was loud.').statements.some((s) => s.speaker === '& Roll'));
});

t.test('"Swiss Re" and "50 Cent" keep the word before the name', async (t) => {
  t.equal(one('"2004 reinforces the trend towards higher losses," said Swiss Re.', 'higher losses')?.speaker, 'Swiss Re');
  t.equal(one('Swiss Re said it had registered about 300 disasters.', 'registered')?.speaker, 'Swiss Re');
  t.equal(one('Rapper 50 Cent said the newcomer was disloyal.', 'disloyal')?.speaker, '50 Cent');
  // other numbers and nationalities before a name are not part of it
  t.equal(one('Swiss banker Hans Meier said rates would rise.', 'rates would rise')?.speaker, 'Hans Meier');
  t.notOk(extract('Some 50 Britons said they were stranded.').statements.some((s) => s.speaker === '50 Britons'));
});

t.test('"a spokesman for distributor Toho" is the spokesman, as "a spokesman for Toho" is; he/she after it is the spokesman too', async (t) => {
  const text = 'A spokesman for distributor Toho said the film had received strong interest from audiences. ' +
    '"We have a good feeling about this film," he added.';
  t.equal(one(text, 'strong interest')?.speaker, 'A spokesman');
  t.equal(one(text, 'good feeling')?.speaker, 'A spokesman');
  t.equal(one('A spokeswoman for chip maker Intel said that demand was strong.', 'demand')?.speaker, 'A spokeswoman');
  t.equal(one('A spokesman for Toho said the film had received strong interest.', 'strong interest')?.speaker, 'A spokesman', 'as without the description');
  // the described name alone still speaks for itself
  t.equal(one('Film distributor Toho said the film had received strong interest.', 'strong interest')?.speaker, 'Toho');
  t.notOk(extract(text).actors.some((a) => a.name === 'Toho' && a.type === 'person'), 'Toho is no person');
  // a person's role with what it is of stays the person's
  t.equal(one('Director of rugby Warren Gatland said harsh words had inspired his side.', 'harsh words')?.speaker, 'Warren Gatland');
  t.equal(one('Shadow spokesman for sport Hugh Robertson said more emphasis should be put on sport.', 'more emphasis')?.speaker, 'Hugh Robertson');
});

t.test('a bare role set beside a name ("JF Sullivan, spokesman for Sendmail said") is that person\'s', async (t) => {
  t.equal(one('JF Sullivan, spokesman for Sendmail said firms were starting to value their mail.', 'value their mail')?.speaker, 'JF Sullivan');
  t.equal(one('JF Sullivan, spokesman for e-mail software firm Sendmail said firms were starting to value their mail.', 'value their mail')?.speaker, 'JF Sullivan');
  // not a name before a role with a determiner: that name is no apposition
  t.equal(one('Asked about Smith, a spokesman for the club said the talks were over.', 'talks were over')?.speaker, 'a spokesman for the club');
});
