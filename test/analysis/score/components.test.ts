// Sentences written to break each component: negation scope, double negation,
// pseudo-triggers, antonyms in another clause, numbers in other units, unrelated pairs.
import t from 'tap';
import { scorePair } from '../../../src/analysis/score/index.js';
import { compareTexts } from '../../../src/analysis/score/compare.js';
import type { PairScore, ScoringStatement } from '../../../src/analysis/types.js';
import { analyze } from '../../../src/analysis/score/analyze.js';
import { wording, differences } from '../../../src/analysis/score/wording.js';
import { modality } from '../../../src/analysis/score/modality.js';
import { align } from '../../../src/analysis/score/align.js';

function s(text: string, speaker: string | null = null): ScoringStatement {
  return { text, speaker, speakerAffiliation: [], kind: null, about: [], documentId: null };
}
/** A speaker's statement in a document of its own (one per speaker). */
function said(text: string, speaker: string): ScoringStatement {
  return { ...s(text, speaker), documentId: speaker };
}
function cmp(a: string, b: string): PairScore {
  return scorePair(s(a), s(b), { sameEvent: false });
}
function types(r: PairScore): string[] {
  return [...new Set(r.cues.map((c) => c.type))].sort();
}
function spansOk(a: string, b: string, r: PairScore): boolean {
  return r.cues.every((c) => (!c.a || a.slice(c.a.start, c.a.end) === c.a.text) && (!c.b || b.slice(c.b.start, c.b.end) === c.b.text));
}

t.test('negation on the shared predicate is a conflict', async (t) => {
  const a = 'The government will withdraw its troops from the region.';
  const b = 'No one will withdraw troops from the region.';
  const r = cmp(a, b);
  t.ok(r.flag, `score ${r.score}`);
  t.same(types(r), ['negation']);
  t.ok(spansOk(a, b, r));
  t.match(r.cues[0]!.b!.text, /^No one will withdraw/);
});

t.test('a negation out of scope (after "but") does not count', async (t) => {
  const r = cmp('The minister did not attend the summit, but the talks produced a deal.', 'The talks produced a deal.');
  t.notOk(r.cues.some((c) => c.type === 'negation'), JSON.stringify(r.cues));
  t.notOk(r.flag);
});

t.test('an unrelated "not" elsewhere in the statement does not count', async (t) => {
  const r = cmp('Officials said the bridge reopened on Monday and traffic was not heavy.', 'The bridge reopened on Monday.');
  t.notOk(r.cues.some((c) => c.type === 'negation'));
  t.notOk(r.flag, `score ${r.score}`);
});

t.test('double negation cancels', async (t) => {
  const r = cmp('The council approved the plan.', 'It is not true that the council did not approve the plan.');
  t.notOk(r.cues.some((c) => c.type === 'negation'), JSON.stringify(r.cues));
});

t.test('neither … nor is one negation', async (t) => {
  const r = cmp('Neither the army nor the police attacked the protesters.', 'The police attacked the protesters.');
  t.ok(r.cues.some((c) => c.type === 'negation'), JSON.stringify(r.cues));
});

t.test('pseudo-triggers do not negate', async (t) => {
  for (const b of ['Not only did the company raise prices, it also cut jobs.', 'There is no doubt the company raised prices.']) {
    const r = cmp('The company raised prices.', b);
    t.notOk(r.cues.some((c) => c.type === 'negation'), b);
  }
});

t.test('verbs of refusal negate their complement', async (t) => {
  const r = cmp('Moscow accepted a ceasefire in the east.', 'Moscow refused to accept a ceasefire in the east.');
  t.ok(r.cues.some((c) => c.type === 'negation'), JSON.stringify(r.cues));
  t.ok(r.flag);
});

t.test('antonyms in the same slot conflict; synonyms and hypernyms do not', async (t) => {
  t.same(types(cmp('The restaurant is near the station.', 'The restaurant is far from the station.')).includes('antonym'), true);
  t.ok(cmp('A black dog is chasing its tail.', 'A pink dog is chasing its tail.').flag);
  t.ok(cmp('The boy is eating in the kitchen.', 'The boy is eating in the bathroom.').flag);
  t.notOk(cmp('A little boy climbs a hill.', 'A small boy climbs a hill.').flag);
  t.notOk(cmp('A man is playing a saxophone.', 'A man is playing an instrument.').flag);
});

t.test('an antonym in a different clause does not count', async (t) => {
  const r = cmp('Peace returned to the valley last spring.', 'The valley was calm last spring, although war raged in the north.');
  t.notOk(r.cues.some((c) => c.type === 'antonym'), JSON.stringify(r.cues));
});

t.test('"not war" agrees with "peace"', async (t) => {
  const r = cmp('The two countries are at peace.', 'The two countries are not at war.');
  t.notOk(r.cues.some((c) => c.type === 'antonym'), JSON.stringify(r.cues));
});

t.test('numbers are compared after normalising words and units', async (t) => {
  t.notOk(cmp('The ceasefire will last two weeks.', 'The ceasefire will last 14 days.').cues.some((c) => c.type === 'number'));
  t.notOk(cmp('The man is near two children.', 'The man is near 2 children.').flag);
  const r = cmp('The attack killed 11 people.', 'The attack killed 12 people.');
  t.ok(r.cues.some((c) => c.type === 'number'));
  t.ok(r.flag, `score ${r.score}`);
  const d = cmp('Both sides agreed to a 30-day ceasefire.', 'Both sides agreed to a temporary ceasefire.');
  t.ok(d.cues.some((c) => c.type === 'number'), JSON.stringify(d.cues));
  t.notOk(cmp('The attack killed 11 people.', 'The storm destroyed 12 houses.').cues.some((c) => c.type === 'number'));
});

t.test('modality and condition against a firm claim', async (t) => {
  const a = 'Russia will immediately start talks on a ceasefire.';
  const b = 'Russia may consider a ceasefire if corresponding agreements are reached.';
  const r = scorePair(
    { ...s(a, 'Donald Trump'), kind: 'claimed', about: ['Russia'] },
    { ...s(b, 'Vladimir Putin'), speakerAffiliation: ['Russia'], kind: 'stated' },
    { sameEvent: true },
  );
  t.ok(r.flag);
  t.equal(r.kind, 'stated-vs-claimed');
  t.same(types(r).filter((x) => x === 'modality' || x === 'condition'), ['condition', 'modality']);
  t.ok(spansOk(a, b, r));
  const cond = r.cues.find((c) => c.type === 'condition')!;
  t.equal(cond.b!.text, 'if corresponding agreements are reached');
});

t.test('tone of two accounts of one event', async (t) => {
  const a = 'The talks were excellent.';
  const b = 'The talks were difficult and frank.';
  const r = scorePair(s(a, 'A'), s(b, 'B'), { sameEvent: true });
  t.ok(r.flag);
  t.equal(r.kind, 'divergent-accounts');
  t.ok(types(r).includes('tone'));
  // the same words outside one event are no divergence
  t.notOk(scorePair(s(a, 'A'), s(b, 'B'), { sameEvent: false }).flag);
});

t.test('wording drift: one quote rendered two ways by the same speaker', async (t) => {
  const a = 'This is a trap that they want us to fall into.';
  const b = 'This is a trap that they want us to walk into.';
  const r = scorePair({ ...s(a, 'K'), documentId: 'd1' }, { ...s(b, 'K'), documentId: 'd2' }, { sameEvent: false });
  t.ok(r.flag);
  t.equal(r.kind, 'quote-variant');
  const w = r.cues.find((c) => c.type === 'wording')!;
  t.equal(w.a!.text, 'fall');
  t.equal(w.b!.text, 'walk');
  // the same document quoting itself is not a variant
  t.notOk(scorePair({ ...s(a, 'K'), documentId: 'd1' }, { ...s(b, 'K'), documentId: 'd1' }, { sameEvent: false }).flag);
});

t.test('the same speaker saying different things is not flagged', async (t) => {
  const r = scorePair(s('We will not withdraw.', 'X'), s('We will withdraw our forces.', 'X'), { sameEvent: true });
  t.notOk(r.flag);
  t.equal(r.kind, null);
});

t.test('unrelated statements with a negation are not flagged', async (t) => {
  const r = cmp('The central bank did not change interest rates.', 'The football team won the cup on Sunday.');
  t.notOk(r.flag, `score ${r.score}`);
  t.ok(r.relatedness < 0.3, `relatedness ${r.relatedness}`);
});

t.test('same event makes accounts related with no word in common', async (t) => {
  const r = scorePair(s('excellent', 'A'), s('very meaningful and frank', 'B'), { sameEvent: true });
  t.ok(r.relatedness >= 0.6);
});

t.test('compareTexts: shapes and ranges', async (t) => {
  const r = compareTexts({ a: 'There is no woman cutting broccoli', b: 'A woman is cutting broccoli' });
  t.ok(r.score >= 0 && r.score <= 1 && r.relatedness >= 0 && r.relatedness <= 1);
  t.ok(r.flag);
  t.equal(r.kind, 'contradiction');
  for (const v of Object.values(r.components)) t.type(v, 'number');
  const q = compareTexts({ a: 'trap that Putin wants us to fall into', b: 'trap that Putin wants us to walk into', speakerA: 'Kaja Kallas', speakerB: 'Kaja Kallas' });
  t.equal(q.kind, 'quote-variant');
  const e = compareTexts({ a: '', b: '' });
  t.notOk(e.flag);
});

t.test('every flag carries a cue', async (t) => {
  const pairs: Array<[string, string]> = [
    ['A man is playing a guitar.', 'A man is not playing a guitar.'],
    ['The vote was held in March 2024.', 'The vote was held in June 2024.'],
    ['Prices rose sharply.', 'Prices fell sharply.'],
  ];
  for (const [a, b] of pairs) {
    const r = cmp(a, b);
    if (r.flag) t.ok(r.cues.length > 0, a);
    t.ok(spansOk(a, b, r));
  }
});

t.test('"will" as a noun is no certainty ("the will to play")', async (t) => {
  t.equal(analyze('The will to play in this game was enormous.').certain.length, 0);
  t.equal(analyze('They will play in this game.').certain.length, 1);
});

t.test('a hyphen is no change of wording ("try-scorers" / "tryscorers")', async (t) => {
  const a = analyze('Bell was among the tryscorers when England A beat France A nine days ago.');
  const b = analyze('Bell was among the try-scorers when England A beat France A nine days ago.');
  const w = wording(a, b);
  t.equal(w.drift, 0);
  t.equal(differences(a, b, w).cues.length, 0);
  const changed = wording(a, analyze('Bell was among the scorers when England A beat France A nine days ago.'));
  t.ok(changed.drift > 0, 'another word is');
});

t.test('a quote variant needs a change that carries meaning', async (t) => {
  const say = (text: string, doc: string): ScoringStatement => ({ text, speaker: 'Kaja Kallas', speakerAffiliation: [], kind: null, about: [], documentId: doc });
  const variant = (a: string, b: string) => scorePair(say(a, '1'), say(b, '2'), { sameEvent: true });
  for (const [a, b] of [
    ['There is a strong case for a judge-led judicial review of the visa affair.', 'There was a strong case for a judge-led judicial review of the visa affair.'],
    ['They want the publication of the full legal advice given by the Attorney General.', 'They still want the publication of the full legal advice given by the Attorney General.'],
    ['Military action was lawful under the existing Security Council resolutions passed before the war.', 'Military action was lawful under the existing (UN) Security Council resolutions passed before the war.'],
  ] as const) {
    const r = variant(a, b);
    t.notOk(r.flag, `${b}: score ${r.score}`);
  }
  for (const [a, b] of [
    ['The cigarette firms must surrender $280bn in profits accumulated over the past 50 years.', 'The cigarette firms must disgorge $280bn in profits accumulated over the past 50 years.'],
    ['The law could favour large companies over small ones and hurt open-source software.', 'The law would favour large companies over small ones and hurt open-source software.'],
    ['It is a trap that Putin wants us to fall into, and we should not.', 'It is a trap that Putin wants us to walk into, and we should not.'],
  ] as const) {
    const r = variant(a, b);
    t.ok(r.flag, `${b}: score ${r.score}`);
    t.equal(r.kind, 'quote-variant');
  }
});

t.test('between reported statements only a change of quoted words, a modal or a number is a quote variant', async (t) => {
  const inDoc = (text: string, doc: string, mode: 'direct' | 'indirect' | 'mixed'): ScoringStatement => ({ text, speaker: 'G8 ministers', speakerAffiliation: [], kind: null, about: [], documentId: doc, mode });
  const variant = (a: string, b: string, ma: 'direct' | 'indirect' | 'mixed', mb: 'direct' | 'indirect' | 'mixed') =>
    scorePair(inDoc(a, '1', ma), inDoc(b, '2', mb), { sameEvent: true });
  const increase = 'they want to increase the amount of aid they give to 0.7% of their national income by 2015';
  const boost = 'they want to boost the amount of aid they give to 0.7% of their national income by 2015';
  t.notOk(variant(increase, boost, 'indirect', 'indirect').flag, 'two reporters paraphrasing one statement');
  // the same words as bare texts (POST /compare: mode unknown) are taken as the speaker's own
  const bare = scorePair({ ...inDoc(increase, '1', 'indirect'), mode: undefined }, { ...inDoc(boost, '2', 'indirect'), mode: undefined }, { sameEvent: true });
  t.equal(bare.kind, 'quote-variant');
  const quoted = variant(`they said they "want to increase the amount of aid" to 0.7% of national income by 2015`, `they said they "want to boost the amount of aid" to 0.7% of national income by 2015`, 'mixed', 'mixed');
  t.ok(quoted.flag, `a swap inside the quotation marks: score ${quoted.score}`);
  t.equal(quoted.kind, 'quote-variant');
  const modal = variant(increase, increase.replace('want to', 'may'), 'indirect', 'indirect');
  t.ok(modal.flag, `a modal changed in paraphrase still changes the commitment: score ${modal.score}`);
});

t.test('a spelling, a typo or an added aside is no quote variant; an added commitment is', async (t) => {
  const say = (text: string, doc: string): ScoringStatement => ({ text, speaker: 'Charles Clarke', speakerAffiliation: [], kind: null, about: [], documentId: doc });
  const variant = (a: string, b: string) => scorePair(say(a, '1'), say(b, '2'), { sameEvent: true });
  for (const [a, b] of [
    ['We will be studying the judgment carefully to see whether we can modify our legislation.', 'We will be studying the judgement carefully to see whether we can modify our legislation.'],
    ['They will probably pay an increasing role in helping file-sharing networks spread.', 'They will probably play an increasing role in helping file-sharing networks spread.'],
    ["Sony's Playstation Portable is the top gadget for 2005, the magazine's round-up says.", "Sony's Playstation Portable is the top UK gadget for 2005, the magazine's round-up says."],
  ] as const) t.notOk(variant(a, b).flag, b);
  for (const [a, b] of [
    ['Russia and Ukraine will start negotiations toward a ceasefire, the minister says.', 'Russia and Ukraine will immediately start negotiations toward a ceasefire, the minister says.'],
    ['The ministry expects 300 homes to receive their voting packs in time for the vote.', 'The ministry expects 3000 homes to receive their voting packs in time for the vote.'],
  ] as const) t.ok(variant(a, b).flag, b);
});

t.test('a condition counts against a firm statement only on what it governs, not on what it supposes', async (t) => {
  const condition = (a: string, b: string): number => {
    const x = analyze(a);
    const y = analyze(b);
    return modality(x, y, align(x, y)).condition;
  };
  const firm = 'The talks on a ceasefire will start immediately.';
  t.equal(condition(firm, 'A ceasefire is possible if agreements are reached.'), 1, 'the ceasefire is conditional');
  t.equal(condition(firm, 'If agreements are reached, a ceasefire is possible.'), 1, 'condition first, closed by a comma');
  // the shared word sits inside the supposition: nothing is said conditionally about it
  t.equal(condition('The budgets will add up this year.', 'If Kennedy is serious about his budgets he should explain the spending.'), 0);
});

t.test('a certainty or a hedge qualifies what follows it, not its subject', async (t) => {
  const gap = (a: string, b: string): number => {
    const x = analyze(a);
    const y = analyze(b);
    return modality(x, y, align(x, y)).modality;
  };
  t.equal(gap('Airlines will want to fly smaller aircraft.', 'The tussle may prove a defining moment for airlines.'), 0, 'airlines are the subject of "will"');
  t.equal(gap('The talks will start on a ceasefire.', 'There may be a ceasefire.'), 1, 'both qualify the ceasefire');
});

t.test('sister terms conflict only in otherwise the same sentence; opposites already in mostly the same', async (t) => {
  const one = compareTexts({ a: 'A man is playing a guitar on the stage tonight.', b: 'A man is playing a flute on the stage tonight.' });
  t.ok(one.flag, `one swap: score ${one.score}`);
  for (const [a, b] of [
    ["the decision by Britain's highest court that detaining foreign terrorist suspects without trial breaks human rights laws", "The government must act quickly on the Law Lords' ruling that detention of foreign terror suspects without trial is unlawful"],
    ['Of course I trust the prime minister.', 'election timing was a matter for the prime minister'],
  ] as const) {
    const r = scorePair(said(a, 'Jack Straw'), said(b, 'Mary Robinson'), { sameEvent: true });
    t.notOk(r.flag, `${a} / ${b}: score ${r.score}`);
  }
  const opposite = scorePair(said('The talks between the two governments in Geneva ended in success on Friday.', 'A'), said('The talks between the two governments in Geneva ended in failure, officials said on Friday.', 'B'), { sameEvent: true });
  t.ok(opposite.flag, `an opposite: score ${opposite.score}`);
});

t.test('a denied evaluation sets no tone', async (t) => {
  const denied = scorePair(said('Losing one game does not make the team a bad team.', 'A'), said('The team is a great team.', 'B'), { sameEvent: true });
  t.notOk(denied.cues.some((c) => c.type === 'tone'), JSON.stringify(denied.cues));
  const plain = scorePair(said('The team is a bad team.', 'A'), said('The team is a great team.', 'B'), { sameEvent: true });
  t.ok(plain.cues.some((c) => c.type === 'tone'), 'the same words undenied do');
});

t.test('one stem as a noun and as a verb is a weak match; "U.S." ends no clause; a compound and its own word are no sisters', async (t) => {
  const x = analyze("You don't do deals over jobs like this");
  const y = analyze('We are in government to get on with the job, to deal with the challenges');
  const al = align(x, y);
  const deals = x.units.findIndex((u) => u.key === 'deals');
  t.ok(al.qa[deals]! < 0.69, `"do deals" / "to deal": quality ${al.qa[deals]}`);
  const same = align(x, analyze('They do deals over jobs'));
  t.equal(same.qa[deals], 1, 'the noun twice is the same word');
  // the negation covers the whole predicate past the abbreviation
  const us = analyze('U.S. Military did not evacuate U.S. citizens.');
  t.ok(us.units.find((u) => u.key === 'citizens')?.negated, 'scope runs past "U.S."');
  t.notOk(analyze('They did not come. Citizens left.').units.find((u) => u.key === 'citizens')?.negated, 'a real full stop ends it');
  const r = compareTexts({ a: 'US military forces are evacuating U.S. citizens from Liberia.', b: 'U.S. Military did not evacuate U.S. citizens.' });
  t.ok(r.flag && r.cues.some((c) => c.type === 'negation'), `score ${r.score}`);
});

t.test('two speakers each saying what they themselves will or will not do have no shared doer', async (t) => {
  const own = scorePair(said('I will never answer any questions about this man again.', 'Arsene Wenger'), said('We will answer all the questions about this man in the inquiry.', 'David Blunkett'), { sameEvent: true });
  t.notOk(own.flag, `score ${own.score}`);
  t.notOk(own.cues.some((c) => c.type === 'negation'));
  // a pronoun framing a proposition about something else is no doer
  const framed = scorePair(said("I'm sure there's no under-age drinking in the Highlands.", 'Jack McConnell'), said('We all know that under-age drinking in the Highlands is an issue.', 'Nicola Sturgeon'), { sameEvent: true });
  t.ok(framed.flag, `score ${framed.score}`);
  // the same doer named on both sides still conflicts
  const named = scorePair(said('Wenger will never answer any questions about this man again.', 'A'), said('Wenger will answer all the questions about this man in the inquiry.', 'B'), { sameEvent: true });
  t.ok(named.flag, `score ${named.score}`);
});

t.test('a date added in one reporter\'s paraphrase is no changed quote; a changed number is', async (t) => {
  const inDoc = (text: string, doc: string): ScoringStatement => ({ ...s(text, 'the book'), documentId: doc, mode: 'indirect' });
  const added = scorePair(inDoc('the prime minister changed his mind following intervention from allies in the Cabinet', '1'), inDoc('the prime minister changed his mind in June 2004 following intervention from allies in the Cabinet', '2'), { sameEvent: true });
  t.not(added.kind, 'quote-variant', `score ${added.score}`);
  const changed = scorePair(inDoc('the prime minister changed his mind in June 2004 following intervention from allies in the Cabinet', '1'), inDoc('the prime minister changed his mind in June 2003 following intervention from allies in the Cabinet', '2'), { sameEvent: true });
  t.equal(changed.kind, 'quote-variant', `score ${changed.score}`);
});

t.test('a general noun ("thing", "matter") is no sister term of anything', async (t) => {
  const r = compareTexts({ a: 'Checking the wording of travel policies is important.', b: 'The important thing was action and not words.' });
  t.notOk(r.cues.some((c) => c.type === 'antonym' && /thing/.test(c.note)), JSON.stringify(r.cues));
  t.notOk(r.flag, `score ${r.score}`);
  // a real category still counts
  t.ok(compareTexts({ a: 'A man is playing a guitar on the stage tonight.', b: 'A man is playing a violin on the stage tonight.' }).flag);
});

t.test('a word spelt with and without its hyphen, and a dropped "is", change no quote', async (t) => {
  const inDoc = (text: string, doc: string): ScoringStatement => ({ ...s(text, 'Robert Peston'), documentId: doc, mode: 'direct' });
  const r = scorePair(
    inDoc('"What the book says is there is now a pretty profound mutual mistrust. I think in public you see this double-act pretending everything is alright."', '1'),
    inDoc('"What the book says is there now a pretty profound mutual mistrust. I think in public you see this double act pretending everything is alright."', '2'),
    { sameEvent: true },
  );
  t.not(r.kind, 'quote-variant', `score ${r.score}`);
  const changed = scorePair(
    inDoc('"What the book says is there is now a pretty profound mutual mistrust. I think in public you see this double-act pretending everything is alright."', '1'),
    inDoc('"What the book says is there is now a pretty profound mutual respect. I think in public you see this double-act pretending everything is alright."', '2'),
    { sameEvent: true },
  );
  t.equal(changed.kind, 'quote-variant', 'a swapped word inside the quote is');
});

t.test('a word in another conjunct before an "if" is not conditional; "subject to abuse" is no condition', async (t) => {
  const condition = (a: string, b: string): number => {
    const x = analyze(a);
    const y = analyze(b);
    return modality(x, y, align(x, y)).condition;
  };
  const firm = 'What we must do is make the squad stronger.';
  t.equal(condition(firm, 'He knows how to strengthen the squad and if the right players become available we will buy them.'), 0);
  t.equal(condition(firm, 'We will make the squad stronger if the right players become available.'), 1, 'the squad is what the condition governs');
  t.equal(analyze('All systems around the world were subject to abuse.').conditions.length, 0);
});

t.test('figures over different periods do not conflict; durations and the same period do', async (t) => {
  const numberCue = (a: string, b: string): boolean => compareTexts({ a, b }).cues.some((c) => c.type === 'number');
  t.notOk(numberCue('Gross domestic product rose by 1.7% last year.', 'Gross domestic product rose by 0.7% in the three months to December.'));
  t.ok(numberCue('Gross domestic product rose by 1.7% last year.', 'Gross domestic product rose by 0.7% last year.'));
  t.ok(numberCue('He was sentenced to 18 months in jail.', 'He was sentenced to three years in jail.'), 'durations compare as durations');
});

t.test('an evaluation before a noun targets its possessor, not the subject before it nor the noun itself', async (t) => {
  const team = scorePair(said('Chelsea failed to present themselves at the press conference.', 'A'), said('Chelsea have a good team full of big stars.', 'B'), { sameEvent: true });
  t.notOk(team.cues.some((c) => c.type === 'tone'), `praising the team is no verdict on the club's conduct: ${JSON.stringify(team.cues)}`);
  const possessor = scorePair(said("The prime minister praised his chancellor's brilliant performance.", 'A'), said('The chancellor had failed to deal with the looming problems.', 'B'), { sameEvent: true });
  t.ok(possessor.cues.some((c) => c.type === 'tone'), 'the possessor of the evaluated thing is evaluated');
  const same = scorePair(said("It was the chancellor's brilliant performance.", 'A'), said("The chancellor's poor performance was criticised.", 'B'), { sameEvent: true });
  t.ok(same.cues.some((c) => c.type === 'tone'), 'two evaluations of one possessor');
  const game = scorePair(said('It was a great game for the fans in Cardiff.', 'A'), said('It will be a tough game for the fans in Rome.', 'B'), { sameEvent: true });
  t.notOk(game.cues.some((c) => c.type === 'tone'), 'a common noun evaluated on both sides is no shared target');
});

t.test('a denial by a share of a group ("36% of users have never …") is no denial that others do it', async (t) => {
  for (const denial of ['36% of camera phone users have never sent a picture message.', 'Eight out of 10 camera phone users have never sent a picture message.', 'A third of camera phone users have never sent a picture message.']) {
    const r = scorePair(said(denial, 'A'), said('Camera phone users have sent picture messages.', 'B'), { sameEvent: false });
    t.notOk(r.cues.some((c) => c.type === 'negation' && r.flag), `${denial}: ${r.score} ${JSON.stringify(r.cues)}`);
  }
  const whole = scorePair(said('Camera phone users have never sent a picture message.', 'A'), said('Camera phone users have sent picture messages.', 'B'), { sameEvent: false });
  t.ok(whole.flag, `the whole group denied: ${whole.score}`);
});

t.test('"don\'t see why …" and "hasn\'t said whether …" deny nothing of the clause they frame; "cannot see the woman" does', async (t) => {
  const why = cmp("I don't see why the prime minister has to get involved in this.", 'The prime minister should get involved in this.');
  t.notOk(why.flag, `a question framed: ${why.score} ${JSON.stringify(why.cues)}`);
  const whether = cmp('The minister has not said whether the talks with the unions will resume.', 'The talks with the unions will resume.');
  t.notOk(whether.flag, `a report framed: ${whether.score}`);
  const seeing = cmp('A man in a black shirt cannot see the woman behind him.', 'A man in a black shirt can see the woman behind him.');
  t.ok(seeing.flag, `seeing itself denied: ${seeing.score}`);
});

t.test('opposing something denies nothing of it; opposing is the opposite of supporting', async (t) => {
  const debated = cmp('The Liberal Democrats will oppose the bill when it is debated next Monday.', 'The bill will be debated in the Commons next Monday.');
  t.notOk(debated.flag, `opposing the bill is no denial that it is debated: ${debated.score} ${JSON.stringify(debated.cues)}`);
  const stance = cmp('The Liberal Democrats support the bill on identity cards.', 'The Liberal Democrats oppose the bill on identity cards.');
  t.ok(stance.flag, `support / oppose: ${stance.score}`);
});

/** A statement as the service stores it: the reported text without its reporting verb. */
function reported(text: string, speaker: string, cue: string): ScoringStatement {
  return { ...said(text, speaker), mode: 'indirect', cue };
}

t.test('a statement reported by a verb of denial or refusal says the opposite of its bare text', async (t) => {
  const fact = reported('The minister took money from the firm.', 'Reporter', 'said');
  const denied = scorePair(reported('he had taken money from the firm', 'The minister', 'denied'), fact, { sameEvent: true });
  t.ok(denied.flag, `"denied he had taken money" against "took money": ${denied.score}`);
  t.ok(denied.cues.some((c) => c.type === 'negation' && c.note.includes('denied')), JSON.stringify(denied.cues));
  const stated = scorePair(reported('he had taken money from the firm', 'The minister', 'admitted'), fact, { sameEvent: true });
  t.notOk(stated.flag, `"admitted he had taken money" agrees: ${stated.score}`);
  const refused = scorePair(reported('to sign up to the Kyoto treaty', 'United States', 'refused'), reported('the US is unwilling to sign up to the Kyoto treaty', 'Downing Street', 'said'), { sameEvent: true });
  t.notOk(refused.flag, `refusing to sign and unwillingness to sign agree: ${refused.score}`);
  // a direct quote carries its own words: '"I never took money from the firm," he denied' is one denial, not two
  const quoted = scorePair({ ...said('The minister never took money from the firm.', 'The minister'), mode: 'direct', cue: 'denied' }, fact, { sameEvent: true });
  const plainQuote = scorePair({ ...said('The minister never took money from the firm.', 'The minister'), mode: 'direct', cue: 'said' }, fact, { sameEvent: true });
  t.ok(quoted.flag, `a quoted denial: ${quoted.score}`);
  t.equal(quoted.score, plainQuote.score, 'read as its own words, whatever verb reported it');
  // every span indexes the stored text, not the text with its verb in front
  const text = 'he had taken money from the firm';
  for (const c of denied.cues) t.equal(c.a && text.slice(c.a.start, c.a.end), c.a?.text ?? null);
});

t.test('a demand is no account of the facts; two demands still conflict', async (t) => {
  const failed = reported('ministers had so far failed to reassure care agencies', 'Andrew Hogg', 'said');
  const urged = scorePair(reported('ministers to reassure care agencies that enough funding is in place', 'SNP', 'called on'), failed, { sameEvent: true });
  t.notOk(urged.flag, `asking ministers to reassure is no claim that they did: ${urged.score} ${JSON.stringify(urged.cues)}`);
  const plain = scorePair(reported('ministers have reassured care agencies that enough funding is in place', 'SNP', 'said'), failed, { sameEvent: true });
  t.ok(plain.flag, `the same words as a statement of fact conflict: ${plain.score}`);
  const both = scorePair(reported('Ken Livingstone to apologise for his comment to a reporter', 'Tony Blair', 'urged'), reported('Ken Livingstone should not apologise for his comment to a reporter', 'Boris Johnson', 'said'), { sameEvent: true });
  t.ok(both.flag, `"urged him to apologise" against "should not apologise": ${both.score}`);
  const refusal = scorePair(reported('the union to withdraw its members from the depot', 'The company', 'called on'), reported('no one will withdraw our members from the depot', 'The union', 'said'), { sameEvent: true });
  t.ok(refusal.flag, `a demand meets a refusal of what it asks: ${refusal.score}`);
  const wish = scorePair(reported('Russia does not want peace in the region', 'Kaja Kallas', 'said'), reported('Russia favours peace in the region', 'Vladimir Putin', 'said'), { sameEvent: true });
  t.ok(wish.flag, `"does not want peace" is a wish denied, not a demand: ${wish.score}`);
  const wanted = cmp('It was so cold, nobody wanted to go near the water.', 'It was so cold, everybody wanted to go near the water.');
  t.ok(wanted.flag, `wants on both sides compare as usual: ${wanted.score}`);
  const but = cmp('Guatemala demands that imported pets have a rabies vaccination, but will not accept the pet passport as proof.', 'Guatemala accepts the pet passport as proof of vaccination.');
  t.ok(but.score > 0.6, `a demand ends at "but": ${but.score}`);
});

t.test('a verb opening the evaluated clause is not what the evaluation is about', async (t) => {
  const r = scorePair(said('The flexible architecture means that it would be useful for many applications.', 'A'), said('Such sums mean it will be difficult for anyone to start a studio.', 'B'), { sameEvent: true });
  t.notOk(r.cues.some((c) => c.type === 'tone'), `"means that it would be useful" / "mean it will be difficult": ${JSON.stringify(r.cues)}`);
  const talks = scorePair(said('The talks in Geneva were excellent.', 'A'), said('The talks in Geneva were difficult.', 'B'), { sameEvent: true });
  t.ok(talks.cues.some((c) => c.type === 'tone'), 'the subject evaluated on both sides still counts');
});

t.test('a speaker that is a share of a group says it of that share ("16%: none of their cards had been replaced")', async (t) => {
  const other = reported('card holders have received replacement cards from their card providers', 'The banks', 'said');
  const share = scorePair(reported('none of their cards had been replaced', '16%', 'said'), other, { sameEvent: true });
  t.notOk(share.flag, `16% of card holders: ${share.score} ${JSON.stringify(share.cues)}`);
  const group = scorePair(reported('none of their cards had been replaced', 'Card holders', 'said'), other, { sameEvent: true });
  t.ok(group.flag, `the whole group: ${group.score}`);
  for (const c of share.cues) t.equal(c.a && 'none of their cards had been replaced'.slice(c.a.start, c.a.end), c.a?.text ?? null);
});

t.test('a denial someone tries to make others believe is their claim, not the speaker\'s denial', async (t) => {
  const convince = scorePair(said('Mr Brown conjured balances out of thin air in a bid to convince people there was no black hole in the public finances.', 'Michael Howard'), said('There is a black hole in the public finances.', 'George Osborne'), { sameEvent: true });
  t.notOk(convince.flag, `"to convince people there was no black hole": ${convince.score} ${JSON.stringify(convince.cues)}`);
  const own = scorePair(said('There was no black hole in the public finances.', 'Gordon Brown'), said('There is a black hole in the public finances.', 'George Osborne'), { sameEvent: true });
  t.ok(own.flag, `the speaker's own denial: ${own.score}`);
});
