// Average linkage over units with sparse summed similarities (the service's regrouping step).
import t from 'tap';
import { addSum, averageLinkage, type LinkageUnit, type UnitSums } from '../../../src/analysis/events/linkage.js';

const unit = (size = 1, pinned = false): LinkageUnit => ({ size, pinned });

function sums(pairs: [number, number, number][]): UnitSums {
  const s: UnitSums = new Map();
  for (const [a, b, x] of pairs) addSum(s, a, b, x);
  return s;
}

t.test('merges the closest pair first and stops below the cut', async (t) => {
  // 0–1 close, 2 close to 1 but not to 0: the mean of {0,1} to 2 is (0.1 + 0.5) / 2 = 0.3.
  const groups = averageLinkage([unit(), unit(), unit()], sums([[0, 1, 0.9], [1, 2, 0.5], [0, 2, 0.1]]), 0.35);
  t.same(groups, [[0, 1], [2]], 'after 0+1, the group is 0.3 from 2: below the cut');
  t.same(averageLinkage([unit(), unit(), unit()], sums([[0, 1, 0.9], [1, 2, 0.5], [0, 2, 0.1]]), 0.3), [[0, 1, 2]], 'at 0.3 it joins');
});

t.test('a unit of several documents is compared by its mean', async (t) => {
  // Unit 0 stands for 4 documents whose links to 1 sum to 1.0: a mean of 0.25.
  t.same(averageLinkage([unit(4), unit()], sums([[0, 1, 1.0]]), 0.3), [[0], [1]]);
  t.same(averageLinkage([unit(4), unit()], sums([[0, 1, 1.4]]), 0.3), [[0, 1]]);
});

t.test('two pinned units are never merged, a pinned one takes others in', async (t) => {
  const groups = averageLinkage([unit(1, true), unit(1, true), unit()], sums([[0, 1, 0.9], [1, 2, 0.8]]), 0.3);
  t.same(groups, [[0], [1, 2]]);
});

t.test('ties go to the pair of smaller units, whatever order the sums were added in', async (t) => {
  const a = averageLinkage([unit(), unit(), unit()], sums([[1, 2, 0.5], [0, 1, 0.5]]), 0.6);
  const b = averageLinkage([unit(), unit(), unit()], sums([[0, 1, 0.5], [1, 2, 0.5]]), 0.6);
  t.same(a, [[0], [1], [2]]);
  const c = averageLinkage([unit(), unit(), unit()], sums([[1, 2, 0.5], [0, 1, 0.5]]), 0.4);
  const d = averageLinkage([unit(), unit(), unit()], sums([[0, 1, 0.5], [1, 2, 0.5]]), 0.4);
  t.same(c, d);
  t.same(c, [[0, 1], [2]], '0+1 first; then 2 is 0.25 from the pair');
  t.same(b, a);
});
