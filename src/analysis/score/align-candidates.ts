// Which unit pairs of two statements could be WordNet-related (relations.ts mayAlign), found by
// joining per-statement lists of WordNet keys instead of asking mayAlign of every unit pair: in
// news statements about 1 unit pair in 100 shares a key, and asking each pair was a quarter of
// all scoring time.
import type { TextInfo } from './analyze.js';
import { conceptKeys } from './relations.js';

/**
 * A statement's WordNet keys as entries key id × 2^UNIT_BITS + unit index, sorted (so by key).
 * A statement with more units, or ids past MAX_KEY_ID, is not indexed: every unit pair is then
 * a candidate, which costs time but changes no answer (the aligner asks WordNet itself).
 */
type KeyList = Int32Array;
const UNIT_BITS = 10;
const UNIT_MASK = (1 << UNIT_BITS) - 1;
const MAX_KEY_ID = 1 << 20;

interface StatementKeys {
  /** Lemmas and senses: two words sharing one may align (either way round). */
  shared: KeyList;
  /** Concept senses, and lemmas as compound parts: looked up in the other side's `wide`. */
  narrow: KeyList;
  /** The closure of the concepts (their ancestors), and the parts of compound ancestor names. */
  wide: KeyList;
}

// Ids of WordNet keys by namespace (a lemma, a synset key, a compound part); bounded by WordNet's size.
const keyIds = new Map<string, number>();

function keyId(k: string): number {
  let id = keyIds.get(k);
  if (id === undefined) keyIds.set(k, (id = keyIds.size));
  return id;
}

interface WordKeys {
  shared: number[];
  narrow: number[];
  wide: number[];
}

const wordKeysCache = new Map<string, WordKeys>();

function wordKeys(word: string): WordKeys {
  let w = wordKeysCache.get(word);
  if (w) return w;
  const c = conceptKeys(word);
  w = {
    shared: [...c.lemmas.map((x) => keyId(`l${x}`)), ...c.senses.map((x) => keyId(`s${x}`))],
    narrow: [...c.concepts.map((x) => keyId(`c${x}`)), ...c.lemmas.map((x) => keyId(`p${x}`))],
    wide: [...[...c.closure].map((x) => keyId(`c${x}`)), ...[...c.parts].map((x) => keyId(`p${x}`))],
  };
  if (wordKeysCache.size > 100_000) wordKeysCache.clear();
  wordKeysCache.set(word, w);
  return w;
}

// Reused for packing and sorting (the sorted entries are copied out): allocation, not the sort,
// was most of the cost of indexing a statement.
let scratch = new Int32Array(1024);

function keyList(words: WordKeys[], kind: keyof WordKeys): KeyList {
  let n = 0;
  for (const w of words) n += w[kind].length;
  if (scratch.length < n) scratch = new Int32Array(2 * n);
  n = 0;
  for (let i = 0; i < words.length; i++) for (const k of words[i]![kind]) scratch[n++] = (k << UNIT_BITS) | i;
  return scratch.subarray(0, n).sort().slice();
}

// By text, as the analysis cache is (a statement's units follow from its text alone), so an index
// outlives its TextInfo when that cache is emptied. 'seen': met once and not indexed. Indexing
// costs more than asking each unit pair of one comparison (POST /compare compares two new
// statements once), and pays back over the ~30 comparisons an ingested statement takes part in:
// a statement is indexed when it is met again, or at once when met with one met before (an
// ingested statement meets stored ones).
const statementKeys = new Map<string, StatementKeys | 'seen'>();
const MAX_STATEMENTS = 50_000;

function remember(t: TextInfo, k: StatementKeys | 'seen'): void {
  if (statementKeys.size >= MAX_STATEMENTS) statementKeys.clear();
  statementKeys.set(t.text, k);
}

/** The statement's key lists, or null when it is not indexed (yet, or at all: see KeyList). */
function keysOf(t: TextInfo, otherKnown: boolean): StatementKeys | null {
  const k = statementKeys.get(t.text);
  if (k !== undefined && k !== 'seen') return k;
  if ((k === undefined && !otherKnown) || t.units.length > UNIT_MASK + 1) {
    remember(t, 'seen');
    return null;
  }
  const words = t.units.map((u) => wordKeys(u.key));
  // ids grow with the WordNet keys met: past the packing's range, nothing more is indexed
  if (keyIds.size > MAX_KEY_ID) return null;
  const keys = { shared: keyList(words, 'shared'), narrow: keyList(words, 'narrow'), wide: keyList(words, 'wide') };
  remember(t, keys);
  return keys;
}

/** Marks out[i * nb + j] for every unit i of x (a's side when xIsA) and j of y listed under one key (a merge join). */
function join(x: KeyList, y: KeyList, nb: number, out: Uint8Array, xIsA: boolean): number {
  let marked = 0;
  let p = 0;
  let q = 0;
  while (p < x.length && q < y.length) {
    const kx = x[p]! >> UNIT_BITS;
    const ky = y[q]! >> UNIT_BITS;
    if (kx < ky) p++;
    else if (ky < kx) q++;
    else {
      let pe = p + 1;
      while (pe < x.length && x[pe]! >> UNIT_BITS === kx) pe++;
      let qe = q + 1;
      while (qe < y.length && y[qe]! >> UNIT_BITS === kx) qe++;
      for (let s = p; s < pe; s++) {
        const us = x[s]! & UNIT_MASK;
        for (let r = q; r < qe; r++) {
          const ur = y[r]! & UNIT_MASK;
          out[xIsA ? us * nb + ur : ur * nb + us] = 1;
          marked++;
        }
      }
      p = pe;
      q = qe;
    }
  }
  return marked;
}

let marks = new Uint8Array(1024);

/**
 * For units i of a and j of b with different keys: out[i * b.units.length + j] is 1 when
 * mayAlign(a.units[i].key, b.units[j].key), and (once both statements are indexed) only then.
 * Null when no pair may align. The array (longer than that) is reused by the next call.
 */
export function alignCandidates(a: TextInfo, b: TextInfo): Uint8Array | null {
  const aKnown = statementKeys.has(a.text);
  const ka = keysOf(a, statementKeys.has(b.text));
  const kb = keysOf(b, aKnown);
  const nb = b.units.length;
  const size = a.units.length * nb;
  if (marks.length < size) marks = new Uint8Array(2 * size);
  if (!ka || !kb) return marks.fill(1, 0, size);
  marks.fill(0, 0, size);
  const marked = join(ka.shared, kb.shared, nb, marks, true) + join(ka.narrow, kb.wide, nb, marks, true) + join(kb.narrow, ka.wide, nb, marks, false);
  return marked ? marks : null;
}
