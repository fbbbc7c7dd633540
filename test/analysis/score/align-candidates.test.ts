// The aligner asks WordNet only about unit pairs alignCandidates marks; a pair it misses would
// silently lose a synonym or hypernym match. Checked here against mayAlign on every unit pair.
import t from 'tap';
import { analyze, type TextInfo } from '../../../src/analysis/score/analyze.js';
import { alignCandidates } from '../../../src/analysis/score/align-candidates.js';
import { mayAlign } from '../../../src/analysis/score/relations.js';

const TEXTS = [
  'A man is playing a guitar in the kitchen while the Russian minister watches.',
  'The woman plays a musical instrument in Russia; an official and a boy are watching the boat.',
  'Putin said the ceasefire talks with Zelensky would continue after the summit meeting.',
  'The vessel sank, and the Chinese negotiation stalled as prices rose and fell.',
  'Xyzzy quux plugh.',
];

/** Unit pairs (with different keys) where the marks and mayAlign disagree; and how many are marked. */
function mismatches(a: TextInfo, b: TextInfo, may: Uint8Array | null): { wrong: string[]; marked: number } {
  const wrong: string[] = [];
  let marked = 0;
  const nb = b.units.length;
  a.units.forEach((ua, i) => {
    b.units.forEach((ub, j) => {
      if (ua.key === ub.key) return;
      const expected = mayAlign(ua.key, ub.key);
      const got = may !== null && may[i * nb + j] === 1;
      if (got !== expected) wrong.push(`${ua.key} / ${ub.key}: marked ${got}, mayAlign ${expected}`);
      if (got) marked++;
    });
  });
  return { wrong, marked };
}

t.test('marks exactly the unit pairs mayAlign accepts', async (t) => {
  // statements are indexed from their second comparison on (or when met with one met before)
  for (const x of TEXTS) alignCandidates(analyze(x), analyze(x));
  let marked = 0;
  for (const x of TEXTS) {
    for (const y of TEXTS) {
      const r = mismatches(analyze(x), analyze(y), alignCandidates(analyze(x), analyze(y)));
      t.same(r.wrong, [], `${x} / ${y}`);
      marked += r.marked;
    }
  }
  // guitar / instrument, Russian / Russia, man / woman ... must be among them, or the check proves little
  t.ok(marked >= 20, `${marked} related unit pairs`);
});

t.test('two statements never met before are not indexed: every unit pair is a candidate', async (t) => {
  const a = analyze('Xyzzy quux plugh said the violinist.');
  const b = analyze('The ceasefire talks would continue, the senator said.');
  const first = alignCandidates(a, b);
  t.equal(first?.subarray(0, a.units.length * b.units.length).every((m) => m === 1), true, 'a first comparison asks every pair');
  // met again, both are indexed: only pairs sharing a key remain, here none
  t.equal(alignCandidates(a, b), null);
  // a new statement met with one met before is indexed at once
  const c = analyze('An instrument was loud, the musician said.');
  const r = mismatches(c, a, alignCandidates(c, a));
  t.same(r.wrong, []);
  t.ok(r.marked > 0, 'musician / violinist');
});
