// Coverage of one statement by the other (entail.ts), written to break it: a narrower word,
// a missing name, a number not stated, words scattered over a long text.
import t from 'tap';
import { analyze } from '../../../src/analysis/score/analyze.js';
import { align } from '../../../src/analysis/score/align.js';
import { entailment } from '../../../src/analysis/score/entail.js';
import { analyzePair } from '../../../src/analysis/score/features.js';

function ent(x: string, y: string) {
  const a = analyze(x);
  const b = analyze(y);
  const al = align(a, b);
  return entailment(a, b, al.aToB, al.qa, al.specA);
}

t.test('a statement restated by the other is covered', async (t) => {
  const e = ent('The council approved the plan.', 'On Monday the council approved the plan after a long debate.');
  t.ok(e.cover > 0.95, `cover ${e.cover}`);
  t.ok(e.window > 0.95, `window ${e.window}`);
  t.equal(e.missingNames, 0);
});

t.test('a narrower word is not asserted by a broader one', async (t) => {
  const narrow = ent('A woman is frying fish.', 'A woman is cooking fish.');
  const broad = ent('A woman is cooking fish.', 'A woman is frying fish.');
  t.ok(narrow.cover < broad.cover, `frying by cooking ${narrow.cover} < cooking by frying ${broad.cover}`);
});

t.test('names and numbers the other never states', async (t) => {
  const e = ent('Pluto was discovered by Clyde Tombaugh in 1930.', 'Pluto was discovered in 1930.');
  t.ok(e.missingNames > 0, 'Clyde Tombaugh is missing');
  t.equal(e.missingNumbers, 0);
  t.equal(ent('The attack killed 12 people.', 'The attack killed many people.').missingNumbers, 1);
});

t.test('words found only far apart fill no single window', async (t) => {
  const near = ent('Oracle bought PeopleSoft.', 'Yesterday Oracle bought PeopleSoft for billions.');
  const far = ent(
    'Oracle bought PeopleSoft.',
    'Oracle, a company based in California that sells databases, software, cloud services and hardware to many customers, said analysts expect a deal in which it bought PeopleSoft.',
  );
  t.ok(far.window < near.window, `far ${far.window} < near ${near.window}`);
  t.ok(Math.abs(far.cover - near.cover) < 0.05, 'both cover all the words');
});

t.test('the negated side must be what the other asserts', async (t) => {
  const full = analyzePair('A man is dancing.', 'There is no man dancing.').features;
  const extra = analyzePair('A man is dancing.', 'There is no man dancing on the road in the rain.').features;
  t.ok(full.negEntail > extra.negEntail, `${full.negEntail} > ${extra.negEntail}`);
  t.ok(compareTextsFlag('A man is dancing.', 'There is no man dancing.'));
});

t.test('a second negation after "and is" is a new predicate, not a double negation', async (t) => {
  const x = analyze('The man is not walking through a market and is not putting a hand in his pocket');
  const walking = x.units.find((u) => u.key === 'walking')!;
  const putting = x.units.find((u) => u.key === 'putting')!;
  t.ok(walking.negated && putting.negated, 'both predicates are negated');
  // but a real double negation still cancels
  const y = analyze('It is not true that the council did not approve the plan.');
  t.notOk(y.units.find((u) => u.key === 'approve')!.negated);
});

import { compareTexts } from '../../../src/analysis/score/compare.js';
function compareTextsFlag(a: string, b: string): boolean {
  return compareTexts({ a, b }).flag;
}

t.test('a capitalised "Without" inside a name negates nothing', async (t) => {
  t.equal(analyze('Doctors Without Borders is an international aid organization.').negations.length, 0);
  t.equal(analyze('Without help, Doctors cannot work.').negations.length, 2, 'sentence-initial "Without" and "cannot" still negate');
});

t.test('a short claim against a long text is weighed by where the claim is found', async (t) => {
  const long =
    'Mexico City, 12 Jan 90 - Salvadoran politician Hector Oqueli Colindres was kidnapped today in Guatemala city, along with Guatemalan leader Gilda Flores, his party reported.';
  const found = analyzePair(long, 'Hector Oqueli Colindres was kidnapped in Guatemala.').features;
  const absent = analyzePair(long, 'Gilda Flores owns a bakery in Paris.').features;
  t.equal(found.lopsided, 1);
  t.ok(found.lopsidedWindow > absent.lopsidedWindow, `${found.lopsidedWindow} > ${absent.lopsidedWindow}`);
  t.ok(absent.lopsidedNames > found.lopsidedNames, 'Paris is named nowhere in the text');
  t.equal(analyzePair('A man is dancing.', 'A man is not dancing.').features.lopsided, 0, 'two short statements are no such pair');
});

t.test('"with no X" and "without X" negate the noun phrase, not the verb after it', async (t) => {
  const x = analyze('A man with no shirt is holding a football');
  t.ok(x.units.find((u) => u.key === 'shirt')!.negated);
  t.notOk(x.units.find((u) => u.key === 'holding')!.negated, 'the holding is asserted');
  const y = analyze('A man without a hat is sitting on the ground');
  t.ok(y.units.find((u) => u.key === 'hat')!.negated);
  t.notOk(y.units.find((u) => u.key === 'sitting')!.negated);
  // "no" as the determiner of the subject still negates the predicate
  t.ok(analyze('There is no man holding a football').units.find((u) => u.key === 'holding')!.negated);
  t.ok(analyze('He left without paying the bill').units.find((u) => u.key === 'paying')!.negated);
});

t.test('a near miss: the claim found almost whole, with no negation anywhere', async (t) => {
  const text =
    'Councilman Pierce had built the home for his daughter on East Street off Rossville Boulevard, as he lives nearby in a small flat above the old bakery.';
  const whole = analyzePair(text, 'Pierce had built the home for his daughter.').features;
  const part = analyzePair(text, 'Pierce had built the bakery for his son.').features;
  const none = analyzePair(text, 'Madrid won the cup after extra time.').features;
  t.ok(part.lopsidedNearMiss > whole.lopsidedNearMiss, `part ${part.lopsidedNearMiss} > whole ${whole.lopsidedNearMiss}`);
  t.ok(part.lopsidedNearMiss > none.lopsidedNearMiss, `part ${part.lopsidedNearMiss} > none ${none.lopsidedNearMiss}`);
  t.equal(analyzePair(text, 'Pierce had not built the bakery for his son.').features.lopsidedNearMiss, 0, 'a negation is left to the negation features');
});

t.test('a different number where a short claim is found in a long text', async (t) => {
  const text =
    'The court in Leeds heard on Tuesday that Tyler Jackson, who admitted the robbery of a shop in the city centre last spring, has been sentenced to 21 months in prison.';
  const other = analyzePair(text, 'Tyler Jackson has been sentenced to 18 months.').features;
  const same = analyzePair(text, 'Tyler Jackson has been sentenced to 21 months.').features;
  t.ok(other.lopsidedNumber > 0, `different number: ${other.lopsidedNumber}`);
  t.equal(same.lopsidedNumber, 0, 'the same number is no conflict');
  t.ok(other.lopsidedNumber <= other.lopsided, 'never more than the shape allows');
});
