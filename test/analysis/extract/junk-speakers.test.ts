import t from 'tap';
import { extract } from '../../../src/analysis/extract/index.js';
import type { ExtractedStatement } from '../../../src/analysis/types.js';

// Junk speakers seen on real news (the BBC set), in sentences written for these tests.
function one(text: string, contains: string): ExtractedStatement | undefined {
  return extract(text).statements.find((s) => s.text.includes(contains));
}

function pick(s: ExtractedStatement | undefined): [string | null, string] | undefined {
  return s === undefined ? undefined : [s.speaker, s.text];
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

t.test('a one-word organisation ("cartel Opec", "firm Sendmail", "at Arsenal") is never the antecedent of he/she', async (t) => {
  const cases: Array<[string, string, string]> = [
    [
      'Oil prices fell after producers\' cartel Opec said it was unlikely to cut output.\n\n' +
        'Following the comments by acting Opec secretary general Adnan Shihab-Eldin, US crude fell 32 cents. He said that high prices meant the plan was dead.',
      'high prices meant', 'Adnan Shihab-Eldin',
    ],
    [
      'JF Sullivan, spokesman for e-mail software firm Sendmail said firms were starting to value their mail. "The key thing is managing all this," he said.',
      'The key thing', 'JF Sullivan',
    ],
    [
      'Spanish winger Jose Antonio Reyes has played down reports linking him with a move from Arsenal to Real Madrid, issuing a statement through Arsenal. ' +
        '"I am under contract at Arsenal and I am happy here," he said.',
      'under contract', 'Jose Antonio Reyes',
    ],
  ];
  for (const [text, contains, speaker] of cases) t.equal(one(text, contains)?.speaker, speaker, contains);
  // the organisation itself still speaks, and is typed as one
  const opec = extract(cases[0][0]);
  t.equal(opec.statements.find((s) => s.text.includes('unlikely to cut'))?.speaker, 'Opec');
  t.equal(opec.actors.find((a) => a.name === 'Opec')?.type, 'organization');
  // "it" after the organisation spoke is the organisation's
  t.equal(one('Software firm Sendmail said that sales of its mail server rose sharply last year. It said profits would follow.', 'profits would follow')?.speaker, 'Sendmail');
  // …but not when an organisation described, not named, spoke since: "it" is that one, which has no name here
  const text = 'Monitoring firm Netcraft found that the campaign was too successful. In a statement from Lycos Europe, the company denied that this was its fault. ' +
    '"There is nothing to suggest that the campaign brought down any of the sites," it said.';
  t.equal(one(text, 'its fault')?.speaker, 'the company');
  t.equal(one(text, 'There is nothing')?.speaker, null);
});

t.test('a one-word person keeps he/she: a role, a title or no organisation context', async (t) => {
  const cases: Array<[string, string, string]> = [
    ['Liverpool chief executive Parry said the club would not sell at any price. "He is going nowhere," he added.', 'going nowhere', 'Parry'],
    ['Parry said the club would not sell. "He is going nowhere," he added.', 'going nowhere', 'Parry'],
    ['Lord Goldsmith, who spoke in Parliament, said the war was legal. He added that his advice was his own.', 'his advice', 'Goldsmith'],
    ['Critics took a swipe at Parry on Monday. Parry said the club would not sell. He added that the fee was too low.', 'fee was too low', 'Parry'],
  ];
  for (const [text, contains, speaker] of cases) t.equal(one(text, contains)?.speaker, speaker, contains);
});

t.test('a bare surname resolves to the full name given earlier, also after an owner ("Arsenal\'s Sol Ferris")', async (t) => {
  const cases: Array<[string, string, string]> = [
    [
      'Arsenal\'s Sol Ferris has called the rivalry with United "bitter and personal".\n\n"Everyone at the club has been waiting for this game," said Ferris.',
      'waiting for this game', 'Sol Ferris',
    ],
    [
      'Chelsea\'s William Gallon believes they will battle it out with Arsenal for the title.\n\n"We know that we have the power in our hands just now," added Gallon.',
      'power in our hands', 'William Gallon',
    ],
    // a title is no part of the name: "Lord Goldsmith" and "Goldsmith" are one actor, named "Goldsmith"
    [
      'The Attorney General Lord Goldsmith said the war was legal. Later Goldsmith said: "I was fully involved throughout the drafting process."',
      'fully involved', 'Goldsmith',
    ],
  ];
  for (const [text, contains, speaker] of cases) {
    t.equal(one(text, contains)?.speaker, speaker, contains);
    t.equal(extract(text).actors.filter((a) => a.type === 'person').length, 1, `one person: ${contains}`);
  }
});

t.test('a share of those asked ("Only 40%", "14% of people aged 18 to 34") is no speaker: the poll that asked them is, else no one', async (t) => {
  const telegraph = 'A Daily Telegraph poll of 1,313 people suggests the public is split over the plan. ' +
    'Only 40% think the plan should go ahead as announced, while some 47% believe it should be dropped.';
  t.equal(one(telegraph, 'should go ahead')?.speaker, 'A Daily Telegraph poll of 1,313 people', 'the poll quoted before');
  t.match(one(telegraph, 'should go ahead')?.text, /^Only 40% think the plan should go ahead/, 'what the poll found keeps its share');
  const survey = 'The survey of 2,000 adults was carried out last month for the Electoral Commission.\n\n' +
    'Of those who voted in 2001, 70% said they would be certain to vote in an immediate election. Another 12 percent said they would never vote again.';
  t.equal(one(survey, 'certain to vote')?.speaker, 'The survey', 'the poll named before');
  t.equal(one(survey, 'never vote again')?.speaker, 'The survey', 'a share in words');
  const own = 'Almost 70% of those asked in a street poll said net firms were not doing enough to protect people.';
  t.equal(one(own, 'not doing enough')?.speaker, 'a street poll', 'the poll named in the share');
  const none = 'Card fraud fell last year. Only 34% said they had received new cards from all their card providers.';
  t.same(pick(one(none, 'new cards')), [null, 'Only 34% said they had received new cards from all their card providers'], 'no poll named: no speaker');
  // a quote standing alone after a share is not the poll's words
  const quote = 'The BBC poll also looked at trust. Some 87% said politicians did not keep their promises.\n\n"That in the end is the key choice at the next election."';
  t.equal(one(quote, 'keep their promises')?.speaker, 'The BBC poll');
  t.equal(one(quote, 'key choice')?.speaker ?? null, null);
  // a number that is not a share still speaks
  t.equal(one('Some 300 residents said the road was unsafe for children.', 'unsafe')?.speaker, 'residents');
});
