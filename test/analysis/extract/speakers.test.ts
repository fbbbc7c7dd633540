import t, { type Test } from 'tap';
import { extract } from '../../../src/analysis/extract/index.js';
import type { ExtractedStatement } from '../../../src/analysis/types.js';

// Misattributions seen in long multi-quote news articles, in sentences written for these tests.
function one(text: string, contains: string): ExtractedStatement | undefined {
  return extract(text).statements.find((s) => s.text.includes(contains));
}

t.test('a person named in reported speech is not the "he" who said it', async (t) => {
  const cases: Array<[string, string, string, string[]]> = [
    [
      'Opposition leader Michael Harrow said the country was heading in the wrong direction. Mr Lindqvist has failed to tackle these problems, he claimed.',
      'failed to tackle', 'Michael Harrow', ['Lindqvist'],
    ],
    [
      'Earlier, Dr Liam Fenwick accused Mr Peter Lindqvist and other ministers of telling lies about his party. He told BBC Radio: "If you are willing to lie about the war, you are going to lie about anything."',
      'willing to lie', 'Liam Fenwick', [],
    ],
  ];
  for (const [text, contains, speaker, about] of cases) {
    const s = one(text, contains);
    t.equal(s?.speaker, speaker, contains);
    t.equal(s?.kind, about.length > 0 ? 'claimed' : 'stated', contains);
    t.same(s?.about, about, contains);
  }
});

t.test('"she said" after an unnamed speaker goes to that speaker, not to a woman named before', async (t) => {
  const text = 'SNP leader Nicola Stewart said: "This is an incredible gaffe by the first minister."\n\n' +
    'But an executive spokeswoman insisted the remark was made with adults in mind. ' +
    '"He was talking in the context of adults binge drinking," she said. "It was just a recognition that people will get drunk."';
  const said = one(text, 'in the context of adults');
  t.equal(said?.speaker, 'an executive spokeswoman');
  const floating = one(text, 'just a recognition');
  t.equal(floating?.speaker, 'an executive spokeswoman');
  t.equal(one(text, 'incredible gaffe')?.speaker, 'Nicola Stewart');
});

t.test('"he said" after a spokeswoman is not hers: it goes back to the named man', async (t) => {
  const text = 'Transport minister John Okafor said the line would open in May. ' +
    'A spokeswoman for the operator declined to comment. "We are ready for it," he said.';
  t.equal(one(text, 'ready for it')?.speaker, 'John Okafor');
});

t.test('a pronoun with its auxiliary opening a quote ("He\'d", "They\'d", "I\'ve") is no actor: the statement is stated', async (t) => {
  for (const quote of ['"He\'d have Spanish coaches and a Spanish manager."', '"They\'d be much more likely to win the league."', '"All the years I\'ve been running and I\'m getting recognition."']) {
    const s = one(`Coach Sam Allardyce said: ${quote}`, quote.slice(1, 12));
    t.equal(s?.speaker, 'Sam Allardyce', quote);
    t.equal(s?.kind, 'stated', quote);
    t.same(s?.about, [], quote);
  }
});

t.test('a sentence closed by ", SPEAKER VERB" is that speaker\'s, even when a noun like "plans" or "claims" looked like a cue before', async (t) => {
  const cases: Array<[string, string, string]> = [
    ['Tory plans to cut immigration are not racist and will make the asylum system fairer, Michael Howard has said.', 'Michael Howard', 'Tory plans to cut immigration are not racist and will make the asylum system fairer'],
    ['Proposals to process all claims abroad would not work, argued Mr Blair.', 'Blair', 'Proposals to process all claims abroad would not work'],
    ['Although Mr Jacobsen got hold of some data, it is thought he failed to get card numbers, said Mr Dobrow.', 'Dobrow', 'Although Mr Jacobsen got hold of some data, it is thought he failed to get card numbers'],
  ];
  for (const [text, speaker, content] of cases) {
    const { statements } = extract(text);
    t.same(statements.map((s) => [s.speaker, s.text]), [[speaker, content]], text);
  }
});

t.test('names that look like other words: a month as a surname, a place after "MP for", a capitalised "Hope" in a list of names', async (t) => {
  t.equal(one('Labour MSP Christine May had said Mr McLetchie was "very clever" to ask the clerk.', 'very clever')?.speaker, 'Christine May');
  t.same(extract('Last July, Mr Balls won the right to stand, defending the Labour stronghold of Normanton.').statements, []);
  t.equal(one('"What sort of model does it give to the nation?" the Labour MP for Birkenhead asked.', 'sort of model')?.speaker, 'the Labour MP for Birkenhead');
  const { statements } = extract('Lady Hale, sitting with Lords Bingham, Steyn, Hope and Carswell, said many Roma had good reason to leave.');
  t.same(statements.map((s) => [s.speaker, s.cue, s.text]), [['Hale', 'said', 'many Roma had good reason to leave']]);
});

t.test('"Having said that," and "That said," report no one', async (t) => {
  t.same(extract('Having said that, Burnley are yet to concede a goal in this Cup run.').statements, []);
  t.same(extract('That said, the club expects to sign two players in January.').statements, []);
});

t.test('"He said" after "the party leader said" stays with the leader named before: a definite role is no new unnamed speaker', async (t) => {
  const text = 'Voters will have a clear choice between fear and hope, said Charles Kennedy.\n\n' +
    'In his New Year message the Liberal Democrat leader said Labour and the Conservatives relied on fear. He said his party was ready for a 2005 poll.';
  t.equal(one(text, 'ready for a 2005 poll')?.speaker, 'Charles Kennedy');
});

/** Each case: text, a piece of the statement's text, its speaker and its kind. */
function speakers(t: Test, cases: Array<[string, string, string | null, 'stated' | 'claimed' | null]>): void {
  for (const [text, contains, speaker, kind] of cases) {
    const s = one(text, contains);
    t.same([s?.speaker, s?.kind], [speaker, kind], contains);
  }
}

t.test('"He said" after a new person is introduced ("came from X, role at Y", "X, who is …,") is the new person\'s', async (t) => {
  const text = '"Sales will double," said Mr Hollis. "It is the best product this year," he said.\n\n' +
    'One dissenting opinion came from Peter Ruddle, vice-president of research at analysts Norland. He said: "I do not think it changes anything." ' +
    'Also, he said, the device was expensive.';
  const relative = 'Prices will fall, said Dr Anna Kemp. Lord Arbery, who is chairman of the audit committee, was giving evidence to MPs on Monday. ' +
    'He said the contract had been a fiasco.';
  speakers(t, [
    [text, 'changes anything', 'Peter Ruddle', 'stated'],
    [text, 'device was expensive', 'Peter Ruddle', 'stated'],
    [text, 'best product', 'Hollis', 'stated'],
    [relative, 'fiasco', 'Arbery', 'stated'],
    [
      'The deal was struck on Monday, said the minister, John Pratt.\n\nBut Edward Lyle, who is chairman of the audit committee, warned the council would have to work hard. ' +
        'He said: "The first attempt was a fiasco."',
      'was a fiasco', 'Edward Lyle', 'stated',
    ],
    [
      '"We will lower rates," said the governor, Mark Tolley. Dana Whitcombe, editor of Money Weekly, has a rather different view. "It is a gamble and savers will pay."',
      'savers will pay', 'Dana Whitcombe', 'stated',
    ],
  ]);
});

t.test('an introduced person does not take "he" when the writer turns back to the last speaker or when the name only modifies a noun', async (t) => {
  speakers(t, [
    [
      '"We were lucky," said striker Tom Ellery. Midfielder Sam Okoro, who joined in May, scored late on. Ellery is confident the side can win. ' +
        'He added: "We can still catch the leaders."',
      'catch the leaders', 'Tom Ellery', 'stated',
    ],
    [
      '"It was a great night," said coach Ian Bellamy. The former Rovers and City boss is planning for next season. He said: "We need two new players."',
      'two new players', 'Ian Bellamy', 'stated',
    ],
  ]);
});

t.test('a party ("the Tories", "Lib Dems") is an organisation: never the "he" or "she" who spoke, and "it" is not the Lib Dems\'', async (t) => {
  const only = 'The Lib Dems say the plan is unfair. He said taxes would rise.';
  const it = 'The Lib Dems say Labour is telephoning people who asked not to be called. Labour denies breaking the rules. It says the calls are surveys.';
  speakers(t, [
    [
      'Charles Penrose has told voters his party will offer them an honest choice.\n\n' +
        'Labour and the Tories have attacked his policies as unworkable. The Tories claim they can improve services and cut taxes. ' +
        'But he believes voters are ready to pay more for better schools.',
      'voters are ready', 'Charles Penrose', 'stated',
    ],
    [only, 'taxes would rise', null, null],
    [it, 'calls are surveys', 'Labour', 'stated'],
    [it, 'telephoning people', 'Lib Dems', 'claimed'],
    ['Tory Mark Fenwick said the asylum system needed a cap.', 'needed a cap', 'Mark Fenwick', 'stated'],
  ]);
  t.same(extract(only).actors.filter((a) => a.name === 'Lib Dems').map((a) => a.type), ['organization']);
});

t.test('a month that is a first name ("Jan Shaw") is part of the name; a bare surname never takes a different first name', async (t) => {
  const text = 'Philip Shaw, an economist, said rates would rise. Amnesty International\'s Jan Shaw said: "The ruling is welcome."';
  const titled = 'Tony Hale met Cherie Hale at the gala. Mrs Hale said she was happy. Mr Hale said taxes would fall.';
  speakers(t, [
    [text, 'ruling is welcome', 'Jan Shaw', 'stated'],
    [text, 'rates would rise', 'Philip Shaw', 'stated'],
    ['In June Smith said the plan would fail.', 'plan would fail', 'Smith', 'stated'],
    ['The IMF published its report on Monday. June Carter, a trader, said the April IMF forecast was too gloomy.', 'too gloomy', 'June Carter', 'stated'],
    [titled, 'she was happy', 'Cherie Hale', 'stated'],
    [titled, 'taxes would fall', 'Tony Hale', 'stated'],
  ]);
  t.notOk(extract('The April IMF forecast was gloomy, the fund said.').actors.some((a) => a.name.startsWith('April')));
});

t.test('"called X" naming a thing reports no one: ", called TiVoToGo, which …", "the song is called …"', async (t) => {
  const gates = extract('Bill Gates announced a partnership with TiVo, called TiVoToGo, which means people can play recorded programmes on PCs.').statements;
  t.same(gates.map((s) => [s.speaker, s.kind, s.cue]), [['Bill Gates', 'stated', 'announced']]);
  t.same(extract('The song is called Gonna Have a No 1 This Christmas by Moped.').statements, []);
  t.same(extract('It is launching a test service to allow people to publish blogs, called MSN Spaces.').statements, []);
  speakers(t, [['Mr Smith, who spoke at the conference, called the plan a disaster.', 'the plan a disaster', 'Smith', 'stated']]);
});
