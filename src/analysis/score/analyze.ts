// One pass over a statement's text: tokens, clauses, content units (with WordNet
// compounds), negation scope, modality, conditions, numbers and evaluative words.
// Results are cached by text: one statement is usually compared with many others.
import { tokenize, isStopword, stem, type Token } from '../text/tokens.js';
import {
  NEG_TRIGGERS, NEG_PSEUDO, NEG_VERBS, NEG_SUFFIXES, NEG_TERMINATORS, NEG_MAX_SCOPE, NEG_WORDS, COORD_CONJ, COORD_OPENERS,
  CERTAIN, HEDGE, CONDITIONAL, UNCONDITIONAL, TONE_WORDS, TONE_INTENSIFIERS, LIGHT_PASS, LIGHT_FRAME,
} from './lexicon.js';
import { frequency, totalFrequency, lemmas } from './wordnet.js';
import { extractNumbers, type NumberMention } from './numbers.js';
import { isAnimateWord } from './relations.js';

export interface Unit {
  start: number;
  end: number;
  /** Lower-case words joined by '_' (WordNet's form for compounds). */
  key: string;
  stem: string;
  /** Stem of the last word: the head of a compound. */
  head: string;
  /** Its stem and its WordNet base forms' stems (bought → bought, buy): how word lists find it. */
  forms: string[];
  tokFrom: number;
  tokTo: number;
  clause: number;
  /** Odd number of negations cover it (double negation cancels). */
  negated: boolean;
  /** Object of "an end to", "cessation of": treated as negated for antonymy only. */
  ended: boolean;
  idf: number;
  proper: boolean;
  /** A light word (say, want, will): shared, but never the focus of a conflict. */
  light: boolean;
  /** Used as a verb here: an -ing/-ed form after an auxiliary ("is walking", "was hit"), or after "to". */
  verb: boolean;
  /** 'pass': a negation over it passes to what follows (want, will); 'frame': it stops there (say, know). */
  lightKind: 'pass' | 'frame' | null;
}

export interface Marker {
  start: number;
  end: number;
  tok: number;
  clause: number;
  phrase: string;
}

export interface NegTrigger extends Marker {
  /** Token range of the scope, end exclusive. */
  scopeFrom: number;
  scopeTo: number;
  /** Where the proposition the negation belongs to ends, when past the scope: a passive's agent ("rejected by the rebels"). */
  propositionTo?: number;
}

export interface ToneMention extends Marker {
  value: number;
}

export interface TextInfo {
  text: string;
  tokens: Token[];
  lowers: string[];
  stems: string[];
  clauseOf: Int32Array;
  units: Unit[];
  unitOfTok: Int32Array;
  negations: NegTrigger[];
  certain: Marker[];
  hedges: Marker[];
  conditions: Marker[];
  unconditional: Marker[];
  tone: ToneMention[];
  numbers: NumberMention[];
  /** TF-IDF vector over unit stems and its Euclidean norm. */
  vector: Map<string, number>;
  norm: number;
  /** The content units as one lower-case string, for character Dice. */
  contentText: string;
}

const NP_PREPOSITIONS = new Set(['with', 'of', 'for', 'in', 'at', 'on', 'by', 'to', 'from']);
/** Triggers that are nouns: what they deny is their complement, not the sentence's predicate. */
const NEGATING_NOUNS = new Set(['lack', 'failure', 'refusal', 'unwillingness', 'reluctance']);
const BREAK_PUNCT = /[.;:!?…—–]|\s-\s/;
const COMMA_CONJ = new Set(['and', 'or', 'so', 'then', 'nor']);
const ENDERS = new Set(['end', 'ends', 'ending', 'ended', 'cessation', 'halt', 'halting']);
const HAS_LETTER = /\p{L}/u;
/** Initials ("u.s", "u.n") and titles written with a period. */
const ABBREVIATION = /^(?:(?:\p{L}\.)+\p{L}|mr|mrs|ms|dr|prof|gen|sen|rep|gov|st|jr|sr|lt|col|capt|sgt|maj|adm|vs|no|inc|corp|ltd|co)$/u;
const EXISTENTIAL = new Set(['is', 'are', 'was', 'were', "'s"]);
const RELATIVE = new Set(['who', 'which', 'that', 'whose']);
const OBJECT_PRONOUNS = new Set(['nothing', 'none', 'nobody']);
const PASSIVE_BE = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'being']);
const PASSIVE_AUX = new Set([...PASSIVE_BE, 'has', 'have', 'had', 'will', 'would', 'could', 'may', 'might', 'should', 'must']);
const PARTICIPLE = /(?:ed|en)$/;
const PASSIVE_SUBJECT_MAX = 6;
const PASSIVE_AGENT_MAX = 5;
const EXISTENTIAL_NEGATIONS = new Set(['no', 'nobody', 'none', 'nothing']);
const HEDGE_ADVERBS = new Set(['almost', 'virtually', 'practically', 'hardly', 'really', 'simply', 'absolutely']);

function normalise(lower: string): string {
  return lower.replace(/’/g, "'");
}

const idfCache = new Map<string, number>();

function idfOf(key: string, proper: boolean): number {
  if (proper) return 9;
  let v = idfCache.get(key);
  if (v === undefined) {
    const f = frequency(key);
    // Names and words WordNet never tagged are the most telling.
    v = f === 0 ? 9 : Math.max(1, Math.min(Math.log(1 + totalFrequency() / (1 + f)), 9));
    if (idfCache.size > 100_000) idfCache.clear();
    idfCache.set(key, v);
  }
  return v;
}

function clauses(text: string, tokens: Token[], lowers: string[]): Int32Array {
  const out = new Int32Array(tokens.length);
  let c = 0;
  let existentialNo = false;
  for (let k = 0; k < tokens.length; k++) {
    if (k > 0) {
      const from = tokens[k - 1]!.end;
      const to = tokens[k]!.start;
      const w = lowers[k]!;
      // most gaps are one space: no punctuation to look at
      const plain = to - from === 1 && text.charCodeAt(from) === 32;
      const gap = plain ? ' ' : text.slice(from, to);
      // "… and is not putting": a conjunction before an auxiliary opens a new predicate
      const coordinated = COORD_CONJ.has(w) && k + 1 < tokens.length && COORD_OPENERS.has(lowers[k + 1]!);
      // the period of "U.S.", "Mr.", "Gen." ends no clause
      const abbreviation = !plain && gap.startsWith('.') && /^[.\s]*$/.test(gap) && ABBREVIATION.test(lowers[k - 1]!);
      // "there is no player who is being tackled": the relative clause is what the existential denies
      const deniedRelative = existentialNo && plain && RELATIVE.has(w);
      if (!deniedRelative && !abbreviation && (coordinated || NEG_TERMINATORS.has(w) || (!plain && (BREAK_PUNCT.test(gap) || (gap.includes(',') && COMMA_CONJ.has(w)))))) {
        c++;
        existentialNo = false;
      }
    }
    if (EXISTENTIAL_NEGATIONS.has(lowers[k]!)) {
      // "there is no …", "there's almost nobody …"
      let j = k - 1;
      while (j >= 0 && HEDGE_ADVERBS.has(lowers[j]!)) j--;
      if (lowers[j] === "there's" || (j >= 1 && lowers[j - 1] === 'there' && EXISTENTIAL.has(lowers[j]!))) existentialNo = true;
    }
    out[k] = c;
  }
  return out;
}

function clauseEnd(clauseOf: Int32Array, k: number): number {
  let e = k;
  while (e < clauseOf.length && clauseOf[e] === clauseOf[k]) e++;
  return e;
}

function marker(tokens: Token[], clauseOf: Int32Array, k: number, len: number, lowers: string[]): Marker {
  return {
    start: tokens[k]!.start,
    end: tokens[k + len - 1]!.end,
    tok: k,
    clause: clauseOf[k]!,
    phrase: lowers.slice(k, k + len).join(' '),
  };
}

const CLOSING_QUOTE = /^\S*["”»]|[”»]/;

/** Whether position `at` lies inside a quotation (curly quotes by direction, straight ones by parity). */
export function insideQuote(text: string, at: number): boolean {
  let depth = 0;
  let straight = 0;
  for (let i = 0; i < at; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x201c || c === 0xab) depth++;
    else if ((c === 0x201d || c === 0xbb) && depth > 0) depth--;
    else if (c === 34) straight ^= 1;
  }
  return depth > 0 || straight === 1;
}

/**
 * A negation inside a quotation ends with it: "seeks advantage, not peace” ahead of a meeting"
 * negates peace, not the meeting. Returns the first token after k whose gap closes the quote.
 */
function quoteEnd(text: string, tokens: Token[], k: number, limit: number): number {
  if (!insideQuote(text, tokens[k]!.start)) return limit;
  for (let j = k + 1; j < limit; j++) {
    const from = tokens[j - 1]!.end;
    const to = tokens[j]!.start;
    if (to - from === 1 && text.charCodeAt(from) === 32) continue;
    if (CLOSING_QUOTE.test(text.slice(from, to))) return j;
  }
  return limit;
}

function scanNegation(text: string, tokens: Token[], lowers: string[], stems: string[], clauseOf: Int32Array, skip: Uint8Array): NegTrigger[] {
  const out: NegTrigger[] = [];
  let neitherUntil = -1;
  for (let k = 0; k < tokens.length; k++) {
    const pseudo = NEG_PSEUDO.matchAt(lowers, k);
    if (pseudo) {
      for (let j = k; j < k + pseudo; j++) skip[j] = 1;
      k += pseudo - 1;
      continue;
    }
    let len = NEG_TRIGGERS.matchAt(lowers, k);
    if (!len && NEG_SUFFIXES.some((s) => lowers[k]!.endsWith(s) && lowers[k]!.length > s.length)) len = 1;
    if (!len) {
      len = NEG_VERBS.matchAt(stems, lowers, k);
      // "claims have been refused", "the plan was rejected": a passive denial is of its subject
      if (len && PASSIVE_BE.has(lowers[k - 1] ?? '') && PARTICIPLE.test(lowers[k]!)) {
        let from = k - 1;
        while (from > 0 && PASSIVE_AUX.has(lowers[from - 1]!)) from--;
        const auxFrom = from;
        while (from > 0 && auxFrom - from < PASSIVE_SUBJECT_MAX && clauseOf[from - 1] === clauseOf[k] && !RELATIVE.has(lowers[from - 1]!)) from--;
        for (let j = k; j < k + len; j++) skip[j] = 1;
        const clauseTo = clauseEnd(clauseOf, k);
        if (from < auxFrom) out.push({ ...marker(tokens, clauseOf, k, len, lowers), scopeFrom: from, scopeTo: auxFrom, propositionTo: Math.min(clauseTo, k + len + PASSIVE_AGENT_MAX) });
        k += len - 1;
        continue;
      }
    }
    if (!len) continue;
    // "what they should and shouldn't play": both polarities, no denial
    if (len === 1 && (lowers[k - 1] === 'and' || lowers[k - 1] === 'or') && NEG_SUFFIXES.some((s) => lowers[k]!.endsWith(s) && lowers[k - 2] === lowers[k]!.slice(0, -s.length))) continue;
    // a capitalised trigger between capitalised words is part of a name ("Doctors Without Borders")
    if (k > 0 && /^\p{Lu}/u.test(tokens[k]!.raw) && /^\p{Lu}/u.test(tokens[k - 1]!.raw) && /^\p{Lu}/u.test(tokens[k + len]?.raw ?? '')) continue;
    // so is a capitalised "No" inside a sentence, right after a word: "the No campaign", "North East Says No"
    if (k > 0 && len === 1 && /^\p{Lu}\p{Ll}/u.test(tokens[k]!.raw) && lowers[k - 1] !== "'" && /^\s+$/.test(text.slice(tokens[k - 1]!.end, tokens[k]!.start)) && /^\p{L}/u.test(tokens[k - 1]!.raw)) continue;
    // "neither … nor" is one negation, not two that cancel.
    if (lowers[k] === 'nor' && k < neitherUntil) continue;
    let to = quoteEnd(text, tokens, k + len - 1, Math.min(clauseEnd(clauseOf, k), k + len + NEG_MAX_SCOPE));
    // "a man with no shirt is holding …", "without a hat is sitting": a negated noun phrase
    // ends where the sentence's own verb begins; the holding is not denied
    // as does a negating noun's ("the lack of public outrage is an indictment", "his failure to act was …")
    if (lowers[k] === 'without' || NEGATING_NOUNS.has(lowers[k]!) || (lowers[k] === 'no' && k > 0 && NP_PREPOSITIONS.has(lowers[k - 1]!))) {
      for (let j = k + len + 1; j < to; j++) {
        if (COORD_OPENERS.has(lowers[j]!)) {
          to = j;
          break;
        }
      }
    }
    // "had done nothing and gone AWOL": an object pronoun's denial ends with its own verb phrase
    if (OBJECT_PRONOUNS.has(lowers[k]!) && k > 0 && clauseOf[k - 1] === clauseOf[k]) {
      for (let j = k + len; j < to; j++) {
        if (COORD_CONJ.has(lowers[j]!)) {
          to = j;
          break;
        }
      }
    }
    if (lowers[k] === 'neither') neitherUntil = to;
    for (let j = k; j < k + len; j++) skip[j] = 1;
    out.push({ ...marker(tokens, clauseOf, k, len, lowers), scopeFrom: k + len, scopeTo: to });
    k += len - 1;
  }
  return out;
}

function scanMarkers(set: { matchAt(w: readonly string[], i: number): number }, tokens: Token[], lowers: string[], clauseOf: Int32Array): Marker[] {
  const out: Marker[] = [];
  for (let k = 0; k < tokens.length; k++) {
    const len = set.matchAt(lowers, k);
    if (len) {
      out.push(marker(tokens, clauseOf, k, len, lowers));
      k += len - 1;
    }
  }
  return out;
}

/** Before a marker word, these make it a noun: "the will to play", "a must". */
const NOUN_BEFORE = new Set(['the', 'a', 'an', 'his', 'her', 'their', 'its', 'my', 'our', 'your', 'this', 'that', 'political', 'free', 'good']);

const LENGTH_ENDS = new Set(['possible', 'necessary', 'needed', 'required']);

/** "As long as possible", "as long as necessary": how long, not on what condition. */
function howLong(lowers: string[], m: Marker): boolean {
  return (m.phrase === 'as long as' || m.phrase === 'so long as') && LENGTH_ENDS.has(lowers[m.tok + 3] ?? '');
}

function scanConditions(tokens: Token[], lowers: string[], clauseOf: Int32Array): Marker[] {
  // A conditional marker's evidence is the whole condition: "if corresponding agreements are reached".
  return scanMarkers(CONDITIONAL, tokens, lowers, clauseOf).filter((m) => !howLong(lowers, m)).map((m) => {
    const last = clauseEnd(clauseOf, m.tok) - 1;
    return { ...m, end: Math.max(m.end, tokens[last]!.end) };
  });
}

function scanTone(tokens: Token[], lowers: string[], clauseOf: Int32Array, negCount: Int32Array): ToneMention[] {
  const out: ToneMention[] = [];
  for (let k = 0; k < tokens.length; k++) {
    const base = TONE_WORDS.get(lowers[k]!);
    if (base === undefined) continue;
    let value = base;
    let from = k;
    const adj = k > 0 ? TONE_INTENSIFIERS.get(lowers[k - 1]!) : undefined;
    if (adj !== undefined) {
      value = base >= 0 ? base + adj : base - adj;
      from = k - 1;
    }
    if (negCount[k]! % 2) value = -value / 2;
    out.push({ ...marker(tokens, clauseOf, from, k - from + 1, lowers), value });
  }
  return out;
}

const IDIOM_PREPOSITIONS = new Set(['at', 'for', 'in']);
const IDIOM_DETERMINERS = new Set(['this', 'that', 'the']);
const IDIOM_NOUNS = new Set(['point', 'stage', 'moment', 'time', 'meantime']);

/**
 * "at this point", "at the moment", "for the time being": now, said in words that name other
 * things too ("point" is a detail, a place): no content to align.
 */
function skipTimeIdioms(lowers: string[], skip: Uint8Array): void {
  for (let k = 0; k + 2 < lowers.length; k++) {
    if (!IDIOM_PREPOSITIONS.has(lowers[k]!) || !IDIOM_DETERMINERS.has(lowers[k + 1]!) || !IDIOM_NOUNS.has(lowers[k + 2]!)) continue;
    // "at the time of the attack" names a time; "at this point" stands alone
    if (lowers[k + 3] === 'of' || lowers[k + 3] === 'when') continue;
    skip[k + 2] = 1;
    if (lowers[k + 2] === 'time' && lowers[k + 3] === 'being') skip[k + 3] = 1;
  }
}

function buildUnits(text: string, tokens: Token[], lowers: string[], stems: string[], clauseOf: Int32Array, skip: Uint8Array, negCount: Int32Array): Unit[] {
  const units: Unit[] = [];
  const isContent = (k: number): boolean => {
    const w = lowers[k]!;
    return !skip[k] && HAS_LETTER.test(w) && w.length > 1 && !isStopword(w) && !NEG_WORDS.has(w);
  };
  for (let k = 0; k < tokens.length; k++) {
    if (!isContent(k)) continue;
    let to = k + 1;
    // Two-word WordNet compounds ("dining room", "hot chocolate") are one concept.
    if (to < tokens.length && isContent(to) && /^\s+$/.test(text.slice(tokens[k]!.end, tokens[to]!.start))) {
      // but not an adjective with a person ("little girl", "old man"): the adjective is what a swap changes
      const compound = lowers[k] + '_' + lowers[to];
      if (lemmas(compound).length && !(hasAdjective(lowers[k]!) && isAnimateWord(compound))) to++;
    }
    const key = lowers.slice(k, to).join('_');
    const proper = /^\p{Lu}/u.test(tokens[k]!.raw) && k > 0 && !BREAK_PUNCT.test(text.slice(tokens[k - 1]!.end, tokens[k]!.start));
    let negated = false;
    for (let j = k; j < to; j++) if (negCount[j]! % 2) negated = true;
    const lightKind = to !== k + 1 ? null : LIGHT_PASS.has(lowers[k]!) ? 'pass' : LIGHT_FRAME.has(lowers[k]!) ? 'frame' : null;
    units.push({
      start: tokens[k]!.start,
      end: tokens[to - 1]!.end,
      key,
      stem: stems.slice(k, to).join(' '),
      head: stems[to - 1]!,
      forms: formsOf(key, stems.slice(k, to).join(' ')),
      tokFrom: k,
      tokTo: to,
      clause: clauseOf[k]!,
      negated,
      ended: false,
      idf: idfOf(key, proper),
      proper,
      light: lightKind !== null,
      lightKind,
      verb: to === k + 1 && isVerbUse(lowers, k),
    });
    k = to - 1;
  }
  return units;
}

const formsCache = new Map<string, string[]>();

function formsOf(key: string, ownStem: string): string[] {
  let f = formsCache.get(key);
  if (!f) {
    f = [...new Set([ownStem, ...lemmas(key).map((l) => stem(l.lemma))])];
    if (formsCache.size > 100_000) formsCache.clear();
    formsCache.set(key, f);
  }
  return f;
}

function hasAdjective(word: string): boolean {
  return lemmas(word).some((l) => l.pos === 'a');
}

const AUXILIARIES = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'being', 'am', "isn't", "aren't", "wasn't", "weren't", 'not', "n't", 'to']);

const MODALS = new Set(['will', 'would', 'can', 'could', 'should', 'must', 'may', 'might', 'shall']);
const DO = new Set(['do', 'does', 'did']);
const NEGATED_MODALS = new Set(["won't", "can't", "cannot", "don't", "doesn't", "didn't", "wouldn't", "couldn't", "shouldn't", "mustn't"]);

/** A base form after a modal or a negated auxiliary: "would not cut spending", "didn't cut". */
function afterModal(lowers: string[], k: number): boolean {
  const prev = k > 0 ? lowers[k - 1]! : '';
  const prev2 = k > 1 ? lowers[k - 2]! : '';
  if (MODALS.has(prev) || NEGATED_MODALS.has(prev)) return true;
  return (prev === 'not' || prev === "n't" || prev === 'never') && (MODALS.has(prev2) || DO.has(prev2));
}

function isVerbUse(lowers: string[], k: number): boolean {
  const w = lowers[k]!;
  const prev = k > 0 ? lowers[k - 1]! : '';
  const prev2 = k > 1 ? lowers[k - 2]! : '';
  if (prev === 'to' && !w.endsWith('ing')) return true;
  if (!/(ing|ed)$/.test(w)) return afterModal(lowers, k) && lemmas(w).some((l) => l.pos === 'v');
  return AUXILIARIES.has(prev) || (AUXILIARIES.has(prev2) && /ly$/.test(prev));
}

function markEnded(units: Unit[], unitOfTok: Int32Array, lowers: string[]): void {
  for (let k = 0; k < lowers.length; k++) {
    if (!ENDERS.has(lowers[k]!)) continue;
    // the next content unit within three tokens: "an end to the war", "cessation of hostilities"
    for (let j = k + 1; j < Math.min(lowers.length, k + 4); j++) {
      const u = unitOfTok[j]!;
      if (u >= 0) {
        units[u]!.ended = true;
        break;
      }
    }
  }
}

function analyzeUncached(text: string): TextInfo {
  const tokens = tokenize(text);
  const lowers = tokens.map((t) => normalise(t.lower));
  const stems = tokens.map((t) => t.stem);
  const clauseOf = clauses(text, tokens, lowers);
  const skip = new Uint8Array(tokens.length);
  const negations = scanNegation(text, tokens, lowers, stems, clauseOf, skip);
  // A negation inside another's scope negates the whole embedded proposition, its subject
  // included: "not true that the council did not approve" leaves the council unnegated.
  for (const inner of negations) {
    for (const outer of negations) {
      if (outer !== inner && inner.tok >= outer.scopeFrom && inner.tok < outer.scopeTo) inner.scopeFrom = Math.min(inner.scopeFrom, outer.scopeFrom);
    }
  }
  const negCount = new Int32Array(tokens.length);
  for (const n of negations) for (let j = n.scopeFrom; j < n.scopeTo; j++) if (j < n.tok || j >= n.tok + n.phrase.split(' ').length) negCount[j]!++;
  const numbers = extractNumbers(text, tokens, lowers, stems, clauseOf);
  for (const m of numbers) for (let j = m.tokFrom; j < m.tokTo; j++) skip[j] = 1;
  skipTimeIdioms(lowers, skip);
  const units = buildUnits(text, tokens, lowers, stems, clauseOf, skip, negCount);
  const unitOfTok = new Int32Array(tokens.length).fill(-1);
  units.forEach((u, i) => {
    for (let j = u.tokFrom; j < u.tokTo; j++) unitOfTok[j] = i;
  });
  markEnded(units, unitOfTok, lowers);
  const vector = new Map<string, number>();
  for (const u of units) vector.set(u.stem, (vector.get(u.stem) ?? 0) + u.idf);
  let norm = 0;
  for (const v of vector.values()) norm += v * v;
  return {
    text,
    tokens,
    lowers,
    stems,
    clauseOf,
    units,
    unitOfTok,
    negations,
    certain: scanMarkers(CERTAIN, tokens, lowers, clauseOf).filter((m) => !NOUN_BEFORE.has(lowers[m.tok - 1] ?? '')),
    hedges: scanMarkers(HEDGE, tokens, lowers, clauseOf),
    conditions: scanConditions(tokens, lowers, clauseOf),
    unconditional: scanMarkers(UNCONDITIONAL, tokens, lowers, clauseOf),
    tone: scanTone(tokens, lowers, clauseOf, negCount),
    numbers,
    vector,
    norm: Math.sqrt(norm),
    contentText: units.map((u) => u.key).join(' '),
  };
}

const cache = new Map<string, TextInfo>();
const CACHE_MAX = 20_000;

/** For benchmarks that want the cold path. */
export function clearAnalysisCache(): void {
  cache.clear();
}

/** Per-text analysis, kept in a bounded least-recently-used cache keyed by the text. */
export function analyze(text: string): TextInfo {
  let info = cache.get(text);
  if (info) {
    // move to the young end: Map iterates in insertion order
    cache.delete(text);
    cache.set(text, info);
    return info;
  }
  info = analyzeUncached(text);
  if (cache.size >= CACHE_MAX) cache.delete(cache.keys().next().value as string);
  cache.set(text, info);
  return info;
}

export function analysisCacheSize(): number {
  return cache.size;
}
