// Average linkage over a few units (documents or parts of events) with sparse summed similarities:
// merge the two units whose mean pairwise similarity is highest, while it reaches the cut. The
// service runs it around each new document, so it works on small inputs and keeps to plain loops.

export interface LinkageUnit {
  /** Documents in the unit: the divisor of its summed similarities. */
  size: number;
  /** Two pinned units are never merged (each holds an event a person merged or renamed). */
  pinned: boolean;
}

/** Summed similarity between units, each unordered pair once; pairs absent sum to 0. */
export type UnitSums = Map<number, Map<number, number>>;

export function addSum(sums: UnitSums, a: number, b: number, s: number): void {
  const [x, y] = a < b ? [a, b] : [b, a];
  let row = sums.get(x);
  if (!row) sums.set(x, (row = new Map()));
  row.set(y, (row.get(y) ?? 0) + s);
}

/**
 * The groups of unit indices that average linkage forms, each listed with its smallest index first,
 * groups in order of that index. Ties go to the pair of smaller indices, so the result depends only
 * on the input.
 */
export function averageLinkage(units: LinkageUnit[], sums: UnitSums, cut: number): number[][] {
  const size = units.map((u) => u.size);
  const pinned = units.map((u) => u.pinned);
  const members = units.map((_, i) => [i]);
  const alive = units.map(() => true);
  // A merged unit's mean to a third lies between its parts' means to it, so a unit with no pair at
  // the cut never merges: only the others take part.
  const active = new Set<number>();
  for (const [a, row] of sums) {
    for (const [b, s] of row) {
      if (a !== b && s / (size[a]! * size[b]!) >= cut && !(pinned[a] && pinned[b])) active.add(a).add(b);
    }
  }
  // Symmetric rows: every live neighbour of a unit with the summed similarity.
  const rows = units.map(() => new Map<number, number>());
  for (const [a, row] of sums) {
    if (!active.has(a)) continue;
    for (const [b, s] of row) {
      if (a === b || !active.has(b)) continue;
      rows[a]!.set(b, (rows[a]!.get(b) ?? 0) + s);
      rows[b]!.set(a, (rows[b]!.get(a) ?? 0) + s);
    }
  }
  const live = [...active].sort((x, y) => x - y);
  for (;;) {
    let best: { a: number; b: number; mean: number } | null = null;
    for (const a of live) {
      if (!alive[a]) continue;
      for (const [b, s] of rows[a]!) {
        if (b <= a || (pinned[a] && pinned[b])) continue;
        const mean = s / (size[a]! * size[b]!);
        if (mean >= cut && (!best || mean > best.mean || (mean === best.mean && a === best.a && b < best.b))) best = { a, b, mean };
      }
    }
    if (!best) break;
    const { a, b } = best;
    // b joins a (a < b): its sums move over.
    alive[b] = false;
    size[a]! += size[b]!;
    pinned[a] = pinned[a]! || pinned[b]!;
    members[a]!.push(...members[b]!);
    foldSums(rows, a, b);
  }
  return members.filter((_, i) => alive[i]).map((m) => m.sort((x, y) => x - y));
}

/**
 * Cluster b joins cluster a in a symmetric table of summed similarities: b's sums move onto a's,
 * in a's row and in every other row, and b's row empties. Average linkage divides them by sizes.
 */
export function foldSums(rows: Map<number, number>[], a: number, b: number): void {
  const ra = rows[a]!;
  ra.delete(b);
  for (const [c, s] of rows[b]!) {
    if (c === a) continue;
    ra.set(c, (ra.get(c) ?? 0) + s);
    const rc = rows[c]!;
    rc.delete(b);
    rc.set(a, (rc.get(a) ?? 0) + s);
  }
  rows[b]!.clear();
}
