// diceOfBigrams stands in for string-similarity's compareTwoStrings on every statement pair:
// any difference, even in the last bit, would change stored relatedness figures.
import t from 'tap';
import { dice, bigrams, diceOfBigrams } from '../../../src/analysis/text/dice.js';

const STRINGS = [
  '', 'a', 'ab', 'ab ab', 'abab', 'aaaa', 'aa aa', 'zelensky', 'zelenskyy', 'Zelensky', 'night', 'nacht',
  'russia talks ceasefire', 'ceasefire talks russia', 'café naïve', 'cafe naive', '北京 上海', 'emoji 🙂 smile', '  spaced\tout\n',
  'the quick brown fox jumps over the lazy dog', 'a quick brown dog jumps over the lazy fox',
];

t.test('equals compareTwoStrings on every pair, to the last bit', async (t) => {
  for (const x of STRINGS) {
    for (const y of STRINGS) {
      const got = diceOfBigrams(bigrams(x), bigrams(y));
      if (!Object.is(got, dice(x, y))) t.fail(`${JSON.stringify(x)} / ${JSON.stringify(y)}: ${got} against ${dice(x, y)}`);
    }
  }
  t.equal(diceOfBigrams(bigrams('aaaa'), bigrams('aa')), dice('aaaa', 'aa'), 'repeated bigrams count once per match');
  t.ok(diceOfBigrams(bigrams('zelensky'), bigrams('zelenskyy')) > 0.9);
});
