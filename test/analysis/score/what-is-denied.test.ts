// Denials that deny less than their words suggest: goals, shares, "further" questions, denied
// constituents, questions on the other side, negating nouns.
import t from 'tap';
import { scorePair } from '../../../src/analysis/score/index.js';
import type { PairScore, ScoringStatement } from '../../../src/analysis/types.js';

function said(text: string, speaker: string, cue = 'said'): ScoringStatement {
  return { text, speaker, speakerAffiliation: [], kind: 'stated', about: [], documentId: speaker, mode: 'indirect', cue };
}
function pair(a: string, b: string): PairScore {
  return scorePair(said(a, 'Speaker A'), said(b, 'Speaker B'), { sameEvent: true });
}
function show(r: PairScore): string {
  return `${r.score} ${JSON.stringify(r.cues.map((c) => c.note))}`;
}

t.test('a goal ("ensuring that", "make sure") is no account of the facts', async (t) => {
  const fact = 'Party calls to voters are classed as marketing by the commissioner.';
  for (const goal of [
    'The parties can stick to the rules by ensuring that their calls to voters are not classed as marketing.',
    'The parties were told to make sure their calls to voters are not classed as marketing.',
  ]) {
    const r = pair(goal, fact);
    t.notOk(r.flag, `${goal}: ${show(r)}`);
  }
  const stated = pair('Party calls to voters are not classed as marketing by the commissioner.', fact);
  t.ok(stated.flag, `the same denial as a statement of fact: ${show(stated)}`);
});

t.test('"some of it could not be used" denies nothing of the rest', async (t) => {
  const fact = 'The intercept evidence was used in the case against the men.';
  const some = pair('Some of the intercept evidence could not be used in the case against the men.', fact);
  t.notOk(some.flag, `a part of it: ${show(some)}`);
  const all = pair('The intercept evidence could not be used in the case against the men.', fact);
  t.ok(all.flag, `all of it: ${show(all)}`);
});

t.test('refusing "further" questions presupposes the questions answered before', async (t) => {
  const answered = said('The prime minister answered questions on the legal advice in the Commons.', 'Reporter');
  const further = scorePair(said('to answer further questions on the legal advice in the Commons', 'The prime minister', 'refused'), answered, { sameEvent: true });
  t.notOk(further.flag, `"refused to answer further questions": ${show(further)}`);
  const any = scorePair(said('to answer questions on the legal advice in the Commons', 'The prime minister', 'refused'), answered, { sameEvent: true });
  t.ok(any.flag, `"refused to answer questions": ${show(any)}`);
});

t.test('"trying to achieve, not for the Labour Party but for this country" denies a constituent, not the verb before it', async (t) => {
  const achieved = 'The economic successes were achieved by the Labour Party.';
  const constituent = pair('Division could jeopardise what we are trying to achieve, not for the Labour Party but for this country.', achieved);
  t.notOk(constituent.flag, `a denied constituent: ${show(constituent)}`);
  const verb = pair('The economic successes were not achieved by the Labour Party.', achieved);
  t.ok(verb.flag, `the predicate denied: ${show(verb)}`);
  const adverb = pair('The economic successes were certainly not achieved by the Labour Party.', achieved);
  t.ok(adverb.flag, `an adverb between the auxiliary and "not": ${show(adverb)}`);
});

t.test('a question asserts nothing; the answer to it does', async (t) => {
  const denial = 'The coach had not acted in a racist way at the match.';
  const asked = pair(denial, 'Had the coach acted in a racist way at the match?');
  t.notOk(asked.flag, `a question: ${show(asked)}`);
  const told = pair(denial, 'The coach had acted in a racist way at the match.');
  t.ok(told.flag, `a statement: ${show(told)}`);
});

t.test('"no point in" judges an act, it does not deny it', async (t) => {
  const r = pair("There's no point in hanging the racket on the wall.", 'A racket is hanging on the wall.');
  t.notOk(r.cues.some((c) => c.type === 'negation'), `"no point in": ${show(r)}`);
  const plain = pair('There is no racket hanging on the wall.', 'A racket is hanging on the wall.');
  t.ok(plain.flag, `a plain denial: ${show(plain)}`);
});

t.test('a negating noun ("the lack of outrage is …") denies its complement, not the sentence predicate', async (t) => {
  const lack = pair('The lack of public outrage about the war on terror is a powerful indictment of human rights groups.', 'Public passivity on the war on terror is a powerful indictment of human rights groups.');
  t.notOk(lack.flag, `the indictment is asserted on both sides: ${show(lack)}`);
  const outrage = pair('The lack of public outrage about the war on terror was obvious to all.', 'There was public outrage about the war on terror.');
  t.ok(outrage.flag, `the outrage itself is denied: ${show(outrage)}`);
});

t.test('a need ("crucial to controlling") or a permission ("a right to hold") is no account of the facts', async (t) => {
  const failed = 'The government failed to control immigration and asylum.';
  const crucial = pair('Co-operation with Europe was crucial to the government controlling immigration and asylum.', failed);
  t.notOk(crucial.flag, `a need: ${show(crucial)}`);
  const controlled = pair('The government controlled immigration and asylum.', failed);
  t.ok(controlled.flag, `a fact: ${show(controlled)}`);
  const right = pair('I do not hold that view of Arab states.', 'They had a right to hold that view of Arab states.');
  t.notOk(right.flag, `a permission: ${show(right)}`);
  const held = pair('I do not hold that view of Arab states.', 'They hold that view of Arab states.');
  t.ok(held.flag, `an act: ${show(held)}`);
  const noted = pair('Ministers have not controlled immigration.', 'It is essential to note that ministers have controlled immigration.');
  t.ok(noted.flag, `"essential to note" frames an assertion: ${show(noted)}`);
});

t.test('a verb of denial needs something said of what it denies, not only its name', async (t) => {
  const topic = pair('British voters would reject the European constitution by two to one.', 'The European constitution reflected a British vision for Europe.');
  t.notOk(topic.flag, `only the constitution is shared: ${show(topic)}`);
  const adopted = pair('British voters rejected plans to adopt the European constitution.', 'British voters will adopt the European constitution.');
  t.ok(adopted.flag, `rejecting against adopting: ${show(adopted)}`);
});

t.test('a demand ends where a clause with its own subject begins; "the right to liberty" frames nothing', async (t) => {
  const demand = 'Terror suspects should be brought to trial and held in prison.';
  const failing = pair(demand, 'Decisions should be taken on a higher standard of proof and the plan infringes the right to liberty by failing to bring terror suspects to trial.');
  t.notOk(failing.flag, `a demand for trials against a plan failing to bring them: ${show(failing)}`);
  const both = pair(demand, 'Decisions should be taken on a higher standard of proof and terror suspects should not be brought to trial.');
  t.ok(both.flag, `two demands: ${show(both)}`);
});

t.test('what is made possible ("will enable anyone to listen") is no account of what is done', async (t) => {
  const denial = 'Teenagers do not listen to the radio on their phones.';
  const enabled = pair('The application will enable teenagers to listen to the radio on their phones.', denial);
  t.notOk(enabled.flag, `a possibility: ${show(enabled)}`);
  const done = pair('Teenagers listen to the radio on their phones.', denial);
  t.ok(done.flag, `a fact: ${show(done)}`);
});

t.test('a denied amount ("not that many", "not many") denies no more than the amount', async (t) => {
  const amount = pair("It doesn't seem that many games for Wales.", 'He played games for Wales.');
  t.notOk(amount.flag, `"not that many" games: ${show(amount)}`);
  const few = pair('Not many people voted in the election.', 'People voted in the election.');
  t.notOk(few.flag, `"not many people voted" against "people voted": ${show(few)}`);
  const many = pair('Not many people voted in the election.', 'Many people voted in the election.');
  t.ok(many.flag, `"not many" against "many": ${show(many)}`);
});

t.test('a chance ("bought time for the company to raise the money") is no account of what is done', async (t) => {
  const denial = 'The company could not raise the money for the purchase.';
  const chance = pair('The sale has bought time for the company to raise the money for the purchase.', denial);
  t.notOk(chance.flag, `a chance: ${show(chance)}`);
  const raised = pair('The company has raised the money for the purchase.', denial);
  t.ok(raised.flag, `a fact: ${show(raised)}`);
});

t.test('an attempt ("tried to hack", "having difficulty hiring") says nothing of success; a past verb after "and" does', async (t) => {
  const denial = 'He failed to get the credit card numbers of the customers.';
  const tried = pair('He tried at least twice to get the credit card numbers of the customers.', denial);
  t.notOk(tried.flag, `an attempt: ${show(tried)}`);
  const took = pair('He tried to hack the network and took the credit card numbers of the customers.', denial);
  t.ok(took.flag, `"and took": done: ${show(took)}`);
  const hiring = pair('The ministry was having difficulty hiring women for its offices.', 'The ministry is not hiring women for its offices.');
  t.notOk(hiring.flag, `a difficulty: ${show(hiring)}`);
});

t.test('a raising verb ("I don\'t think it changes …") is no part of the denied proposition', async (t) => {
  const thinking = pair("I don't think the new computer changes the world.", 'The new computer would appeal to people thinking of changing operating systems.');
  t.notOk(thinking.flag, `"think" / "thinking" is no shared predicate: ${show(thinking)}`);
  const changes = pair("I don't think the new computer changes the world.", 'The new computer changes the world.');
  t.ok(changes.flag, `the raised denial itself: ${show(changes)}`);
  // "plans" is light too, but the object of the denial, not a verb it passes through
  const plans = scorePair(said('plans to adopt the software patents directive', 'Polish MEPs', 'rejected'), said('The Council of Ministers will adopt the software patents directive.', 'EC'), { sameEvent: true });
  t.ok(plans.flag, `"rejected plans to adopt" against "will adopt": ${show(plans)}`);
});

t.test('"you can\'t win them all" is an idiom, not a denial of winning', async (t) => {
  const r = pair("You can't win them all in the indoor season.", 'They will win them all in the indoor season.');
  t.notOk(r.cues.some((c) => c.type === 'negation'), `the idiom: ${show(r)}`);
  const plain = pair("You can't win the race in the indoor season.", 'You can win the race in the indoor season.');
  t.ok(plain.cues.some((c) => c.type === 'negation'), `a plain "can't win": ${show(plain)}`);
});

t.test('"not about X, but about Y" denies a constituent: only X said as it is conflicts', async (t) => {
  const howard = "Mr Brown's Budget was not about what was good for the country, but all about the interests of the Labour party";
  const loose = pair(howard, "Mr Brown's budget was bullish about the state of the country");
  t.notOk(loose.flag, `the other side says something else of the budget: ${show(loose)}`);
  const strike = pair('The strike by the train drivers was not about pay, but about safety on the trains', 'The strike by the train drivers was about pay');
  t.ok(strike.flag, `the denied constituent said as it is: ${show(strike)}`);
  const other = pair('The strike by the train drivers was not about pay, but about safety on the trains', 'The lockout of the office staff was about pay');
  t.notOk(other.flag, `of something else: ${show(other)}`);
});

t.test('a passive denial is of the thing acted on: a claim about the doer does not supply it', async (t) => {
  const tories = said('the specific taxes to be cut have not been announced', 'Tories');
  const claim = (text: string): ScoringStatement => ({ ...said(text, 'Some commentators'), kind: 'claimed', about: ['Tories'] });
  const loose = scorePair(tories, claim('the Tories have grasped the initiative, having to respond to Conservative policy announcements'), { sameEvent: true });
  t.notOk(loose.flag, `other things announced: ${show(loose)}`);
  const same = scorePair(tories, claim('the Tories announced the specific taxes to be cut'), { sameEvent: true });
  t.ok(same.flag, `the same taxes announced: ${show(same)}`);
});

t.test('"have to", "need to" is an obligation, like "must": no account of what happened', async (t) => {
  const sold = 'The club sold its best players.';
  for (const obliged of ['The club has to act and not sell its best players.', 'The club needs to act and not sell its best players.']) {
    const r = pair(obliged, sold);
    t.notOk(r.flag, `${obliged}: ${show(r)}`);
  }
  const fact = pair('The club did not sell its best players.', sold);
  t.ok(fact.flag, `a fact: ${show(fact)}`);
});
