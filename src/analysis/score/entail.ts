// How far one statement's content is asserted by the other (de Marneffe et al. 2008: first
// decide both are about the same proposition). A contradiction by negation needs the negated
// statement, without its negation, to be what the other side says: every name and number of it
// found there, its words matched as equal or more general, close together in one place.
import type { TextInfo } from './analyze.js';

export interface Entailment {
  /** IDF share of x's units matched in y as the same or a more general word (0..1). */
  cover: number;
  /** x's names that y never mentions (0, 1, 2, 3 or more → 0..1). */
  missingNames: number;
  /** x's numbers whose value y never states, 0..1. */
  missingNumbers: number;
  /**
   * The cover counting only partners inside one window of y as long as x: a
   * proposition asserted in one place, not pieced together from words scattered over a long text.
   */
  window: number;
}

/**
 * x covered by y. `map`, `q` and `spec` are x's side of the alignment (partner, quality, and
 * +1 when x's unit is the more specific one: "no man is frying fish" is not denied by "cooking fish").
 */
export function entailment(x: TextInfo, y: TextInfo, map: Int32Array, q: Float32Array, spec: Int8Array): Entailment {
  let num = 0;
  let den = 0;
  let missing = 0;
  // partners' positions in y with the weight they earn, for the window below
  const hits: Array<[number, number]> = [];
  x.units.forEach((u, i) => {
    den += u.idf;
    const j = map[i]!;
    if (j < 0) {
      if (u.proper) missing++;
      return;
    }
    // a narrower word is not asserted by a broader one
    const m = u.idf * (spec[i]! > 0 ? 0.3 : Math.min(1, q[i]! / 0.9));
    num += m;
    hits.push([y.units[j]!.tokFrom, m]);
  });
  // best window: partners sorted by position in y, two pointers over them
  hits.sort((m, n) => m[0] - n[0]);
  const width = x.tokens.length;
  let best = 0;
  let sum = 0;
  for (let r = 0, l = 0; r < hits.length; r++) {
    sum += hits[r]![1];
    while (hits[r]![0] - hits[l]![0] > width) sum -= hits[l++]![1];
    best = Math.max(best, sum);
  }
  let numMissing = 0;
  for (const n of x.numbers) if (!y.numbers.some((m) => m.value === n.value)) numMissing++;
  return {
    cover: den ? num / den : 0,
    missingNames: Math.min(missing, 3) / 3,
    missingNumbers: x.numbers.length ? numMissing / x.numbers.length : 0,
    window: den ? best / den : 0,
  };
}
