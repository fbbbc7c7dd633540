// Lexical relations between two words, from WordNet, memoised per word pair.
// The scorer asks: are these the same concept (synonym), one a kind of the other
// (hypernym: no conflict), opposites (antonym) or sisters in one category (co-hyponym)?
import { lemmas, synsets, synset, senseShare, rarelyUsedAs, type Synset, type Pos } from './wordnet.js';

export type Relation = 'same' | 'synonym' | 'hypernym' | 'hyponym' | 'antonym' | 'cohyponym' | 'sister-verb' | 'none';

const HYPER = new Set(['@', '@i']);
// Senses considered per word: rare senses make everything a synonym of everything.
const SENSES = 4;
// Sisters are words whose closest shared category is near (up to MAX_UP levels above
// each) and specific (at least MIN_ROOT_DEPTH below the root); a very specific category
// (musical instrument, beverage) may sit further up.
const MAX_UP = 3;
const MIN_ROOT_DEPTH = 4;
const DEEP_UP = 5;
const DEEP_ROOT_DEPTH = 6;

function key(s: Synset): string {
  return s.pos + s.offset;
}

/** A word hardly ever used as a verb has no verb senses here: "homes" is no kind of putting. */
function senses(word: string): Synset[] {
  const out: Synset[] = [];
  const noVerb = rarelyUsedAs(word, 'v');
  for (const l of lemmas(word)) if (!(noVerb && l.pos === 'v')) out.push(...synsets(l.lemma, l.pos, SENSES));
  return out;
}

/** Share of a word's uses under which a shared sense makes two words synonyms ("a great deal" is 1 in 11 uses of deal). */
const SYNONYM_MIN_SHARE = 0.1;

/** Senses common enough to make the word a synonym of another: not "deal" for "lot" (its sense "a great deal"). */
function synonymSenses(word: string): Set<string> {
  const out = new Set<string>();
  for (const l of lemmas(word)) for (const s of synsets(l.lemma, l.pos, SENSES)) if (senseShare(l.lemma, l.pos, s.offset) >= SYNONYM_MIN_SHARE) out.add(key(s));
  return out;
}

/** Noun-like synsets of a word: its nouns, plus nouns its adjectives pertain to (Chinese → China). */
function conceptSenses(word: string): Synset[] {
  const out: Synset[] = [];
  for (const s of senses(word)) {
    if (s.pos === 'n' || s.pos === 'v') out.push(s);
    else if (s.pos === 'a') {
      for (const p of s.pointers) if (p.symbol === '\\' && p.pos === 'n') out.push(synset('n', p.offset));
    }
  }
  return out;
}

const ancestorsCache = new Map<string, Map<string, number>>();

/** Ancestors of a synset with their distance (1 = direct hypernym), up to `limit` levels. */
function ancestors(s: Synset, limit: number): Map<string, number> {
  const ck = key(s) + ':' + limit;
  const cached = ancestorsCache.get(ck);
  if (cached) return cached;
  const out = new Map<string, number>();
  let frontier: Synset[] = [s];
  for (let d = 1; d <= limit && frontier.length; d++) {
    const next: Synset[] = [];
    for (const f of frontier) {
      for (const p of f.pointers) {
        if (!HYPER.has(p.symbol)) continue;
        const h = synset(p.pos, p.offset);
        const k = key(h);
        if (!out.has(k)) {
          out.set(k, d);
          next.push(h);
        }
      }
    }
    frontier = next;
  }
  ancestorsCache.set(ck, out);
  return out;
}

const rootDepthCache = new Map<string, number>();

/** Shortest hypernym path to a root: how specific a category is. */
function rootDepth(s: Synset): number {
  const k = key(s);
  const c = rootDepthCache.get(k);
  if (c !== undefined) return c;
  let best = 0;
  const anc = ancestors(s, 20);
  if (anc.size) {
    best = Infinity;
    for (const [ak, d] of anc) {
      const a = synset(ak[0] as Pos, Number(ak.slice(1)));
      if (!a.pointers.some((p) => HYPER.has(p.symbol))) best = Math.min(best, d);
    }
    if (best === Infinity) best = 0;
  }
  rootDepthCache.set(k, best);
  return best;
}

function lemmaSet(word: string): Set<string> {
  return new Set(lemmas(word).map((l) => l.lemma));
}

/** Direct antonym links, and for adjectives the antonyms of the cluster head (indirect antonyms). */
function antonymTargets(word: string): Set<string> {
  const out = new Set<string>();
  const lem = lemmaSet(word);
  for (const s of senses(word)) {
    for (const p of s.pointers) {
      if (p.symbol !== '!') continue;
      if (p.source && !lem.has(s.words[p.source - 1] ?? '')) continue;
      // the whole synset of the opposite: little ↔ big, and big shares its synset with large
      for (const w of synset(p.pos, p.offset).words) out.add(w);
    }
    if (s.pos === 'a' && s.satellite) {
      for (const p of s.pointers) {
        if (p.symbol !== '&') continue;
        const head = synset('a', p.offset);
        for (const q of head.pointers) {
          if (q.symbol !== '!') continue;
          const anti = synset('a', q.offset);
          for (const w of anti.words) out.add(w);
        }
      }
    }
  }
  return out;
}

/** Synset keys the adjective senses pertain to ('\\' pointers: Russian → Russia). */
function pertainyms(ss: Synset[]): string[] {
  const out: string[] = [];
  for (const s of ss) if (s.pos === 'a') for (const p of s.pointers) if (p.symbol === '\\' && p.pos === 'n') out.push(p.pos + p.offset);
  return out;
}

/** The part of speech on which the two share a close, specific category, or null. */
function cohyponymPos(a: WordProfile, b: WordProfile): Pos | null {
  // most pairs share no category this near: one set lookup each answers them
  if (!intersects(a.nearUnion, b.nearUnion)) return null;
  for (let ia = 0; ia < a.concepts.length; ia++) {
    const sa = a.concepts[ia]!;
    const aa = a.near[ia]!;
    for (let ib = 0; ib < b.concepts.length; ib++) {
      const sb = b.concepts[ib]!;
      if (sa.pos !== sb.pos) continue;
      // far relatives and verbs only on their main senses: rare senses link almost anything
      const main = ia < 2 && ib < 2;
      if (sa.pos === 'v' && !main) continue;
      for (const [k, d] of b.near[ib]!) {
        const da = aa.get(k);
        if (da === undefined) continue;
        const depth = rootDepthCache.get(k) ?? rootDepth(synset(k[0] as Pos, Number(k.slice(1))));
        if (sa.pos === 'v') {
          // verb hierarchies are shallow: only verbs sharing a parent (or grandparent) are sisters
          if (da + d <= 3) return 'v';
        } else if ((da <= MAX_UP && d <= MAX_UP && da + d <= MAX_UP + 2 && depth >= MIN_ROOT_DEPTH) || (main && depth >= DEEP_ROOT_DEPTH)) {
          return sa.pos;
        }
      }
    }
  }
  return null;
}

const memo = new Map<string, Map<string, Relation>>();
let memoSize = 0;

/** Relation of two lower-case words (WordNet form: compounds joined by '_'). */
export function relation(a: string, b: string): Relation {
  if (a === b) return 'same';
  const flip = a > b;
  const x = flip ? b : a;
  const y = flip ? a : b;
  let inner = memo.get(x);
  if (!inner) memo.set(x, (inner = new Map()));
  let r = inner.get(y);
  if (r === undefined) {
    r = compute(x, y);
    if (++memoSize > 300_000) {
      memo.clear();
      memoSize = 0;
    }
    inner.set(y, r);
  }
  if (flip && r === 'hypernym') return 'hyponym';
  if (flip && r === 'hyponym') return 'hypernym';
  return r;
}

/**
 * What compute() needs of one word, worked out once per word: the relation of a new pair is then
 * set lookups, not walks over WordNet (scoring meets most words many times, in new pairs).
 */
interface WordProfile {
  lemmas: Set<string>;
  senses: Synset[];
  senseKeys: Set<string>;
  /** Of those, the ones common enough for synonymy (synonymSenses). */
  synonymKeys: Set<string>;
  antonyms: Set<string>;
  pertainyms: string[];
  concepts: Synset[];
  conceptKeys: string[];
  /** Ancestors (up to 8 levels) of the concept senses: isHypernymOf. */
  above: Set<string>;
  /** Parts of the compound names of those ancestors: namedAbove. */
  abovePartNames: Set<string>;
  /** Per concept sense, its ancestors up to DEEP_UP levels with their distance: cohyponymPos. */
  near: Map<string, number>[];
  nearUnion: Set<string>;
}

const profiles = new Map<string, WordProfile>();

function profile(word: string): WordProfile {
  let p = profiles.get(word);
  if (p) return p;
  const ss = senses(word);
  const concepts = conceptSenses(word);
  const above = new Set<string>();
  for (const s of concepts) for (const k of ancestors(s, 8).keys()) above.add(k);
  const near = concepts.map((s) => ancestors(s, DEEP_UP));
  const abovePartNames = compoundParts(above, new Set());
  p = {
    lemmas: lemmaSet(word),
    senses: ss,
    senseKeys: new Set(ss.map(key)),
    synonymKeys: synonymSenses(word),
    antonyms: antonymTargets(word),
    pertainyms: pertainyms(ss),
    concepts,
    conceptKeys: concepts.map(key),
    above,
    abovePartNames,
    near,
    nearUnion: new Set(near.flatMap((m) => [...m.keys()])),
  };
  if (profiles.size > 100_000) profiles.clear();
  profiles.set(word, p);
  return p;
}

/** Adds the parts of the compound names of these synsets (musical_instrument → musical, instrument). */
function compoundParts(keys: Iterable<string>, into: Set<string>): Set<string> {
  for (const k of keys) {
    for (const w of synset(k[0] as Pos, Number(k.slice(1))).words) if (w.includes('_')) for (const part of w.split('_')) into.add(part);
  }
  return into;
}

function intersects(xs: Iterable<string>, ys: Set<string>): boolean {
  for (const x of xs) if (ys.has(x)) return true;
  return false;
}

function partOfCompound(compound: string, word: string): boolean {
  return compound.includes('_') && compound.split('_').includes(word);
}

function compute(a: string, b: string): Relation {
  const pa = profile(a);
  const pb = profile(b);
  if (intersects(pa.lemmas, pb.lemmas)) return 'same';
  if (!pa.senses.length || !pb.senses.length) return 'none';
  if (intersects(pa.antonyms, pb.lemmas) || intersects(pb.antonyms, pa.lemmas)) return 'antonym';
  if (intersects(pa.synonymKeys, pb.synonymKeys)) return 'synonym';
  // an adjective of a place or thing is that thing (Russian / Russia, Burmese / Burma), never its sister
  if (intersects(pa.pertainyms, pb.senseKeys) || intersects(pb.pertainyms, pa.senseKeys)) return 'synonym';
  // 'hypernym' means b is more general than a (saxophone → instrument).
  if (intersects(pb.conceptKeys, pa.above)) return 'hypernym';
  if (intersects(pa.conceptKeys, pb.above)) return 'hyponym';
  if (intersects(pb.lemmas, pa.abovePartNames)) return 'hypernym';
  if (intersects(pa.lemmas, pb.abovePartNames)) return 'hyponym';
  // "military forces" and "military" name one thing in two ways, whatever their senses' parents
  if (partOfCompound(a, b) || partOfCompound(b, a)) return 'none';
  // Sister verbs (slicing/peeling) are weaker evidence than sister things (kitchen/bathroom).
  const pos = cohyponymPos(pa, pb);
  if (pos) return pos === 'v' ? 'sister-verb' : 'cohyponym';
  return 'none';
}

export interface ConceptKeys {
  /** WordNet base forms. */
  lemmas: string[];
  lemmaSet: Set<string>;
  senseSet: Set<string>;
  /** Synsets of the senses the aligner considers (synonymy). */
  senses: string[];
  /** Noun-like senses (hypernymy is looked up among these). */
  concepts: string[];
  /** Those and their ancestors up to the depth the aligner looks. */
  closure: Set<string>;
  /** Parts of the compound names of those ancestors (musical_instrument → musical, instrument): see namedAbove. */
  parts: Set<string>;
}

const conceptCache = new Map<string, ConceptKeys>();

/**
 * Everything through which `relation` could find two words the same, synonyms or one a kind
 * of the other: two words with no key in common (lemma, sense; concept against closure) are
 * none of these. Lets a caller bound an alignment without running it.
 */
export function conceptKeys(word: string): ConceptKeys {
  let c = conceptCache.get(word);
  if (c) return c;
  const p = profile(word);
  const closure = new Set([...p.conceptKeys, ...p.above]);
  const parts = compoundParts(p.conceptKeys, new Set(p.abovePartNames));
  // a noun sense an adjective pertains to counts as one of its senses (Russian / Russia are the same)
  const senses = [...p.senseKeys, ...p.pertainyms];
  c = { lemmas: [...p.lemmas], lemmaSet: p.lemmas, senses, senseSet: new Set(senses), concepts: p.conceptKeys, closure, parts };
  if (conceptCache.size > 100_000) conceptCache.clear();
  conceptCache.set(word, c);
  return c;
}

const animateCache = new Map<string, boolean>();

/**
 * A kind of person or animal (man, woman, chef; dog, cat, chimp): a swap of two such words
 * is another doer, maybe another scene, not one thing described two ways.
 */
export function isAnimateWord(word: string): boolean {
  let v = animateCache.get(word);
  if (v !== undefined) return v;
  const roots = ['person', 'animal'].map((w) => synsets(w, 'n', 1)[0]).filter((s): s is Synset => !!s).map(key);
  // the word's main noun sense only: "black" and "Chinese" name people only in rarer senses,
  // and a swap of colours or nationalities describes one person two ways
  // (per base form: "men" is also a noun of its own, the work force)
  v = false;
  for (const l of lemmas(word)) {
    if (l.pos !== 'n') continue;
    const main = synsets(l.lemma, 'n', 1)[0];
    if (!main) continue;
    const anc = ancestors(main, 14);
    if (roots.some((r) => key(main) === r || anc.has(r))) v = true;
  }
  if (animateCache.size > 50_000) animateCache.clear();
  animateCache.set(word, v);
  return v;
}

/**
 * Whether `relation` could find the two words the same, synonyms or one a kind of the other:
 * false means none of these (they share no lemma, sense, concept-in-closure or compound part),
 * without working out the relation. The aligner asks this of every unit pair.
 */
export function mayAlign(a: string, b: string): boolean {
  if (a === b) return true;
  const x = conceptKeys(a);
  const y = conceptKeys(b);
  return (
    intersects(x.lemmas, y.lemmaSet) ||
    intersects(x.senses, y.senseSet) ||
    intersects(x.concepts, y.closure) ||
    intersects(y.concepts, x.closure) ||
    intersects(x.lemmas, y.parts) ||
    intersects(y.lemmas, x.parts)
  );
}

/** relation(a, b) === 'antonym', without working out the other relations. */
export function antonymous(a: string, b: string): boolean {
  if (a === b) return false;
  const pa = profile(a);
  const pb = profile(b);
  // most words have no opposite in WordNet (asked of every unpaired unit pair in contrast.ts)
  if (!pa.antonyms.size && !pb.antonyms.size) return false;
  if (intersects(pa.lemmas, pb.lemmas) || !pa.senses.length || !pb.senses.length) return false;
  return intersects(pa.antonyms, pb.lemmas) || intersects(pb.antonyms, pa.lemmas);
}

const wordIds = new Map<string, number>();
const wordsById: string[] = [];

/** A small integer standing for the word, so per-pair memos are keyed by numbers, not strings. */
export function wordId(word: string): number {
  let id = wordIds.get(word);
  if (id === undefined) {
    id = wordsById.length;
    wordsById.push(word);
    wordIds.set(word, id);
  }
  return id;
}

/** What the aligner needs of a word pair: the same or synonyms, one a kind of the other, or neither. */
export const AlignRelation = {
  /** None of the others (the words may still be opposites or sisters). */
  Neither: 0,
  Synonym: 1,
  /** The second word is more general. */
  Hypernym: 2,
  Hyponym: 3,
} as const;
export type AlignRelation = (typeof AlignRelation)[keyof typeof AlignRelation];

const alignMemo: Array<Map<number, AlignRelation> | undefined> = [];
let alignMemoSize = 0;

/** relation() reduced to what alignment uses, memoised by word ids (the aligner asks it of every unit pair). */
export function alignRelation(a: number, b: number): AlignRelation {
  let inner = alignMemo[a];
  const hit = inner?.get(b);
  if (hit !== undefined) return hit;
  const wa = wordsById[a]!;
  const wb = wordsById[b]!;
  let r: AlignRelation = AlignRelation.Neither;
  // most pairs share no WordNet key at all, and are answered without working out the relation
  if (mayAlign(wa, wb)) {
    const full = relation(wa, wb);
    r = full === 'same' || full === 'synonym' ? AlignRelation.Synonym : full === 'hypernym' ? AlignRelation.Hypernym : full === 'hyponym' ? AlignRelation.Hyponym : AlignRelation.Neither;
  }
  if (++alignMemoSize > 2_000_000) {
    alignMemo.length = 0;
    alignMemoSize = 0;
    inner = undefined;
  }
  if (!inner) alignMemo[a] = inner = new Map();
  inner.set(b, r);
  return r;
}

