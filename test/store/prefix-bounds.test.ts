import t from 'tap';
import { prefixBounds } from '../../src/store/rows.js';

// A prefix search is a range of names: [lower, upper) must hold exactly the strings that start with the prefix.

const byCodePoint = (a: string, b: string): number => {
  const [x, y] = [[...a], [...b]];
  for (let i = 0; i < Math.min(x.length, y.length); i++) {
    const d = (x[i]?.codePointAt(0) ?? 0) - (y[i]?.codePointAt(0) ?? 0);
    if (d !== 0) return d;
  }
  return x.length - y.length;
};

t.test('the upper bound is the prefix with its last code point one higher', async (t) => {
  t.same(prefixBounds('zelen'), { lower: 'zelen', upper: 'zeleo' });
  t.same(prefixBounds('ab%'), { lower: 'ab%', upper: 'ab&' });
  t.same(prefixBounds('𝒜'), { lower: '𝒜', upper: String.fromCodePoint(0x1d49d) });
  t.same(prefixBounds('a\u{d7ff}'), { lower: 'a\u{d7ff}', upper: 'a\u{e000}' }, 'past the surrogates');
  t.same(prefixBounds('a\u{10ffff}\u{10ffff}'), { lower: 'a\u{10ffff}\u{10ffff}', upper: 'b' }, 'the highest code point carries');
  t.same(prefixBounds(''), { lower: '', upper: null }, 'nothing bounds the empty prefix');
  t.same(prefixBounds('\u{10ffff}'), { lower: '\u{10ffff}', upper: null });
});

t.test('in code-point order, the range holds exactly the strings with the prefix', async (t) => {
  const prefixes = ['zelen', 'a\u{d7ff}', 'ö', '𝒜x', 'a\u{10ffff}'];
  const strings = ['', 'z', 'zelen', 'zelem', 'zeleno', 'zelenz', 'zelen\u{10ffff}', 'zeleo', 'a', 'a\u{d7ff}', 'a\u{d7ff}b', 'a\u{e000}', 'ö', 'öz', 'p', '𝒜', '𝒜x', '𝒜xy', '𝒜y', 'a\u{10ffff}', 'a\u{10ffff}q', 'b'];
  for (const p of prefixes) {
    const { lower, upper } = prefixBounds(p);
    for (const s of strings) {
      const inRange = byCodePoint(s, lower) >= 0 && (upper === null || byCodePoint(s, upper) < 0);
      t.equal(inRange, s.startsWith(p), `${JSON.stringify(p)} / ${JSON.stringify(s)}`);
    }
  }
});
