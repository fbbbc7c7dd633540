// IN lists are padded to a few sizes so that the store prepares a few statements, not one per length.
import t from 'tap';
import { padded, rowChunks } from '../../src/store/rows.js';

t.test('a list keeps its values in order, the last repeated up to a bucket at most 1/8 larger', async (t) => {
  t.same(padded([]), []);
  t.same(padded([1, 2, 3]), [1, 2, 3], 'short lists as they are');
  const values = Array.from({ length: 17 }, (_, i) => `k${i}`);
  t.same(padded(values), [...values, 'k16'], '17 -> 18');
  t.same(values.length, 17, 'the argument is not changed');
  const sizes = new Set<number>();
  const wrong: number[] = [];
  for (let n = 1; n <= 1000; n++) {
    const list = padded(Array.from({ length: n }, (_, i) => i));
    const kept = list.slice(0, n).every((v, i) => v === i) && list.slice(n).every((v) => v === n - 1);
    if (!kept || list.length < n || list.length > n + n / 8) wrong.push(n);
    sizes.add(list.length);
  }
  t.same(wrong, [], 'every length from 1 to 1,000 keeps its values and grows by 1/8 at most');
  t.ok(sizes.size <= 16 + 8 * 6, `${sizes.size} sizes for lists of 1 to 1,000`);
});

t.test('multi-row statements take power-of-two chunks: every row once, in order, a few sizes', async (t) => {
  const sizes = new Set<number>();
  const wrong: number[] = [];
  for (let n = 0; n <= 700; n++) {
    const rows = Array.from({ length: n }, (_, i) => i);
    const chunks = [...rowChunks(rows)];
    if (chunks.flat().join() !== rows.join() || chunks.some((c) => c.length > 256)) wrong.push(n);
    for (const c of chunks) sizes.add(c.length);
  }
  t.same(wrong, [], 'every row once, in order, at most 256 a chunk');
  t.same([...sizes].sort((a, b) => a - b), [1, 2, 4, 8, 16, 32, 64, 128, 256]);
  t.same([...rowChunks([1, 2, 3], 2)], [[1, 2], [3]], 'a smaller maximum');
});
