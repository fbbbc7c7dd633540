// Light name finding for event grouping: capitalised word sequences split into places (from a
// gazetteer, demonyms included) and participants (people and bodies). Extraction finds actors
// properly; this only has to tell one happening's cast from another's.
import places from '../lexicon/events-places.json' with { type: 'json' };
import nameWords from '../lexicon/events-names.json' with { type: 'json' };
import eventNouns from '../lexicon/events-nouns.json' with { type: 'json' };
import { tokenize, isStopword, type Token } from '../text/tokens.js';
import { unglue } from './unglue.js';
import { isCredit } from '../text/credits.js';

/** `seat`: a capital named without a locative word, as a stand-in for its government ("Moscow said"). */
export type PlaceKind = 'country' | 'region' | 'city' | 'seat';

export interface Place {
  name: string;
  kind: PlaceKind;
}

export interface NameMention {
  /** How often each written form was seen; the display name is the most frequent multi-word one. */
  forms: Record<string, number>;
  /** Display form: the longest full form seen in the document. */
  name: string;
  /** Matching key shared by "Donald Trump" and "Trump": a person's surname, a body's whole name. */
  key: string;
  count: number;
  /** Offset of the first mention, for salience. */
  first: number;
}

export interface PlaceMention extends Place {
  count: number;
  first: number;
  /** Mentions after a locative word ("in Alaska", "at the summit in Geneva"): where things happen. */
  locative: number;
}

const GAZETTEER = new Map<string, Place>();
for (const [country, aliases] of Object.entries(places.countries)) {
  GAZETTEER.set(country, { name: country, kind: 'country' });
  for (const a of aliases) GAZETTEER.set(a, { name: country, kind: 'country' });
}
for (const r of places.regions) GAZETTEER.set(r, { name: r, kind: 'region' });
for (const c of places.cities) if (!GAZETTEER.has(c)) GAZETTEER.set(c, { name: c, kind: 'city' });
const MAX_PLACE_WORDS = 4;
const CAPITALS = new Set(places.capitals);
const COMPASS = new Set(places.compass);
const CONTINENTS = new Set(places.continents);
const LOCATIVE = /\b(?:in|at|near|outside|inside|across|to|into|around|off|from the city of)\s+(?:the\s+)?(?:\p{Lu}[\p{L}.'’-]*\s+)?$/u;
// First words of gazetteer names: most capitalised words start none, and are rejected at once.
const PLACE_FIRST_WORDS = new Set([...GAZETTEER.keys()].map((k) => k.split(' ')[0]!.replace(/\./g, '')));

const TITLES = new Set(nameWords.titles.map((w) => w.replace(/\.$/, '')));
const ORG_WORDS = new Set(nameWords.orgs);
const CONNECTORS = new Set(['of', 'de', 'del', 'da', 'van', 'von', 'der', 'al', 'bin', 'la', 'le', 'du']);
const OPENERS = new Set(nameWords.openers);
// Single words naming a kind of happening ("World War II", "the Summit"): a happening is not a participant.
const EVENT_WORDS = new Set(eventNouns.flatMap((e) => e.forms).filter((f) => !f.includes(' ')));
/** "Paris-based", "State-owned", "Russian-backed": an adjective that ends a name's lead-in, never part of it. */
const ADJECTIVE_COMPOUND = /-(?:based|born|owned|led|backed|run|made|funded|controlled|linked|bred|raised)$/;
const ADJECTIVE_SUFFIXES = ['ean', 'ian', 'ern', 'ese', 'ish', 'an', 'ic', 'n', 'i'];

// Where a name stands with an event noun, within one line. A name in these patterns is the capitalised run itself;
// between the noun or verb and it may stand titles, role nouns and other capitalised words
// ("met with Russian leader Vladimir Putin").
const escape = (w: string) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
// Background nouns ("Putin's war") frame many happenings; standing with one says nothing of a cast.
const NOUN = `(?:${eventNouns
  .filter((e) => !('background' in e && e.background))
  .flatMap((e) => e.forms)
  .sort((a, b) => b.length - a.length)
  .map((f) => f.split(' ').map(escape).join('[^\\S\\n]+'))
  .join('|')})`;
const ROLE = `(?:${[...nameWords.titles.map((w) => w.toLowerCase().replace(/\.$/, '')), 'leader', 'counterpart', 'head', 'chief', 'envoy', 'the', 'his', 'her', 'their']
  .map(escape)
  .join('|')})`;
// A filler word ends in no full stop, so no pattern runs across a sentence end ("U.S." is one word).
const FILLER = `(?:(?:(?:\\p{Lu}\\.)+|\\p{Lu}[\\p{L}'’-]*|${ROLE})[^\\S\\n]+)`;
const MEET = '(?:met|meets|meet|hosted|hosts|host|hosting|visited|visits|phoned|rang|spoke[^\\S\\n]+(?:with|to)|talked[^\\S\\n]+(?:with|to)|held[^\\S\\n]+talks[^\\S\\n]+with)';
/** Before a name: "summit with", "talks between", "met (with)". */
const CAST_OBJECT = new RegExp(`(?:\\b${NOUN}[^\\S\\n]+(?:with|between)|\\b${MEET}(?:[^\\S\\n]+with)?)[^\\S\\n]+${FILLER}{0,4}$`, 'u');
/** Before the second of a pair: "talks between Trump and". */
const CAST_SECOND = new RegExp(`\\b${NOUN}[^\\S\\n]+between[^\\S\\n]+${FILLER}{0,4}[\\p{L}'’-]+[^\\S\\n]+and[^\\S\\n]+${FILLER}{0,4}$`, 'u');
/** After a possessive name: "'s summit", "'s first phone call", "'s planned meeting with". */
const CAST_OWNER = new RegExp(`^[^\\S\\n]+(?:[\\p{Ll}-]+[^\\S\\n]+){0,2}${NOUN}\\b`, 'u');
/** After a name: "met", "has met", "and Putin met", "bragged about his “excellent” phone call". */
const CAST_SUBJECT = new RegExp(
  `^[^\\S\\n]+(?:(?:and[^\\S\\n]+${FILLER}{1,4})?(?:(?:has|had|will|would|is|was|were|are)[^\\S\\n]+)?${MEET}\\b|(?:\\p{Ll}+[^\\S\\n]+){1,3}(?:his|her|their)[^\\S\\n]+(?:[“"‘']?[\\p{Ll}-]+[”"’']?[^\\S\\n]+){0,2}${NOUN}\\b)`,
  'u',
);
/** "Trump-Putin summit": a pairing before an event noun. */
const CAST_PAIR = new RegExp(`^[^\\S\\n]+${NOUN}\\b`, 'iu');
const MONTH_OR_DAY = new Set([
  'January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December',
  'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday',
]);

/** Token without possessive ending and dots ("Trump's" → "Trump", "U.S" → "US"). */
function bare(raw: string): string {
  return raw.replace(/['’]s$/i, '').replace(/\./g, '');
}

function isCapitalised(raw: string): boolean {
  return /^\p{Lu}/u.test(raw);
}

/** Headline-style lines (most words capitalised, or all caps) say nothing about which words are names. */
function headlineRanges(text: string): [number, number][] {
  const out: [number, number][] = [];
  let pos = 0;
  for (const line of text.split('\n')) {
    const words = line.match(/\p{L}[\p{L}'’]*/gu) ?? [];
    const long = words.filter((w) => w.length > 3);
    const caps = long.filter((w) => isCapitalised(w)).length;
    const allCaps = words.length > 2 && words.every((w) => w === w.toUpperCase());
    if (long.length >= 3 && (caps / long.length >= 0.7 || allCaps)) out.push([pos, pos + line.length]);
    pos += line.length + 1;
  }
  return out;
}

/** True when the token starts a sentence or a line, so its capital proves nothing. */
function sentenceInitial(text: string, tok: Token): boolean {
  const before = text.slice(Math.max(0, tok.start - 4), tok.start);
  return tok.start === 0 || /(?:^|[.!?:;"“”'‘’\n\-–—•*(\[]|\.\.\.)\s*$/.test(before);
}

/** Longest gazetteer match starting at token i, over capitalised tokens. */
function placeAt(toks: Token[], text: string, i: number): { place: Place; len: number } | null {
  if (!PLACE_FIRST_WORDS.has(bare(toks[i]!.raw)) && !PLACE_FIRST_WORDS.has(toks[i]!.raw.replace(/\./g, ''))) return null;
  for (let n = Math.min(MAX_PLACE_WORDS, toks.length - i); n >= 1; n--) {
    let ok = true;
    let name = '';
    for (let k = 0; k < n; k++) {
      const t = toks[i + k]!;
      if (k > 0 && !/^\s+$/.test(text.slice(toks[i + k - 1]!.end, t.start).replace(/\./g, ''))) ok = false;
      if (!ok) break;
      name += (k > 0 ? ' ' : '') + (k === n - 1 ? bare(t.raw) : t.raw.replace(/\./g, ''));
    }
    if (!ok) continue;
    const place = GAZETTEER.get(name) ?? GAZETTEER.get(name.replace(/\./g, ''));
    // Two-letter codes (US, UK) only in capitals, so the pronoun "us" is never a place.
    if (place && isCapitalised(name) && (name.length > 2 || name === name.toUpperCase())) return { place, len: n };
  }
  return null;
}

function personLike(words: string[]): boolean {
  const last = words[words.length - 1] ?? '';
  return words.length >= 2 && words.length <= 3 && /\p{Ll}{2}/u.test(last) && words.every((w) => /^\p{Lu}[\p{Ll}'’\-]+$/u.test(w) || w.length <= 2) && !words.some((w) => ORG_WORDS.has(w));
}

/** "European", "Western", "Ethiopians", "Asian": a place, continent or compass point turned adjective or demonym. */
export function isDemonym(word: string): boolean {
  const w = word.replace(/s$/, '');
  if (!/^\p{Lu}\p{Ll}+$/u.test(w)) return false;
  if (COMPASS.has(w)) return true;
  for (const suffix of ADJECTIVE_SUFFIXES) {
    if (!w.endsWith(suffix) || w.length < suffix.length + 3) continue;
    const stem = w.slice(0, -suffix.length);
    for (const place of [stem, `${stem}e`, `${stem}a`, `${stem}y`, `${stem}ia`]) if (GAZETTEER.has(place) || CONTINENTS.has(place) || COMPASS.has(place)) return true;
  }
  return false;
}

/** "World War II", "the Olympics Final": the name of a happening (an event word, then at most a number). */
function happeningName(words: string[]): boolean {
  for (let k = words.length - 1; k >= 0; k--) {
    const w = words[k]!;
    if (EVENT_WORDS.has(w.toLowerCase())) return true;
    if (!/^(?:[IVX]+|\d+)$/.test(w)) return false;
  }
  return false;
}

/** "Russia", "Alaska", "Paris": a place of the gazetteer (a country may stand in for its leader). */
export function isPlaceName(name: string): boolean {
  return GAZETTEER.has(name) || CONTINENTS.has(name);
}

/**
 * Whether a capitalised run names someone or something at all: not a region or a town that is no
 * seat of government ("Alaska"), not a pairing of places ("Russia-Ukraine"), not an acronym's
 * plural ("DVDs") nor a long word in capitals (acronyms are short; "UNLIMITED" is shouting).
 */
function nameLike(words: string[]): boolean {
  const name = words.join(' ');
  const place = GAZETTEER.get(name);
  if (place && place.kind !== 'country' && !CAPITALS.has(place.name)) return false;
  if (words.length > 1) return true;
  if (name.includes('-') && name.split('-').every((p) => GAZETTEER.has(p) || isDemonym(p))) return false;
  return !(/^\p{Lu}{2,}s$/u.test(name) || /^\p{Lu}{7,}$/u.test(name));
}

/**
 * Whether a name (found here or by extraction) is one of an event's participants, as people read
 * them: besides nameLike, not a continent, compass point or demonym ("Europe", "West",
 * "European") nor the name of a happening ("World War II"). Grouping keeps those: "the Academy
 * Awards" or "European" ties the reports of one happening together as well as any name does.
 * Countries and capitals stay: they act ("Russia said", "Moscow rejected").
 */
export function isParticipantName(name: string): boolean {
  const words = name.split(/\s+/).filter(Boolean);
  if (!words.length || !nameLike(words) || happeningName(words) || CONTINENTS.has(name)) return false;
  return words.length > 1 || !isDemonym(name);
}

/**
 * One key for the spellings of one surname: accents dropped ("Kagamé"), and the endings that
 * transliterations from Cyrillic write differently folded ("Zelenskyy", "Zelenskiy", "Zelenski" →
 * "zelensky"; "Navalnyy" → "navalny").
 */
function surnameKey(word: string): string {
  return word
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/(?:yy|iy|ij|yi|ii)$/, 'y')
    .replace(/ski$/, 'sky');
}

export function nameKey(name: string): string {
  const words = name.split(/\s+/).filter(Boolean);
  // A lone word is most often a surname ("Zelenskyy" said); a body's one word folds harmlessly.
  if (personLike(words) || words.length === 1) return surnameKey(words[words.length - 1] ?? '');
  return words.join(' ').toLowerCase();
}

export interface FoundNames {
  participants: NameMention[];
  places: PlaceMention[];
  /**
   * Participant key → how much the text puts it with an event noun: "Trump's meeting with
   * Putin", "talks between Trump and Zelenskyy", "Trump met Putin", "the Trump-Putin summit". The
   * side the happening is said to be of (the possessive, the subject, the first named) counts
   * 1.5, the other 1: who an event is between, not who speaks about it.
   */
  cast: Record<string, number>;
}

const PARENTHESIS = /\(([^()]{1,160})\)/g;

/** "(Getty Images)", "(Nicolas Landemard/Anadolu via Getty Images)": a photo credit names no participant. */
function creditRanges(text: string): [number, number][] {
  const out: [number, number][] = [];
  for (const m of text.matchAll(PARENTHESIS)) if (isCredit(m[1]!)) out.push([m.index, m.index + m[0].length]);
  return out;
}

/** Names and places of a text, in order of salience (count, then earliest). */
export function findNames(input: string): FoundNames {
  const text = unglue(input);
  const credits = creditRanges(text);
  const toks = tokenize(text).filter((t) => !credits.some(([s, e]) => t.start >= s && t.end <= e));
  const headlines = headlineRanges(text);
  const inHeadline = (t: Token) => headlines.some(([s, e]) => t.start >= s && t.end <= e);
  // Words seen lowercase somewhere are ordinary words when they start a sentence capitalised.
  const lowerSeen = new Set(toks.filter((t) => !isCapitalised(t.raw)).map((t) => t.lower));
  const placeCounts = new Map<string, PlaceMention>();
  const raw: { words: string[]; tok: Token; end: number; headline: boolean }[] = [];

  let i = 0;
  while (i < toks.length) {
    const tok = toks[i]!;
    const hit = isCapitalised(tok.raw) ? placeAt(toks, text, i) : null;
    if (hit) {
      const locative = LOCATIVE.test(text.slice(Math.max(0, tok.start - 40), tok.start)) ? 1 : 0;
      const kind: PlaceKind = !locative && CAPITALS.has(hit.place.name) ? 'seat' : hit.place.kind;
      const key = `${hit.place.name}\u0000${kind}`;
      const pm = placeCounts.get(key);
      if (pm) {
        pm.count++;
        pm.locative += locative;
      } else placeCounts.set(key, { name: hit.place.name, kind, count: 1, first: tok.start, locative });
      i += hit.len;
      continue;
    }
    if (!isCapitalised(tok.raw) || MONTH_OR_DAY.has(bare(tok.raw))) {
      i++;
      continue;
    }
    // Collect a capitalised run joined by spaces (and inner connectors like "of").
    const words: string[] = [];
    let j = i;
    while (j < toks.length) {
      const t = toks[j]!;
      if (j > i && !/^\s+$/.test(text.slice(toks[j - 1]!.end, t.start))) break;
      if (j > i && /['’]s$/i.test(toks[j - 1]!.raw)) break; // "Trump's Peace" is two things
      if (isCapitalised(t.raw) && !MONTH_OR_DAY.has(bare(t.raw)) && !(j > i && placeAt(toks, text, j))) {
        words.push(bare(t.raw));
        j++;
      } else if (CONNECTORS.has(t.raw) && j + 1 < toks.length && isCapitalised(toks[j + 1]!.raw) && words.length) {
        words.push(t.raw);
        j++;
      } else break;
    }
    while (words.length && CONNECTORS.has(words[words.length - 1]!)) words.pop();
    // "Hong Kong-based Hutchison Whampoa", "State-owned Rosneft": the name follows the adjective.
    let from = 0;
    words.forEach((w, k) => {
      if (ADJECTIVE_COMPOUND.test(w)) from = k + 1;
    });
    if (from > 0) words.splice(0, from);
    if (words.length) raw.push({ words, tok, end: toks[j - 1]!.end, headline: inHeadline(tok) });
    i = Math.max(j, i + 1);
  }

  // Capitalised words seen mid-sentence outside headlines: evidence that a word is a name.
  const midCaps = new Set<string>();
  for (const r of raw) {
    if (r.headline) continue;
    r.words.forEach((w, k) => {
      if (k > 0 || !sentenceInitial(text, r.tok)) midCaps.add(w);
    });
  }
  const byKey = new Map<string, NameMention>();
  const cast: Record<string, number> = {};
  const castAs = (key: string, w: number) => (cast[key] = (cast[key] ?? 0) + w);
  const pending: { words: string[]; start: number }[] = [];
  for (const r of raw) {
    if (!r.headline) pairCast(text, r, castAs);
    let words = r.words;
    const initial = sentenceInitial(text, r.tok);
    // Drop an ordinary sentence-initial word ("But Putin" → "Putin", "However" → nothing).
    if (initial && !midCaps.has(words[0]!) && (words.length === 1 || ordinary(words[0]!, lowerSeen))) words = words.slice(1);
    while (words.length && (TITLES.has(words[0]!) || isStopword(words[0]!.toLowerCase()))) words = words.slice(1);
    // "EU High Representative": a role, whose holder is named elsewhere; the body before it stays.
    while (words.length > 1 && TITLES.has(words[words.length - 1]!)) words = words.slice(0, -1);
    if (!words.length || words.every((w) => TITLES.has(w))) continue;
    // A lone capitalised word the text also uses in lower case is an ordinary word ("War", "END").
    if (words.length === 1 && (words[0]!.length < 2 || ordinary(words[0]!, lowerSeen))) continue;
    // Two full names run together by a glued caption ("Vladimir PutinDonald Trump"): two people. Not
    // in a headline, whose run may take in the next line's first name ("… Peace Efforts\nVladimir Putin").
    if (!r.headline && words.length === 4 && personLike(words.slice(0, 2)) && personLike(words.slice(2))) {
      add(byKey, words.slice(0, 2).join(' '), r.tok.start);
      words = words.slice(2);
    }
    // Strip leading role words until the run looks like a person or is short ("Security Policy Kaja Kallas").
    while (words.length > 3 && !personLike(words) && !words.some((w) => ORG_WORDS.has(w))) words = words.slice(1);
    if (!nameLike(words)) continue;
    // "Article 5", "Chapter 11": a section of something, not someone.
    if (r.words.length === 1 && /^\s+\d/.test(text.slice(r.tok.end, r.tok.end + 3))) continue;
    // Title Case prose ("What Putin Must Do To Prove") is a headline wherever it stands.
    const titleCase = words.slice(1).some((w) => isStopword(w.toLowerCase()) && !CONNECTORS.has(w));
    if (r.headline || titleCase) {
      pending.push({ words, start: r.tok.start });
      continue;
    }
    const name = words.join(' ');
    add(byKey, name, r.tok.start);
    if (!r.headline) {
      const w = castWeight(text, r.tok.start, r.end);
      if (w > 0) castAs(nameKey(name), w);
    }
  }
  // Headline words count only for names the body confirms; they never rename them.
  for (const p of pending) {
    for (const w of p.words) {
      const m = byKey.get(w.toLowerCase());
      if (m) m.count++;
    }
  }
  // A lone word that is the surname of a longer name in this text is that person ("Kallas").
  for (const [k, m] of byKey) {
    if (k.includes(' ')) continue;
    for (const [k2, m2] of byKey) {
      if (k2 !== k && k2.includes(' ') && k2.split(' ').includes(k) && !k2.startsWith(k + ' ')) {
        m2.count += m.count;
        for (const [f, c] of Object.entries(m.forms)) m2.forms[f] = (m2.forms[f] ?? 0) + c;
        m2.first = Math.min(m2.first, m.first);
        if (cast[k]) castAs(k2, cast[k]);
        delete cast[k];
        byKey.delete(k);
        break;
      }
    }
  }
  const order = <T extends { count: number; first: number }>(a: T, b: T) => b.count - a.count || a.first - b.first;
  return { participants: [...byKey.values()].sort(order), places: [...placeCounts.values()].sort(order), cast };
}

/** How much a mention stands with an event noun (see FoundNames.cast): 1.5 on the side the happening is of, 1 on the other, else 0. */
function castWeight(text: string, start: number, end: number): number {
  const before = text.slice(Math.max(0, start - 120), start);
  const after = text.slice(end, end + 80);
  const possessive = /['’]s$/.test(text.slice(start, end));
  if ((possessive && CAST_OWNER.test(after)) || (!possessive && CAST_SUBJECT.test(after))) return 1.5;
  if (CAST_SECOND.test(before)) return 1;
  const object = CAST_OBJECT.exec(before);
  if (object) return /\bbetween\s/.test(object[0]) ? 1.5 : 1;
  return 0;
}

/** "the Trump-Putin summit", "a US-Russia phone call": both sides of a pairing before an event noun. */
function pairCast(text: string, r: { words: string[]; end: number }, castAs: (key: string, w: number) => void): void {
  const word = r.words.length === 1 ? r.words[0]! : '';
  const parts = word.split('-');
  if (parts.length !== 2 || !parts.every((p) => /^\p{Lu}/u.test(p)) || !CAST_PAIR.test(text.slice(r.end, r.end + 40))) return;
  parts.forEach((p, k) => castAs(nameKey(GAZETTEER.get(p)?.name ?? p), k === 0 ? 1.5 : 1));
}

function ordinary(word: string, lowerSeen: Set<string>): boolean {
  const lower = word.toLowerCase();
  return isStopword(lower) || lowerSeen.has(lower) || OPENERS.has(word) || /ly$/.test(lower);
}

function add(byKey: Map<string, NameMention>, name: string, start: number): void {
  const key = nameKey(name);
  let m = byKey.get(key);
  if (!m) {
    m = { name, key, count: 0, first: start, forms: {} };
    byKey.set(key, m);
  }
  m.count++;
  m.forms[name] = (m.forms[name] ?? 0) + 1;
  m.name = displayName(m.forms);
}

function displayName(forms: Record<string, number>): string {
  const words = (f: string) => Math.min(f.split(' ').length, 2);
  return Object.entries(forms).sort((a, b) => words(b[0]) - words(a[0]) || b[1] - a[1] || a[0].length - b[0].length)[0]![0];
}
