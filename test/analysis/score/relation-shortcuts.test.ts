// The aligner and the contrast finder ask cheaper questions than relation() of most word pairs
// (mayAlign, alignRelation, antonymous). Their answers must agree with relation() itself on every
// pair, or scores would change with the shortcut: checked here on all pairs of a mixed word list.
import t from 'tap';
import { relation, mayAlign, alignRelation, antonymous, wordId, AlignRelation } from '../../../src/analysis/score/relations.js';

const WORDS = [
  'man', 'woman', 'guy', 'boy', 'kid', 'person', 'dog', 'cat', 'animal', 'guitar', 'flute', 'instrument', 'musical_instrument',
  'ship', 'boat', 'vessel', 'black', 'white', 'big', 'small', 'large', 'war', 'peace', 'increase', 'decrease', 'rise', 'fall',
  'buy', 'sell', 'bought', 'sold', 'russia', 'russian', 'china', 'chinese', 'ceasefire', 'attack', 'slicing', 'cutting', 'peeling',
  'onion', 'garlic', 'vegetable', 'eggplant', 'kitchen', 'bathroom', 'room', 'happy', 'sad', 'accept', 'reject', 'agree', 'refuse',
  'putin', 'zelensky', 'minister', 'official', 'talks', 'negotiation', 'summit', 'meeting', 'xyzzy', 'immediately',
];

t.test('alignRelation is relation() reduced to same/synonym, hypernym, hyponym', async (t) => {
  let related = 0;
  for (const a of WORDS) {
    for (const b of WORDS) {
      const r = relation(a, b);
      const expected =
        r === 'same' || r === 'synonym' ? AlignRelation.Synonym : r === 'hypernym' ? AlignRelation.Hypernym : r === 'hyponym' ? AlignRelation.Hyponym : AlignRelation.Neither;
      if (expected !== AlignRelation.Neither) {
        related++;
        if (!mayAlign(a, b)) t.fail(`mayAlign(${a}, ${b}) is false but relation is ${r}`);
      }
      // asked twice: the memoised answer is the computed one
      for (let k = 0; k < 2; k++) if (alignRelation(wordId(a), wordId(b)) !== expected) t.fail(`alignRelation(${a}, ${b}) against relation ${r}`);
      if (antonymous(a, b) !== (r === 'antonym')) t.fail(`antonymous(${a}, ${b}) against relation ${r}`);
    }
  }
  // the list must exercise every branch, or the checks above prove little
  t.ok(related > WORDS.length, `${related} related pairs besides`);
  t.equal(relation('woman', 'man'), 'antonym');
  t.ok(antonymous('war', 'peace') || relation('war', 'peace') !== 'antonym');
  t.equal(alignRelation(wordId('guitar'), wordId('instrument')), AlignRelation.Hypernym);
  t.equal(alignRelation(wordId('instrument'), wordId('guitar')), AlignRelation.Hyponym);
  t.notOk(mayAlign('guitar', 'onion'));
});

t.test('word ids are stable and distinct', async (t) => {
  t.equal(wordId('peace'), wordId('peace'));
  t.not(wordId('peace'), wordId('war'));
});
