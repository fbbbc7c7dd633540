// A flag's evidence must be about a proposition both statements express: news-shaped pairs from
// one event (related anyway) where a "not", an opposite, a number or a tone word sits on
// something else, against the same shapes where it does sit on what both say.
import t from 'tap';
import { scorePair } from '../../../src/analysis/score/index.js';
import { analyzePair } from '../../../src/analysis/score/features.js';
import { analyze } from '../../../src/analysis/score/analyze.js';
import { align } from '../../../src/analysis/score/align.js';
import { contrast } from '../../../src/analysis/score/contrast.js';
import { negatedProposition, sharesProposition } from '../../../src/analysis/score/proposition.js';
import type { ScoringStatement } from '../../../src/analysis/types.js';

function st(speaker: string, text: string): ScoringStatement {
  return { text, speaker, speakerAffiliation: [], kind: null, about: [], documentId: null };
}
const sameEvent = { sameEvent: true };

function flagOf(a: string, b: string) {
  return scorePair(st('Speaker One', a), st('Speaker Two', b), sameEvent);
}

t.test('a shared noun phrase under a "not" is a topic, not a proposition', async (t) => {
  const police = 'If young men haven\'t got ID cards they are going to be detained, the police warned.';
  const plan = 'The government will introduce ID cards next year.';
  const r = flagOf(police, plan);
  t.notOk(r.flag, `score ${r.score} ${JSON.stringify(r.cues)}`);
  t.notOk(r.cues.some((c) => c.type === 'negation'), 'the negation is not shown as evidence either');
  // the match itself: both words of "ID cards" found, but as one phrase
  const x = analyze(police);
  const y = analyze(plan);
  const al = align(x, y);
  const n = x.negations[0]!;
  const id = x.units.findIndex((u) => u.key === 'id');
  const m = negatedProposition(x, y, al, true, n, al.aToB[id]!);
  t.equal(m.phrases, 1, 'ID cards is one phrase');
  t.notOk(sharesProposition(m, true));
});

t.test('an unrelated "not" beside a shared word does not count', async (t) => {
  const r = flagOf('Viewers are fed up with shows made with not much care and love.', 'Producers must be careful not to dumb down for their viewers.');
  t.notOk(r.flag, `score ${r.score} ${JSON.stringify(r.cues)}`);
  const s = flagOf('She should have no title at all, according to the poll.', 'She should become Princess Consort after the wedding, as planned.');
  t.notOk(s.flag, `"no title" against "become Princess Consort": score ${s.score}`);
  const u = flagOf('It was the status quo, not the new laws, that caused the binge drinking.', 'The new laws could help if councils cope with late-night drinkers.');
  t.notOk(u.flag, `"not the new laws" names a cause, the other side says what helps: score ${u.score}`);
});

t.test('a capitalised "No" inside a sentence names a side, it negates nothing', async (t) => {
  t.equal(analyze('He is running his own No campaign beside the official North East Says No campaign.').negations.length, 0);
  t.equal(analyze('"No, the campaign has not started," she said.').negations.length, 2, 'sentence-initial and lower-case ones still count');
  t.notOk(flagOf('Officials attacked the No campaign for its allegiances.', 'The Yes campaign dragged the campaign into the gutter.').cues.some((c) => c.type === 'negation'));
});

t.test('two denials of one thing agree', async (t) => {
  const a = 'Removing them is not in the best interests of the child, the charity said.';
  const b = 'The best interests of the child will not be taken into account by the scheme.';
  const r = flagOf(a, b);
  t.notOk(r.flag, `score ${r.score} ${JSON.stringify(r.cues)}`);
  t.notOk(r.cues.some((c) => c.type === 'negation'));
  // without the second denial the same words conflict
  t.ok(flagOf(a, 'Returning them is in the best interests of the child, the ministry said.').flag);
});

t.test('a negation on the predicate both assert, with its arguments, flags', async (t) => {
  const cards = flagOf(
    'Parliament could decide whether to make it compulsory for everybody to own the cards, although not to carry them.',
    'Ultimately carrying the cards would become compulsory, he predicted.',
  );
  t.ok(cards.flag, `score ${cards.score}`);
  t.equal(cards.kind, 'contradiction');
  const neg = cards.cues.find((c) => c.type === 'negation');
  t.equal(neg?.a?.text.includes('carry'), true, JSON.stringify(cards.cues));
  t.equal(neg?.b?.text.includes('carrying'), true);

  const apologise = flagOf('The mayor should stick to his guns and not apologise for his comment to the reporter.', 'The mayor should apologise for his comment to the reporter.');
  t.ok(apologise.flag, `score ${apologise.score}`);
  t.ok(apologise.cues.some((c) => c.type === 'negation' && /apologise/.test(c.note)));

  const library = flagOf('The council will not close the library next year.', 'The council will close the library next year, the mayor confirmed.');
  t.ok(library.flag, `score ${library.score}`);
});

t.test('the subject of a claim may be the other speaker; otherwise the texts must share it', async (t) => {
  const claim: ScoringStatement = { text: 'The union leader wants a strike, not a deal.', speaker: 'Minister Hale', speakerAffiliation: [], kind: 'claimed', about: ['Rosa Lind'], documentId: null };
  const own: ScoringStatement = { text: 'We are ready for a deal with the employers.', speaker: 'Rosa Lind', speakerAffiliation: [], kind: 'stated', about: [], documentId: null };
  const r = scorePair(claim, own, { sameEvent: false });
  t.ok(r.flag, `claim against its subject's own words: score ${r.score}`);
  t.equal(r.kind, 'stated-vs-claimed');
  // the same words from a third party about no one in particular: "we" is not "the union leader"
  const other: ScoringStatement = { ...own, speaker: 'Analyst Kerr' };
  const s = scorePair({ ...claim, kind: null, about: [] }, other, sameEvent);
  t.notOk(s.flag, `score ${s.score}`);
  const p = analyzePair(claim.text, own.text);
  t.equal(p.features.propNegation, 0, 'no shared subject in the texts');
  t.ok(p.features.propNegationClaim > 0, 'but the denied deal is what the other side asserts');
});

t.test('opposites and numbers count only in clauses that otherwise say the same', async (t) => {
  const far = analyze('Oil prices rose on Monday after the storm hit refineries along the gulf coast.');
  const near = analyze('Ticket prices fell on Monday for the cup final.');
  const r = contrast(far, near, align(far, near));
  t.ok(r.cues.some((c) => /rose/.test(c.note)), 'rose / fell is still an opposite');
  t.equal(r.shared, 0, 'but oil and tickets are two propositions');
  t.notOk(flagOf(far.text, near.text).flag);

  const a = analyze('Exports rose in March, the ministry said.');
  const b = analyze('Exports fell in March, the ministry said.');
  t.equal(contrast(a, b, align(a, b)).shared, 1);
  t.ok(flagOf(a.text, b.text).flag);

  const strike = 'The strike at the port lasted three days.';
  t.ok(flagOf(strike, 'The strike at the port lasted five days.').flag, 'three / five days of one strike');
  const other = analyzePair(strike, 'Ministers met five days later to discuss the budget.');
  t.equal(other.features.propContrast, 0, 'five days later is another matter');
  t.notOk(flagOf(strike, 'Ministers met five days later to discuss the budget.').flag);
});

t.test('tone needs a shared target close to its evaluation', async (t) => {
  const meeting = flagOf('The meeting with the union was excellent.', 'He described the meeting as difficult and tense.');
  t.ok(meeting.flag, `score ${meeting.score}`);
  t.ok(meeting.cues.some((c) => c.type === 'tone'));
  const far = flagOf(
    'Every year the council approves a whole new cycle of tough and badly drafted housing rules.',
    'Every year the council gives an extraordinary honour to volunteers.',
  );
  t.notOk(far.cues.some((c) => c.type === 'tone'), JSON.stringify(far.cues));
  t.notOk(far.flag, `score ${far.score}`);
  // "it's" on both sides is no shared target
  const it = flagOf('It\'s an absolutely great boost to my confidence.', 'I enjoyed the time off but I don\'t think it\'s so productive.');
  t.notOk(it.cues.some((c) => c.type === 'tone'), JSON.stringify(it.cues));
  // "good" evaluates the schools, not the money both mention
  const money = flagOf('Voters want value for money, clean hospitals and good schools.', 'The government has wasted people\'s money and failed families.');
  t.notOk(money.cues.some((c) => c.type === 'tone'), JSON.stringify(money.cues));
  t.notOk(money.flag, `score ${money.score}`);
});

t.test('"nobody", "no one": the negation is the subject, denied of whoever does it', async (t) => {
  const r = flagOf('There is no one typing at the desk.', 'Someone is typing at the desk.');
  t.ok(r.flag, `score ${r.score}`);
  t.ok(r.cues.some((c) => c.type === 'negation'));
  // the same predicate with an ordinary "not" and a subject the other side lacks is still one phrase
  const x = analyze('Nobody will withdraw the troops.');
  const y = analyze('Russia will withdraw the troops.');
  const al = align(x, y);
  const withdraw = y.units.findIndex((u) => u.key === 'withdraw');
  const m = negatedProposition(x, y, al, true, x.negations[0]!, withdraw);
  const plain = analyze('They will not withdraw the troops.');
  const mPlain = negatedProposition(plain, y, align(plain, y), true, plain.negations[0]!, withdraw);
  t.equal(m.phrases, mPlain.phrases + 1, '"nobody" stands for the subject "Russia"');
});

t.test('a negated word denies what is a kind of it on the other side ("no kid" / "a boy")', async (t) => {
  const x = analyze('There is no kid playing guitar on the stage.');
  const y = analyze('A boy is playing a guitar on the stage.');
  const al = align(x, y);
  const kid = x.units.findIndex((u) => u.key === 'kid');
  const guitar = y.units.findIndex((u) => u.key === 'guitar');
  const m = negatedProposition(x, y, al, true, x.negations[0]!, guitar);
  t.ok(al.specA[kid]! < 0, 'kid is the more general word');
  t.ok(sharesProposition(m, true), JSON.stringify(m));
  // the other way round a narrower negated word does not deny the general one
  const narrow = analyze('There is no boy playing guitar on the stage.');
  const general = analyze('A kid is playing a guitar on the stage.');
  const mn = negatedProposition(narrow, general, align(narrow, general), true, narrow.negations[0]!, general.units.findIndex((u) => u.key === 'guitar'));
  t.ok(mn.phrases < m.phrases, 'boy against kid is not paired as denied');
  // an unnegated subject that is merely a kind of the other side's is no extra phrase
  const lead = analyze('The union leader wants a strike, not a deal.');
  const own = analyze('We are ready for a deal with the employers.');
  const lm = negatedProposition(lead, own, align(lead, own), true, lead.negations[0]!, own.units.findIndex((u) => u.key === 'deal'));
  t.equal(lm.phrases, 1);
});

t.test('different doers: what one denies of one, the other asserts of another', async (t) => {
  for (const [a, b] of [
    ['A woman is playing the flute in the park.', 'A man is not playing a flute in the park.'],
    ['Putin agreed to a ceasefire in the talks.', 'Trump did not agree to a ceasefire in the talks.'],
    ['The Kremlin said Lavrov agreed to the ceasefire.', 'The White House said Rubio did not agree to the ceasefire.'],
  ] as const) {
    const r = flagOf(a, b);
    t.notOk(r.flag, `${b}: score ${r.score}`);
    t.equal(analyzePair(a, b).features.propNegation, 0, b);
  }
  // the same doer, or one named two ways, still conflicts
  for (const [a, b] of [
    ['Russia agreed to a ceasefire in the talks.', 'Russia did not agree to a ceasefire in the talks.'],
    ['A man is playing the flute in the park.', 'The man is not playing a flute in the park.'],
  ] as const) {
    const r = flagOf(a, b);
    t.ok(r.flag, `${b}: score ${r.score}`);
  }
});

t.test('a negation in a supposition ("if", "even if", "unless") is asserted by no one', async (t) => {
  const police = flagOf('If they have not got ID cards they are going to be detained by the police.', 'They have got ID cards and they are going to be detained by the police.');
  t.notOk(police.flag, `score ${police.score}`);
  t.notOk(police.cues.some((c) => c.type === 'negation'), 'nor shown as evidence');
  // the same negation outside the "if" is a conflict
  const plain = flagOf('They have not got ID cards and they are going to be detained by the police.', 'They have got ID cards and they are going to be detained by the police.');
  t.ok(plain.flag, `score ${plain.score}`);
});

t.test('"X, not Y" denies Y of the predicate before it: the other side must say that predicate of Y', async (t) => {
  const style = flagOf('Mr Blair should be judged by results not his style.', "Mr Blair's style of leadership was corrosive of the whole system of government.");
  t.notOk(style.flag, `score ${style.score}`);
  const judge = flagOf('We believe it should be the judge that takes decisions, not politicians.', 'Those pressures would be much more for a politician than they would on a judge.');
  t.notOk(judge.flag, `score ${judge.score}`);
  // the predicate said of Y on the other side: a conflict
  const judged = flagOf('Mr Blair should be judged by his results, not his style.', 'Mr Blair should be judged by his style.');
  t.ok(judged.flag, `score ${judged.score}`);
  // "not" before a verb phrase is no constituent negation
  const apologise = flagOf('The mayor should stick to his guns and not apologise for his comment to the reporter.', 'The mayor should apologise for his comment to the reporter.');
  t.ok(apologise.flag, `score ${apologise.score}`);
});

t.test('a negation conflicts on what is said of something, not on a noun both name', async (t) => {
  // the shared words only name things: a topic in common, no proposition
  for (const [a, b] of [
    ['Ministers say no figure has yet been agreed for the tuition fees of English students.', 'The tuition fees figure for English students would rise by 2,000 pounds, the minister said.'],
    ['Having a judge impose those punishments without a trial does not sanitise them.', 'It was a basic principle that people should only be punished after a fair trial.'],
  ] as const) {
    const r = flagOf(a, b);
    t.notOk(r.flag, `${a}: score ${r.score}`);
  }
  // a verb, an adjective or a noun said of the subject is a predicate
  for (const [a, b] of [
    ['About 300 homes in County Durham are not receiving voting packs.', 'All homes in County Durham are receiving voting packs in time.'],
    ['The abode of the Greek gods was on the summit of Mount Olympus, in Thessaly.', 'Mount Olympus is not in Thessaly.'],
    ['The man is doing a magic trick on the stage.', "The man isn't doing a magic trick on the stage."],
    ['The policy is acceptable to the union leaders.', 'The policy is not acceptable to the union leaders.'],
  ] as const) {
    const r = flagOf(a, b);
    t.ok(r.flag, `${b}: score ${r.score}`);
  }
});

t.test('a negation in a counterfactual ("would never have") is asserted by no one', async (t) => {
  const r = flagOf('The rods would have fused my back and I would never have been able to race again.', 'He was able to race again within a month of the operation on his back.');
  t.notOk(r.flag, `score ${r.score}`);
  const plain = flagOf('After the operation on his back he was never able to race again.', 'He was able to race again within a month of the operation on his back.');
  t.ok(plain.flag, `the same negation asserted: score ${plain.score}`);
});

t.test('"there is no X who…" denies the relative clause; another "who" clause stays outside a negation', async (t) => {
  const denied = analyzePair('There is no soccer player who is being tackled by an opponent', 'A soccer player is being tackled by his opponent');
  const tackled = denied.a.units.find((u) => u.key === 'tackled');
  t.ok(tackled?.negated, 'the existential denies the tackling');
  t.notOk(denied.weak.has(denied.cues.find((c) => c.type === 'negation')!), 'the negation is evidence');
  const r = flagOf('There is no soccer player who is being tackled by an opponent', 'A soccer player is being tackled by his opponent');
  t.ok(r.flag, `score ${r.score}`);
  // not an existential: "the player who was not fouled" does not deny the tackle of the main clause
  const other = analyze('The player was not booked, who tackled the striker');
  t.notOk(other.units.find((u) => u.key === 'tackled')?.negated, 'a relative clause after an ordinary negation is its own clause');
});

t.test('an object pronoun\'s denial ends at the next coordinated verb phrase; "not the only" denies no thing', async (t) => {
  const awol = analyze("the party's leadership had done nothing and gone AWOL");
  t.notOk(awol.units.find((u) => u.key === 'gone')?.negated, '"gone AWOL" is asserted');
  t.notOk(flagOf("The party's leadership had done nothing and gone AWOL.", "The party's leadership had gone AWOL.").flag);
  // a subject pronoun keeps its scope over both verbs
  const nobody = analyze('Nobody is dancing and singing');
  t.ok(nobody.units.find((u) => u.key === 'singing')?.negated, 'nobody … and singing');
  // and the pronoun's own phrase is still denied
  t.ok(flagOf('The rebate did nothing to fix the unfair tax.', 'The rebate will fix the unfair tax.').flag);
  const only = analyze('the PC would not be the only device people use');
  t.notOk(only.units.find((u) => u.key === 'device')?.negated, '"not the only device" says there is a device');
  t.ok(analyze('the PC would not be a device').units.find((u) => u.key === 'device')?.negated, 'without "the only" it denies');
});

t.test('a negation that holds under a condition or as a possibility denies nothing outright', async (t) => {
  const conditional = flagOf('The cost of the new runway could not be met unless cash from Heathrow was used.', 'The cost of the new runway can be met.');
  t.notOk(conditional.flag, `"cannot … unless": score ${conditional.score}`);
  t.notOk(flagOf('Next time it may not be about a nanny and her visa.', 'It is about a nanny and her visa.').flag, '"may not" is a possibility');
  // the same sentences without the condition or the hedge do deny
  t.ok(flagOf('The cost of the new runway could not be met.', 'The cost of the new runway can be met.').flag);
  t.ok(flagOf('It is not about a nanny and her visa.', 'It is about a nanny and her visa.').flag);
  // a condition in the next sentence leaves this one's denial alone
  const x = analyze('They will not attack the city. If talks fail, they may.');
  const y = analyze('They will attack the city.');
  const m = analyzePair('They will not attack the city. If talks fail, they may.', 'They will attack the city.');
  t.ok(x.units.find((u) => u.key === 'city')?.negated && !y.units.find((u) => u.key === 'city')?.negated);
  t.notOk(m.weak.has(m.cues.find((c) => c.type === 'negation')!), 'still evidence');
});

t.test('"there\'s almost nobody who doesn\'t …" is a double negation', async (t) => {
  const x = analyze("There's almost nobody in the government who doesn't expect the election to be called in April");
  t.notOk(x.units.find((u) => u.key === 'expect')?.negated, 'everybody expects');
  t.ok(analyze('Nobody in the government expects the election in April').units.find((u) => u.key === 'expects')?.negated);
});

t.test('a passive denial ("claims have been refused") is of its subject, and its agent belongs to the proposition', async (t) => {
  const refused = analyze('children whose asylum claims have been refused');
  t.ok(refused.units.find((u) => u.key === 'claims')?.negated, 'the claims are what is refused');
  t.notOk(refused.units.find((u) => u.key === 'children')?.negated, 'past the relative pronoun is outside');
  // both sides deny the claims: no conflict
  t.notOk(flagOf('The children have failed in their asylum claims.', 'The children whose asylum claims have been refused will be returned.').flag);
  // "have failed" is active: the perfect is no passive
  t.ok(analyze('They have failed in their asylum claims').units.find((u) => u.key === 'claims')?.negated);
  const r = flagOf('The peace plan was rejected by the rebels.', 'The rebels accepted the peace plan.');
  t.ok(r.flag, `score ${r.score}`);
  t.ok(r.cues.some((c) => c.type === 'negation' && /peace/.test(c.a?.text ?? '')), JSON.stringify(r.cues));
});

t.test('"should and shouldn\'t", "whether or not", "nothing else" deny nothing; "without" after a modal is a condition', async (t) => {
  const both = analyze("Parents should know what games their children should and shouldn't play");
  t.equal(both.negations.length, 0, 'both polarities');
  t.ok(analyze("Their children shouldn't play these games").negations.length === 1, 'one polarity denies');
  t.equal(analyze('They will attack whether or not talks resume').negations.length, 0);
  t.equal(analyze('We are going to Scotland for the win and nothing else').negations.length, 0);
  const illegal = flagOf('Lord Goldsmith warned that the Iraq war could be illegal without a second UN resolution sanctioning military action.', 'Lord Goldsmith said a second UN resolution sanctioning military action would be safer.');
  t.notOk(illegal.flag, `a condition: score ${illegal.score}`);
  // without a modal, "without" still denies
  const r = flagOf('The war began without a second UN resolution sanctioning military action.', 'The war began with a second UN resolution sanctioning military action.');
  t.ok(r.flag, `score ${r.score}`);
});

t.test('what a condition only supposes is neither denied nor asserted', async (t) => {
  // the consequent of an "if" clause just before the negation
  t.notOk(flagOf('If Microsoft sees search as important, then nobody queries it.', 'People ask more queries of Microsoft search.').flag);
  // the other side supposes what this one denies
  const r = flagOf('I have not been notified of any positive test by the federation.', 'If there is a positive test, the federation should notify the player.');
  t.notOk(r.flag, `score ${r.score}`);
  t.notOk(r.cues.some((c) => c.type === 'negation'), 'no negation shown as evidence');
  // asserted on both sides, the same words conflict
  t.ok(flagOf('I have not been notified of any positive test by the federation.', 'The federation notified the player of a positive test.').flag);
});

t.test('"unlikely to" denies like "unwilling to": two sides that both expect no cut agree', async (t) => {
  t.notOk(flagOf('Given such high prices, the cartel saw no reason to cut its output.', 'High oil prices meant the cartel was unlikely to stick to its plan to cut output.').flag);
  const r = flagOf('The cartel will cut its output in March.', 'The cartel is unlikely to cut its output in March.');
  t.ok(r.flag, `a firm "will" against "unlikely": score ${r.score}`);
});
