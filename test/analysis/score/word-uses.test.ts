// How a word is used decides what it can stand for: a noun is no kind of an act, an idiom of time
// names nothing, and a relative aside does not separate a subject from its verb.
import t from 'tap';
import { relation } from '../../../src/analysis/score/relations.js';
import { rarelyUsedAs } from '../../../src/analysis/score/wordnet.js';
import { analyze } from '../../../src/analysis/score/analyze.js';
import { align } from '../../../src/analysis/score/align.js';
import { analyzePair } from '../../../src/analysis/score/features.js';

function partnerOf(a: string, b: string, word: string): string | null {
  const x = analyze(a);
  const y = analyze(b);
  const al = align(x, y);
  const i = x.units.findIndex((u) => u.key === word);
  if (i < 0) throw new Error(`no unit ${word} in ${a}`);
  const j = al.aToB[i]!;
  return j >= 0 ? y.units[j]!.key : null;
}

t.test('a word hardly ever used as a verb is no kind of an act ("home" the verb is a kind of giving)', async (t) => {
  t.ok(rarelyUsedAs('home', 'v'));
  // WordNet relates them through the verb "home" (to provide a home: a kind of giving, of putting)
  t.equal(relation('home', 'give'), 'none');
  t.equal(relation('homes', 'put'), 'none');
  t.equal(relation('home', 'house'), 'hyponym', 'a house is a kind of home, not the other way round through the verb');
  t.equal(relation('draft', 'plan'), 'hypernym', 'a word used as a verb too keeps its verb senses');
  t.notOk(rarelyUsedAs('meet', 'v'));
  t.equal(partnerOf("They met at Mr Smith's Buckinghamshire home on Sunday.", 'She declined to give her view.', 'home'), null);
});

t.test('"at this point", "at the moment" say when, not what', async (t) => {
  for (const text of ['She declined to give her view at this point.', 'She declined to give her view at the moment.', 'She will keep her view for the time being.']) {
    const keys = analyze(text).units.map((u) => u.key);
    t.notOk(keys.some((k) => ['point', 'moment', 'time', 'being'].includes(k)), `${text}: ${keys.join(' ')}`);
  }
  t.ok(analyze('At the time of the attack the base was empty.').units.some((u) => u.key === 'time'), 'the time of something names it');
  t.ok(analyze('He made a good point.').units.some((u) => u.key === 'point'), 'a point made is content');
});

t.test('a thing is no kind of an act: "a meeting" does not stand for "to give"', async (t) => {
  const meeting = 'Details were hammered out at a meeting on Sunday.';
  t.equal(partnerOf(meeting, 'She declined to give her view.', 'meeting'), null);
  // the same word used as a verb on both sides still meets its kind
  t.equal(partnerOf('The rebels are slicing the bread.', 'The rebels are cutting the bread.', 'slicing'), 'cutting');
  // and a noun its kind
  t.equal(partnerOf('He bought a saxophone.', 'He bought an instrument.', 'saxophone'), 'instrument');
});

t.test('a relative aside does not carry a subject out of reach of its verb', async (t) => {
  const denial = 'There is no dog running in the grass';
  const withAside = analyzePair('A dog, which is brown, and a black one are running in the grass', denial);
  const plain = analyzePair('A dog and a black one are running in the grass', denial);
  t.ok(plain.features.propNegation > 0, 'without the aside the denial is about what the other side says');
  t.ok(withAside.features.propNegation > 0, `with it too: ${JSON.stringify(withAside.cues.map((c) => c.note))}`);
  // a long stretch that is no aside still is a different place
  const far = analyzePair('A dog from the farm by the old mill near the river and a black one are running in the grass', denial);
  t.equal(far.features.propNegation, 0, 'the same distance without an aside');
});

t.test('a base form after a modal is a verb ("would not cut spending"): "the cuts" is no such act', async (t) => {
  const x = analyze('they would not cut spending');
  t.ok(x.units.find((u) => u.key === 'cut')?.verb, 'cut after "would not"');
  t.ok(analyze("they didn't cut spending").units.find((u) => u.key === 'cut')?.verb, "cut after didn't");
  t.notOk(analyze('the cut in spending').units.find((u) => u.key === 'cut')?.verb, 'the noun');
  const r = analyzePair('the Tories would fund the cuts by removing inefficiencies', 'they would not cut spending but public spending would increase more slowly');
  t.equal(r.features.propNegation, 0, `"not cut" denies no "cuts": ${JSON.stringify(r.cues.map((c) => c.note))}`);
});

t.test('a base form heading an "of" phrase is a noun: "a set of restrictions" is no "set up"', async (t) => {
  const r = analyzePair('the regulator was considering imposing a mask or set of technical restrictions on the devices', "the consumer couldn't set up the devices");
  t.equal(r.features.propNegation, 0, JSON.stringify(r.cues.map((c) => c.note)));
  const same = analyzePair('the consumer set up the devices', "the consumer couldn't set up the devices");
  t.ok(same.features.propNegation > 0, 'the verb on both sides');
});

t.test('a base form after an article and an adjective is a noun: "a parliamentary answer" is no answering', async (t) => {
  const refused = 'Downing Street refused to answer questions on the issue';
  const noun = analyzePair(refused, 'Downing Street set out his view on the issue in a parliamentary answer');
  t.equal(noun.features.propNegation, 0, JSON.stringify(noun.cues.map((c) => c.note)));
  const verb = analyzePair(refused, 'Downing Street answered questions on the issue');
  t.ok(verb.features.propNegation > 0, 'answering on the other side');
});
