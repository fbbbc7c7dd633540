// Swapped words (opposites, sister terms) by slot and by who they name: sentences written to
// break the scene / doer / action split, compound modifiers and hypernyms WordNet files oddly.
import t from 'tap';
import { compareTexts } from '../../../src/analysis/score/compare.js';
import { analyze } from '../../../src/analysis/score/analyze.js';
import { align } from '../../../src/analysis/score/align.js';
import { contrast } from '../../../src/analysis/score/contrast.js';
import { slotOf } from '../../../src/analysis/score/slot.js';
import { relation, isAnimateWord } from '../../../src/analysis/score/relations.js';

function con(a: string, b: string) {
  const x = analyze(a);
  const y = analyze(b);
  return { x, y, al: align(x, y), r: contrast(x, y, align(x, y)) };
}

t.test('another doer is not a conflict, another property or place of the same one is', async (t) => {
  const doer = con('A woman is playing the flute', 'A man is playing the flute');
  t.equal(doer.r.person, 1, 'woman / man are two doers');
  t.equal(doer.r.antonym + doer.r.cohyponym, 0, 'and count as neither opposite nor sister in one scene');
  t.ok(doer.r.cues.length > 0, 'the swap is still shown as a cue');
  t.notOk(compareTexts({ a: 'A dog is swimming after a ball', b: 'A cat is swimming after a ball' }).flag, 'dog / cat: another animal');
  const place = con('The boy is eating in the kitchen.', 'The boy is eating in the bathroom.');
  t.equal(place.r.cohyponym, 1);
  t.equal(place.r.slots.place, 1);
  const colour = con('A black dog is chasing its tail.', 'A pink dog is chasing its tail.');
  t.equal(colour.r.slots.modifier, 1);
  t.equal(colour.r.person, 0, 'a colour is no doer although "black" has a rare person sense');
});

t.test('nationalities and colours are not people, though WordNet lists such senses', async (t) => {
  t.notOk(isAnimateWord('black'));
  t.ok(isAnimateWord('men'), '"men" through its base form, not the noun "men" (work force)');
  t.ok(isAnimateWord('dog'));
  t.notOk(isAnimateWord('kitchen'));
  const r = con('A Chinese man is cooking.', 'A Thai man is cooking.').r;
  t.equal(r.person, 0);
  t.equal(r.name, 1, 'sister names in one slot');
});

t.test('an ongoing activity swapped is another moment; opposite completed acts conflict', async (t) => {
  const posture = con('A man is standing on a sidewalk', 'A man is sitting on a sidewalk').r;
  t.equal(posture.antonym, 0);
  t.equal(posture.slots.verb, 1);
  const act = con('The large man just bought the hat that day.', 'The large man just sold the hat that day.').r;
  t.equal(act.antonym, 1, 'bought / sold found through their base forms');
});

t.test('names in one place slot conflict even in short statements', async (t) => {
  const r = compareTexts({ a: 'The people are in Mexico.', b: 'The people are in Argentina.' });
  t.ok(r.flag, `score ${r.score}`);
  t.ok(r.cues.some((c) => c.type === 'antonym' && c.a?.text === 'Mexico' && c.b?.text === 'Argentina'));
});

t.test('an adjective with a person is not one compound: its opposite is found', async (t) => {
  const x = analyze('The little girl is taking a photo.');
  t.ok(x.units.some((u) => u.key === 'little'), x.units.map((u) => u.key).join(' '));
  t.ok(analyze('They sat in the living room.').units.some((u) => u.key === 'living_room'), 'other compounds stay whole');
  const r = con('The little girl is taking a photo.', 'The big girl is taking a photo.').r;
  t.equal(r.antonym, 1);
  t.equal(r.slots.modifier, 1);
});

t.test('compounds with one head are sisters, a compound and its head are not', async (t) => {
  t.equal(con('Two dogs sit on the living room floor.', 'Two dogs sit on the dining room floor.').r.cohyponym, 1);
  t.equal(con('A black cat sleeps.', 'A cat sleeps.').r.cohyponym, 0);
});

t.test('a category named with the general word is a hypernym, not a sister', async (t) => {
  // 'hypernym': the second word is the more general one
  t.equal(relation('guitar', 'instrument'), 'hypernym');
  t.equal(relation('instrument', 'guitar'), 'hyponym');
  t.notOk(compareTexts({ a: 'A boy is playing a guitar', b: 'A boy is playing an instrument' }).flag);
  t.not(relation('guitar', 'flute'), 'hyponym', 'two instruments are not one a kind of the other');
});

t.test('slots: modifier before a shared noun, place after a preposition, else argument', async (t) => {
  const m = con('A brick wall stands.', 'A plastic wall stands.');
  const i = m.x.units.findIndex((u) => u.key === 'brick' || u.key === 'brick_wall');
  t.ok(i >= 0);
  const p = con('She waited in the kitchen.', 'She waited in the garage.');
  const pi = p.x.units.findIndex((u) => u.key === 'kitchen');
  const pj = p.y.units.findIndex((u) => u.key === 'garage');
  t.equal(slotOf(p.x, p.y, p.al, pi, pj), 'place');
  const g = con('A man is playing a guitar', 'A man is playing a flute');
  const gi = g.x.units.findIndex((u) => u.key === 'guitar');
  const gj = g.y.units.findIndex((u) => u.key === 'flute');
  t.equal(slotOf(g.x, g.y, g.al, gi, gj), 'argument');
});

t.test('an adjective of a place is that place, never its sister', async (t) => {
  t.equal(relation('russian', 'russia'), 'synonym');
  t.equal(relation('burmese', 'burma'), 'synonym');
  t.not(relation('russian', 'ukraine'), 'synonym');
  const r = con('Russian troops crossed the border.', 'Troops from Russia crossed the border.').r;
  t.equal(r.cues.length, 0, JSON.stringify(r.cues));
});
