import t from 'tap';
import { extract } from '../../../src/analysis/extract/index.js';
import type { ExtractedStatement } from '../../../src/analysis/types.js';

// Whether a speaker is a person or an organisation, and which name speaks, as the BBC set showed them wrong;
// sentences written for these tests.
function one(text: string, contains: string): ExtractedStatement | undefined {
  return extract(text).statements.find((s) => s.text.includes(contains));
}

function typeOf(text: string, name: string): string | undefined {
  return extract(text).actors.find((a) => a.name === name)?.type;
}

t.test('an organisation word describing a person ("Committee chairman", "Deutsche Bank\'s", "Janco Partners analyst") leaves the person a person', async (t) => {
  const cases: Array<[string, string]> = [
    ['Committee chairman Michael Jack said the bill was a work in progress.', 'Michael Jack'],
    ["Deutsche Bank's Simon Champion says the issue had been an ongoing one.", 'Simon Champion'],
    ['"Wall Street has gotten ahead of itself," said Janco Partners analyst Martin Pyykkonen.', 'Martin Pyykkonen'],
    ['Bristol University political scientist Anne Alexander says the economy has become a key issue.', 'Anne Alexander'],
    ['Deputy High Court Judge Richard Mawrey said the men were running a vote-forging factory.', 'Richard Mawrey'],
  ];
  for (const [text, name] of cases) {
    t.equal(extract(text).statements[0]?.speaker, name, text);
    t.equal(typeOf(text, name), 'person', `${name} is a person`);
  }
  // the organisation named whole still is one
  t.equal(typeOf('The Bank of England said rates would rise.', 'Bank of England'), 'organization');
  t.equal(typeOf('The Home Affairs Committee said the rules were unclear.', 'Home Affairs Committee'), 'organization');
});

t.test('"Chancellor of the Exchequer Gordon Brown" is Gordon Brown, with the title as his role', async (t) => {
  const text = 'Chancellor of the Exchequer Gordon Brown said the economy was strong. The chancellor said borrowing would fall.';
  const x = extract(text);
  t.equal(x.statements.find((s) => s.text.includes('economy was strong'))?.speaker, 'Gordon Brown');
  t.equal(x.statements.find((s) => s.text.includes('borrowing'))?.speaker, 'Gordon Brown', 'the title names him again');
  t.equal(x.actors.find((a) => a.name === 'Gordon Brown')?.type, 'person');
  t.notOk(x.actors.some((a) => a.name.includes('Exchequer')), 'no actor named with the title');
  t.equal(one('Secretary of State for Health John Reid said waiting lists had fallen.', 'waiting lists')?.speaker, 'John Reid');
});

t.test('a person "of" an organisation ("Mike Powell of Dresdner Kleinwort Wasserstein") is that person', async (t) => {
  const cases: Array<[string, string]> = [
    ['Aviation analyst Mike Powell of Dresdner Kleinwort Wasserstein says the surcharge will fall short.', 'Mike Powell'],
    ['Peter Saunders of the CMF said advance refusals should be only advisory.', 'Peter Saunders'],
    ['Aviation analyst Nick Van den Brul of BNP Paribas described the results as modest.', 'Nick Van den Brul'],
  ];
  for (const [text, name] of cases) {
    t.equal(extract(text).statements[0]?.speaker, name, text);
    t.equal(typeOf(text, name), 'person', `${name} is a person`);
  }
  // a body's title joined by "of" still names the body
  t.match(one('The Bureau of Labor Statistics said jobs grew by more than expected.', 'jobs grew')?.speaker, /Bureau of Labor Statistics$/);
  t.equal(one('The Commission on Presidential Debates said the debate would go ahead.', 'debate would')?.speaker, 'Commission on Presidential Debates');
});

t.test('an organisation written as letters ("DrKW", "BA") is no person, and takes "it"', async (t) => {
  t.equal(typeOf('DrKW said the cuts were either to clear stock or a change in pricing.', 'DrKW'), 'organization');
  t.equal(typeOf('BA said fuel costs rose by a third.', 'BA'), 'organization');
  t.equal(one('BA warned that yields were expected to decline. However, it said sales would be better than forecast.', 'sales would be better')?.speaker, 'BA');
  // names written with an inner capital are still people's
  t.equal(typeOf('Leonardo DiCaprio said the welcome was loud.', 'Leonardo DiCaprio'), 'person');
  t.equal(typeOf('Paul McCartney said the show was loud.', 'Paul McCartney'), 'person');
  // initials before a surname are a person's
  t.equal(typeOf('JF Sullivan said firms were starting to value their mail.', 'JF Sullivan'), 'person');
});

t.test('a person named just before ", he said," is what is said, not who says it', async (t) => {
  const text = 'Senate Minority Leader Chuck Schumer has kept his party together. "It is the minds and hearts thing," said Sen. Richard Blumenthal. ' +
    'Schumer, he said, "knows the minds and hearts of his colleagues."';
  t.equal(one(text, 'knows the minds')?.speaker, 'Richard Blumenthal');
  t.equal(extract(text).actors.find((a) => a.name === 'Chuck Schumer')?.type, 'person', 'a leader of the Senate is a person');
  // a person named as the sentence's subject before the pronoun still takes it
  t.equal(one('Chuck Schumer met the president, and afterwards he said the talks had gone well.', 'talks had gone')?.speaker, 'Chuck Schumer');
});

t.test('a company is no person: named with a company word, with a party, "-based", or taking "it"', async (t) => {
  const cases: Array<[string, string]> = [
    ['SSL International refused to comment on reports it may be subject to a takeover.', 'SSL International'],
    ['Paramount Pictures say the film has the potential to spawn a series.', 'Paramount Pictures'],
    ['Blackwatch Petroleum Services says the sale is seen as a selling off of assets.', 'Blackwatch Petroleum Services'],
    ['British Airways blamed high fuel prices for a 40% drop in profits.', 'British Airways'],
    ['London UKIP asserts that Mr Hockney has a moral obligation to stand down.', 'London UKIP'],
    ['Houston-based Continental said that without cuts it expects to lose hundreds of millions of dollars.', 'Continental'],
    ['Yukos said it will sue Baikal and others involved in the sale.', 'Yukos'],
    ['Newry FC lost the appeal on Friday. Newry claimed they had uncovered fresh evidence.', 'Newry FC'],
  ];
  for (const [text, name] of cases) {
    t.equal(extract(text).statements[0]?.speaker ?? extract(text).statements[1]?.speaker, name, text);
    t.equal(typeOf(text, name), 'organization', `${name} is an organisation`);
  }
  // the description before a company's name is no part of it; an adverb after "the company" is no part of the source
  t.equal(one('Telecoms company SBC Communications said it expects to cut around 12,800 jobs.', '12,800')?.speaker, 'SBC Communications');
  t.equal(one('The company also said the restatement had been a monumental task.', 'monumental')?.speaker, 'The company');
  // people keep their type: a surname that is a company word, a person who says "it", one described as London-based
  t.equal(typeOf('Dwain Chambers said the race was fast.', 'Dwain Chambers'), 'person');
  t.equal(typeOf('Lord Holme said it was a dubious proposition.', 'Holme'), 'person');
  t.equal(typeOf("Mr Eavis' daughter Emily said it would be quite a big step in terms of ticketing.", 'Emily'), 'person');
  t.equal(typeOf('Chris Weitz directed the film. Weitz said it was the most important work of his life.', 'Chris Weitz'), 'person');
  t.equal(typeOf('London-based designer Paul Smith said the show was a success.', 'Paul Smith'), 'person');
});
