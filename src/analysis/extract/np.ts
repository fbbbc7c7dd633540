// Speaker phrases: "Russian President Vladimir Putin", "EU's foreign policy chief Kaja Kallas",
// "the Russian leader", "a senior official", "the White House", "she". Parsed forward from a token;
// the backward parse tries start points and keeps the longest phrase that ends exactly at the cue.
import type { Tok } from './lex.js';
import { ordinaryOpening } from './ordinary.js';
import {
  ANON_HEADS,
  DAYS,
  DETERMINERS,
  FEMALE_WORDS,
  INSTITUTION_WORDS,
  JOINED_NAMES,
  MALE_WORDS,
  MODIFIERS,
  MONTHS,
  MONTH_NAMES,
  ORG_HEADS,
  PARTIES,
  PLACE_WORDS,
  POST_MODIFIERS,
  PRONOUNS,
  ROLES,
  SENTENCE_STARTERS,
  TITLES,
  VERB_FORMS,
  type PronounClass,
} from './lexicon.js';

export type NPKind = 'pronoun' | 'name' | 'role' | 'anon' | 'place';

export interface NP {
  t0: number;
  t1: number;
  s: number;
  e: number;
  kind: NPKind;
  /** Proper-name words with titles, places and possessives stripped ("Vladimir Putin"). */
  name: string | null;
  /** Token index where the name starts. */
  nameT0: number;
  pronoun: PronounClass | null;
  /** Places named in the phrase: "Russian President" → Russia; "EU's foreign policy chief" → European Union. */
  places: string[];
  /** Lower-case role words of the phrase ("foreign policy chief", "president"). */
  role: string | null;
  det: string | null;
  gender: 'm' | 'f' | null;
  /** The phrase looks like an organisation: "the BBC", "Rules Committee". */
  org: boolean;
  /** A coordinated subject kept as written ("Airbus and Boeing"): the two phrases it joins. */
  members?: [NP, NP];
}

const SPEAKER_PRONOUNS: ReadonlySet<string> = new Set(['he', 'she', 'they', 'it', 'we', 'i']);
const CONNECTORS: ReadonlySet<string> = new Set(['of', 'for', 'and', 'de', 'van', 'von', 'der', 'den', 'al', 'bin', 'ibn', 'la', 'le', 'du', 'da', 'dos', 'del', 'di', 'y', '&']);
const NAME_PARTICLES: ReadonlySet<string> = new Set(['de', 'van', 'von', 'der', 'den', 'al', 'bin', 'ibn', 'la', 'le', 'du', 'da', 'dos', 'del', 'di']);
const LEAD_CONJUNCTIONS: ReadonlySet<string> = new Set(['but', 'and', 'or', 'so', 'yet', 'still', 'however', 'meanwhile', 'instead', 'now', 'then', 'also', 'as', 'when', 'while', 'after', 'before', 'because', 'since', 'if', 'once', 'although', 'though']);
const DELEGATE = 'Del';
// "Last July", "In October": words before a month that make it a date, not a surname
const MONTH_LEADS: ReadonlySet<string> = new Set(['last', 'next', 'early', 'late', 'mid', 'in', 'on', 'since', 'until', 'by', 'from', 'during', 'before', 'after', 'this', 'that', 'each', 'every', 'of', 'since', 'through', 'throughout']);
const TIME_ADVERBS: ReadonlySet<string> = new Set(['then', 'later']);
const FLOATING: ReadonlySet<string> = new Set(['both', 'all', 'each']);
const ACRONYM = /^(?:\p{Lu}\.){2,}$|^\p{Lu}{2,}$/u;

// Words that never belong to a personal name, in one set so the hot path does one lookup.
const NOT_NAME: ReadonlySet<string> = new Set([
  ...TITLES, ...INSTITUTION_WORDS, ...ORG_HEADS, ...MONTHS, ...DAYS, ...PLACE_WORDS.keys(), ...PRONOUNS.keys(), ...DETERMINERS, ...ANON_HEADS,
]);
const DESCRIPTORS: ReadonlySet<string> = new Set([...MODIFIERS, ...ROLES, ...TITLES, ...ANON_HEADS, ...PLACE_WORDS.keys()]);

const BASED = /-based$/;
const POST_NOMINALS: ReadonlySet<string> = new Set(['QC', 'KC', 'MSP', 'OBE', 'MBE', 'CBE', 'KBE', 'JP']);

// "I've", "He'd", "They'll": a pronoun with its auxiliary, at the start of a sentence, is not a name
const PRONOUN_CONTRACTION = /^(?:i|you|he|she|it|we|they|that|there|who|what|where|here)'(?:d|ll|ve|re|m|s)$/;

function isNameWord(t: Tok): boolean {
  // "Houston-based Continental": where a name is based describes it, it is no part of it
  if (!t.word || !t.cap || PRONOUN_CONTRACTION.test(t.low) || BASED.test(t.low)) return false;
  if (NOT_NAME.has(t.low)) return ACRONYM.test(t.text) && ANON_HEADS.has(t.low) && !PLACE_WORDS.has(t.low) && !TITLES.has(t.low) && !ORG_HEADS.has(t.low) && !INSTITUTION_WORDS.has(t.low);
  return !PLACE_WORDS.has(t.text.toLowerCase());
}

function surnameHomograph(t: Tok): boolean {
  return t.cap && t.word && !t.poss && (INSTITUTION_WORDS.has(t.low) || TITLES.has(t.low)) && !PLACE_WORDS.has(t.low) && !ORG_HEADS.has(t.low);
}

/** "Secretary of State", "Foreign Affairs and Security Policy" join; "Richard Shelby of Alabama" does not. */
function connects(word: string, before: Tok, after: Tok): boolean {
  if (NAME_PARTICLES.has(word)) return true;
  if (isNameWord(before)) return false;
  return word !== 'and' || INSTITUTION_WORDS.has(after.low) || ORG_HEADS.has(after.low);
}

/** "of the"/"for the" at `j` after a capitalised title ("Chancellor of the Exchequer", "Secretary of the Treasury"), before a capital. */
function titleOfThe(toks: Tok[], j: number, words: number[]): boolean {
  const prev = toks[words[words.length - 1]];
  const next = toks[j + 2];
  return (toks[j].low === 'of' || toks[j].low === 'for') && toks[j + 1]?.low === 'the' && prev !== undefined && prev.cap && !prev.poss && words[words.length - 1] === j - 1 &&
    (TITLES.has(prev.low) || ROLES.has(prev.low)) && next !== undefined && next.word && next.cap;
}

/** "Nortel president and chief executive Bill Owens": an "and" at `j` between two roles of one person, whose name follows. */
function jointRoles(toks: Tok[], j: number, words: number[]): boolean {
  const prev = toks[words[words.length - 1]];
  if (toks[j].low !== 'and' || prev === undefined || words[words.length - 1] !== j - 1 || prev.poss || !(ROLES.has(prev.low) || TITLES.has(prev.low))) return false;
  let k = j + 1;
  while (k < j + 5 && toks[k]?.word === true && !toks[k].cap && lowerDescriptor(toks[k].low)) k++;
  const name = toks[k];
  return k > j + 1 && name !== undefined && name.word && name.cap && isNameWord(name) && toks[k + 1]?.word === true && toks[k + 1].cap && isNameWord(toks[k + 1]);
}

/** Whether every word of the phrase before its name is a title, role, modifier, place or determiner ("French President Jacques
 * Chirac"), not the tail of a body's name ("… Young People and Families Margaret Hodge", "Work and Pensions Secretary …"). */
export function plainlyTitled(toks: Tok[], np: NP): boolean {
  for (let k = np.t0; k < np.nameT0; k++) {
    const t = toks[k];
    if (!t.word || t.poss || DETERMINERS.has(t.low) || PLACE_WORDS.has(t.low) || PARTIES.has(t.low)) continue;
    // a capitalised source noun is a body's name ("Families"), a lower-case one describes ("senior officials")
    if (!(t.cap ? TITLES.has(t.low) || ROLES.has(t.low) || MODIFIERS.has(t.low) : lowerDescriptor(t.low))) return false;
  }
  return true;
}

function lowerDescriptor(l: string): boolean {
  return DESCRIPTORS.has(l);
}

export function parseNP(toks: Tok[], i: number, limit: number, text: string): NP | null {
  const first = toks[i];
  if (first === undefined || i >= limit || !first.word) return null;
  if (!first.poss && SPEAKER_PRONOUNS.has(first.low) && (first.low !== 'i' || first.text === 'I')) {
    const pc = PRONOUNS.get(first.low) ?? null;
    return {
      t0: i, t1: i + 1, s: first.s, e: first.e, kind: 'pronoun', name: null, nameT0: i, pronoun: pc, places: [], role: null,
      det: null, gender: pc === 'male' ? 'm' : pc === 'female' ? 'f' : null, org: false,
    };
  }
  let j = i;
  let det: string | null = null;
  if (DETERMINERS.has(first.low)) {
    det = first.low;
    j++;
  }
  const words: number[] = [];
  let stopAfterPoss = false;
  for (; j < limit; j++) {
    const t = toks[j];
    // names never run into a quote
    if (t.q >= 0 && toks[i].q !== t.q) break;
    if (t.word) {
      if (stopAfterPoss && !(t.cap || lowerDescriptor(t.low))) break;
      if (t.cap || ACRONYM.test(t.text)) {
        words.push(j);
      } else if (lowerDescriptor(t.low)) {
        words.push(j);
      } else if (CONNECTORS.has(t.low) && words.length > 0 && toks[words[words.length - 1]].cap && toks[j + 1]?.cap === true && toks[j + 1].word && connects(t.low, toks[words[words.length - 1]], toks[j + 1])) {
        words.push(j);
      } else if (jointRoles(toks, j, words)) {
        words.push(j);
      } else if (titleOfThe(toks, j, words)) {
        // "Chancellor of the Exchequer Gordon Brown": a title's "of the" joins what it is of, as "Secretary of State" does
        words.push(j, j + 1);
        j++;
      } else break;
      if (t.poss) stopAfterPoss = true;
      continue;
    }
    // "Mr." / "J." / "Sen." : a period glued to a title or an initial
    if (t.text === '.' && words.length > 0 && j === words[words.length - 1] + 1 && toks[j - 1].e === t.s) {
      const p = toks[j - 1];
      if ((TITLES.has(p.low) || p.text.length === 1 || p.text === DELEGATE) && toks[j + 1]?.cap === true) continue;
    }
    // "[Russia]": an editor's bracket around a name
    if (t.text === '[' || t.text === ']') continue;
    // "Marks & Spencer": a spaced "&" between capitalised words joins them
    if (ampersand(toks, j, words)) {
      words.push(j);
      continue;
    }
    break;
  }
  // "some in the Muslim community", "others": a quantity word standing alone
  if (words.length === 0) {
    if (det === null || !ANON_HEADS.has(det)) return null;
    return {
      t0: i, t1: i + 1, s: first.s, e: first.e, kind: 'anon', name: null, nameT0: i, pronoun: null, places: [], role: null, det, gender: null, org: false,
    };
  }
  // trailing connectors and floating quantifiers are not part of the phrase: "Trump and Clinton both said"
  while (words.length > 1 && FLOATING.has(toks[words[words.length - 1]].text)) words.pop();
  while (words.length > 0 && CONNECTORS.has(toks[words[words.length - 1]].low) && !toks[words[words.length - 1]].cap) words.pop();
  // "Mr Campbell then e-mailed", "Blair later said": an adverb after the name is no part of it
  while (words.length > 1 && TIME_ADVERBS.has(toks[words[words.length - 1]].text) && toks[words[words.length - 2]].cap) words.pop();
  if (words.length === 0) return null;
  let last = words[words.length - 1];
  let t1 = last + 1;
  if (toks[t1]?.text === ']') t1++;
  const head = toks[last];

  // a place of several words: "North Korea", "the United States", "the States"
  const wholeText = text.slice(toks[words[0]].s, head.e);
  const afterThe = det === 'the' || (det === null && toks[i - 1]?.low === 'the');
  const wholePlace = PLACE_WORDS.get(wholeText.toLowerCase()) ?? (afterThe ? PLACE_WORDS.get(`the ${wholeText.toLowerCase()}`) : undefined);
  if (wholePlace !== undefined && (words.length > 1 || wholePlace.how === 'alias') && wholePlace.how !== 'demonym' && !head.poss) {
    return {
      t0: i, t1, s: toks[i].s, e: toks[t1 - 1].e, pronoun: null, places: [], role: null, det, gender: null, nameT0: words[0],
      kind: 'place', name: wholePlace.how === 'seat' ? wholeText : wholePlace.place.name, org: wholePlace.how === 'seat',
    };
  }
  // proper name: trailing run of capitalised words that are not titles, institutions or places
  let n0 = words.length;
  // a surname that is also an ordinary word ("Lee Park", "Martin King", "Jeanine Hall") after a first name
  // — a month too, unless a day follows ("Christine May", "Theresa May"; not "Thursday May 5")
  const before = toks[words[words.length - 2]];
  const monthSurname = MONTHS.has(head.low) && head.cap && !/^\p{N}/u.test(toks[last + 1]?.text ?? '') && before !== undefined && !SENTENCE_STARTERS.has(before.low) && !MONTH_LEADS.has(before.low);
  if (words.length >= 2 && (surnameHomograph(head) || monthSurname) && isNameWord(toks[words[words.length - 2]])) n0--;
  while (n0 > 0) {
    const t = toks[words[n0 - 1]];
    if (isNameWord(t)) n0--;
    // "Sofia Marin", "Jordan Peterson": a place name used as a first name
    else if (t.cap && n0 < words.length && PLACE_WORDS.get(t.low)?.how === 'seat' && isNameWord(toks[words[n0]])) n0--;
    else if (NAME_PARTICLES.has(t.low) && !t.cap && n0 < words.length) n0--;
    else if (t.text === '&' && n0 < words.length) n0--;
    // "Swiss Re": a name whose first word alone is none
    else if (n0 < words.length && JOINED_NAMES.has(`${t.low} ${toks[words[n0]].low}`)) n0--;
    // "Amnesty International's Jan Shaw": a month that is also a first name, before a surname and after no date word ("In June Smith …")
    else if (MONTH_NAMES.has(t.low) && t.cap && n0 < words.length && isNameWord(toks[words[n0]]) && !ACRONYM.test(toks[words[n0]].text) && !MONTH_LEADS.has(toks[words[n0 - 1] - 1]?.low ?? '')) n0--;
    else break;
  }
  // "Tory Liam Fox", "Labour Tom Watson": a party before a full name is an affiliation, not part of the name
  while (words.length - n0 > 2 && PARTIES.has(toks[words[n0]].low) && !PARTIES.has(`${toks[words[n0]].low} ${toks[words[n0 + 1]].low}`)) n0++;
  // a possessive inside the phrase ends any name before it: "Putin's spokesman"
  if (n0 < words.length && words.slice(n0, -1).some((w) => toks[w].poss)) n0 = words.length;
  // the first word of a sentence may be a capitalised ordinary word: "However"
  while (n0 < words.length && words[n0] === i && SENTENCE_STARTERS.has(toks[words[n0]].low)) n0++;
  while (n0 < words.length && (NAME_PARTICLES.has(toks[words[n0]].low) || toks[words[n0]].text === '&')) n0++;
  // "Del. Stacey Plaskett": the delegate's title, not a name particle
  if (n0 < words.length - 1 && toks[words[n0]].text === DELEGATE && toks[words[n0] + 1]?.text === '.') n0++;
  // "the Daily Courier", "the Federal Reserve Bank": an institution's name, kept whole
  // — "the House of Commons" too: its lower-case "of" is no name word
  if (n0 > 0 && n0 < words.length && (det === 'the' || afterThe) && words.every((w) => toks[w].cap && !toks[w].poss || toks[w].low === 'of')) {
    const lead = words.slice(0, n0).map((w) => toks[w].low).filter((l) => l !== 'of');
    if (lead.every((l) => (ORG_HEADS.has(l) || INSTITUTION_WORDS.has(l)) && !TITLES.has(l) && !PLACE_WORDS.has(l))) n0 = 0;
  }
  const nameIdx = words.slice(n0);
  // "Guy Mansfield QC", "Richard Mawrey, QC": letters after a name are an honour, no part of it, and alone name no one
  while (nameIdx.length > 1 && POST_NOMINALS.has(toks[nameIdx[nameIdx.length - 1]].text)) nameIdx.pop();
  if (nameIdx.length === 1 && n0 === 0 && POST_NOMINALS.has(toks[nameIdx[0]].text)) return null;

  const places: string[] = [];
  const roleWords: string[] = [];
  let gender: 'm' | 'f' | null = null;
  let org = false;
  for (let k = 0; k < n0; k++) {
    const t = toks[words[k]];
    if (!t.word) continue;
    const two = k + 1 < n0 ? `${t.low} ${toks[words[k + 1]].low}` : '';
    const p2 = two !== '' ? PLACE_WORDS.get(two) : undefined;
    const p1 = PLACE_WORDS.get(t.low) ?? PLACE_WORDS.get(t.text.toLowerCase());
    if (p2 !== undefined) {
      if (!places.includes(p2.place.name)) places.push(p2.place.name);
      k++;
      continue;
    }
    if (p1 !== undefined) {
      if (!places.includes(p1.place.name)) places.push(p1.place.name);
      continue;
    }
    if (MALE_WORDS.has(t.low)) gender = 'm';
    if (FEMALE_WORDS.has(t.low)) gender = 'f';
    // "Rules Committee X" names a body; "Committee chairman Michael Jack", "Deutsche Bank's Simon Champion": the body is where the
    // person named after a role or a possessive works, not what the name is
    if (ORG_HEADS.has(t.low) && t.cap) org = !t.poss;
    else if (org && (t.poss || TITLES.has(t.low) || ROLES.has(t.low) || ANON_HEADS.has(t.low))) org = false;
    if (!t.cap || TITLES.has(t.low) || ROLES.has(t.low)) roleWords.push(t.low);
  }
  const role = roleWords.length > 0 ? roleWords.filter((w) => !DETERMINERS.has(w)).join(' ') || null : null;
  const base = {
    t0: i, t1, s: toks[i].s, e: toks[t1 - 1].e, pronoun: null, places, role, det, gender, nameT0: i,
  };
  // "Recently announced …", "Studies have shown …": one capitalised word opening a sentence may be an ordinary word
  if (words.length === 1 && words[0] === i && det === null) {
    const how = ordinaryOpening(toks, i, text);
    if (how === 'word') return null;
    if (how === 'plural') return { ...base, kind: 'anon', name: null, org: false, role: first.low };
  }
  // "the Labour MP for Birkenhead", "the Duke of Edinburgh": a name after a role and "for"/"of" is what the role is of
  const of = toks[(nameIdx[0] ?? 0) - 1];
  if (nameIdx.length > 0 && (of?.low === 'for' || of?.low === 'of') && roleWords.some((w) => ROLES.has(w) || TITLES.has(w))) {
    return { ...base, kind: 'role', name: null, org: false, role: roleWords.filter((w) => !CONNECTORS.has(w) && !DETERMINERS.has(w)).join(' ') };
  }
  if (nameIdx.length > 0 && !head.poss) {
    const name = nameIdx.map((w) => toks[w].text.replace(/['’]s$/i, '')).join(' ');
    const single = nameIdx.length === 1 ? toks[nameIdx[0]] : null;
    // "London UKIP", "Welsh Labour": a party's branch; "Houston-based Continental": a one-word name said to be based somewhere
    const based = single !== null && n0 > 0 && BASED.test(toks[words[n0 - 1]].low);
    const isOrg = org || based || name.includes('&') || PARTIES.has(name.toLowerCase()) || PARTIES.has(toks[nameIdx[nameIdx.length - 1]].low) || n0 === 0 && words.some((w) => ORG_HEADS.has(toks[w].low)) || (det !== null && (det === 'the' || det === 'a') && roleWords.length === 0) || (single !== null && lettered(single.text));
    return { ...base, kind: 'name', name, nameT0: nameIdx[0], org: isOrg };
  }
  if (head.poss) return null;
  // no personal name: a place, an institution, a role or an anonymous source
  const headLow = head.low;
  const whole = text.slice(toks[words[0]].s, head.e);
  const placeWhole = PLACE_WORDS.get(whole.toLowerCase()) ?? (det === 'the' ? PLACE_WORDS.get(`the ${whole.toLowerCase()}`) : undefined);
  if (placeWhole !== undefined && (placeWhole.how !== 'demonym' || ACRONYM.test(whole))) {
    return { ...base, kind: 'place', name: placeWhole.how === 'seat' ? whole : placeWhole.place.name, org: placeWhole.how === 'seat' };
  }
  if (head.cap && (ORG_HEADS.has(headLow) || INSTITUTION_WORDS.has(headLow))) {
    // "telecoms company SBC Communications": the body's name is its run of capitalised words, not the description before it
    let c0 = words.length - 1;
    while (c0 > 0 && (toks[words[c0 - 1]].cap || CONNECTORS.has(toks[words[c0 - 1]].low) && c0 > 1 && toks[words[c0 - 2]].cap) && !dateBefore(toks, words, c0)) c0--;
    const nameT0 = words[c0];
    return { ...base, kind: 'name', name: text.slice(toks[nameT0].s, head.e), nameT0, org: true };
  }
  // "the Bureau of Labor Statistics", "the Office for National Statistics": a capitalised title holding a body's word names
  // that body, whatever its last word
  if (head.cap && head.text !== 'I' && words.length > 2 && words.every((w) => toks[w].cap && !toks[w].poss || CONNECTORS.has(toks[w].low)) && words.some((w) => toks[w].cap && ORG_HEADS.has(toks[w].low))) {
    return { ...base, kind: 'name', name: text.slice(toks[words[0]].s, head.e), nameT0: words[0], org: true };
  }
  if (ROLES.has(headLow) || roleTail(toks, words)) return { ...base, kind: 'role', name: null, org: false };
  // "Proponents, including …": a capitalised head still names what kind of source this is
  if (ANON_HEADS.has(headLow)) return { ...base, kind: 'anon', name: null, org: false, role: role ?? headLow };
  return null;
}

/** "On Thursday Rangers said", "Since March Rangers": a day or month after a date's preposition (or opening the phrase) is a
 * date, and so are the words before it: no part of the body's name ("Sunday Times" keeps its day). */
function dateBefore(toks: Tok[], words: number[], c0: number): boolean {
  const w = toks[words[c0 - 1]];
  if (w.cap && !CONNECTORS.has(w.low) && !DETERMINERS.has(w.low) && SENTENCE_STARTERS.has(w.low) && !ORG_HEADS.has(w.low) && !INSTITUTION_WORDS.has(w.low)) return true;
  if (!DAYS.has(w.low) && !MONTHS.has(w.low)) return false;
  const lead = c0 > 1 ? toks[words[c0 - 2]] : toks[words[c0 - 1] - 1];
  return lead !== undefined && lead.word && MONTH_LEADS.has(lead.low);
}

// "McDonald", "DiCaprio", "LeBlanc", "O'Neill": an inner capital after these is a person's surname
const NAME_PREFIX = /^(?:Mc|Mac|Di|De|Da|Du|La|Le|Van|Von|Fitz|O['’]?)\p{Lu}/u;

/** A one-word name written as letters or with an inner capital ("BBC", "BA", "DrKW", "YouGov", "PwC") names an organisation; a
 * person alone is written so only with a surname's prefix ("McCartney"). Initials before a surname ("JF Sullivan") are two words. */
function lettered(word: string): boolean {
  const bare = word.replace(/\./g, '');
  if (ACRONYM.test(word)) return bare.length >= 2;
  return /^\p{Lu}\p{Ll}*\p{Lu}/u.test(bare) && !NAME_PREFIX.test(bare);
}

/** A spaced "&" at `j` between a capitalised word of the phrase and another: "Marks & Spencer", "Procter & Gamble". */
function ampersand(toks: Tok[], j: number, words: number[]): boolean {
  const prev = toks[words[words.length - 1]];
  const next = toks[j + 1];
  return toks[j].text === '&' && prev !== undefined && words[words.length - 1] === j - 1 && prev.cap && !prev.poss && next !== undefined && next.word && next.cap;
}

function roleTail(toks: Tok[], words: number[]): boolean {
  if (words.length < 2) return false;
  const two = `${toks[words[words.length - 2]].low} ${toks[words[words.length - 1]].low}`;
  return ROLES.has(two);
}

/** The longest phrase that ends exactly at token `end` (exclusive), starting no earlier than `min`. */
export function parseNPBack(toks: Tok[], end: number, min: number, text: string): NP | null {
  let best: NP | null = null;
  const lo = Math.max(min, end - 14);
  for (let p = end - 1; p >= lo; p--) {
    const t = toks[p];
    if (!t.word && t.text !== '.' && t.text !== '[' && t.text !== ']' && t.text !== '&') break;
    if (t.q >= 0 && t.text !== '[' && t.text !== ']') break;
    // a lower-case word that no phrase may contain ends the search
    if (t.word && !t.cap && !lowerDescriptor(t.low) && !DETERMINERS.has(t.low) && !CONNECTORS.has(t.low) && !PRONOUNS.has(t.low) && !ACRONYM.test(t.text)) {
      if (p === end - 1) break;
      break;
    }
    // "But officials said": a sentence-opening conjunction is not part of the speaker
    if (t.cap && LEAD_CONJUNCTIONS.has(t.low) && p < end - 1) continue;
    const np = parseNP(toks, p, end, text);
    if (np !== null && np.t1 === end) best = np;
  }
  if (best !== null) return best;
  // "a person familiar with the talks", "officials in Washington": a source head with a post-modifier
  for (let p = end - 2; p >= lo; p--) {
    const t = toks[p];
    if (!t.word) break;
    if ((ANON_HEADS.has(t.low) || ROLES.has(t.low)) && POST_MODIFIERS.has(toks[p + 1].low) && end - p >= 3 && !clauseIn(toks, p + 2, end)) {
      const head = parseNPBack(toks, p + 1, min, text);
      if (head !== null && (head.kind === 'anon' || head.kind === 'role')) {
        return { ...head, kind: 'anon', t1: end, e: toks[end - 1].e };
      }
    }
  }
  return genericBack(toks, end, lo, text);
}

/** A verb or a clause word inside a would-be post-modifier: "both in the US is that when you start" is no phrase. */
function clauseIn(toks: Tok[], a: number, b: number): boolean {
  for (let k = a; k < b; k++) {
    // "an official with the agency who was present": a relative clause still describes the source
    if (toks[k].low === 'who') return false;
    if (toks[k].word && (AUX.test(toks[k].low) || /^(?:that|when|you|i|we)$/.test(toks[k].low))) return true;
  }
  return false;
}

/** "oil and gas worker Mike Wipf", "the company's chief executive": a few plain words, then a name or the phrase's end. */
function describedName(toks: Tok[], i: number, limit: number, text: string): NP | null {
  for (let k = i; k < Math.min(limit + 1, i + 8); k++) {
    // the sentence limit ends the phrase as a period would
    const t: Tok = k < limit ? toks[k] : { ...toks[k - 1], text: '.', word: false, cap: false };
    if (!t.word) {
      if (k === i) return null;
      // no name: a determiner phrase kept as written ("the company's chief executive")
      if ((t.text === '.' || t.text === ',') && GENERIC_DETS.has(toks[i].low) && k - i >= 2) {
        const head = toks[k - 1];
        if (head.cap || NOT_IN_GENERIC.test(head.low)) return null;
        return {
          t0: i, t1: k, s: toks[i].s, e: head.e, kind: 'anon', name: null, nameT0: i, pronoun: null, places: [], role: head.low, det: toks[i].low,
          gender: null, org: false,
        };
      }
      return null;
    }
    if (NOT_IN_GENERIC.test(t.low) && t.low !== 'and' && t.low !== 'of') return null;
    if (t.cap && k > i) {
      const np = parseNP(toks, k, limit, text);
      if (np === null || np.kind !== 'name') return null;
      const end = toks[np.t1];
      if (end !== undefined && np.t1 < limit && end.word) return null;
      const role = text.slice(toks[i].s, toks[k - 1].e).toLowerCase();
      return { ...np, t0: i, s: toks[i].s, role: np.role ?? role };
    }
  }
  return null;
}

const AUX = /^(?:is|was|are|were|has|have|had|will|would|can|could|should|may|might|must|did|does|do|who)$/;
const OBJECT_PREPS = /^(?:with|to|from|of|for|about|against|like|on|at|in|into|by|over|under|between|among)$/;
const GENERIC_DETS: ReadonlySet<string> = new Set(['a', 'an', 'the', 'another', 'one', 'two', 'three', 'several', 'many', 'some', 'other']);
const NOT_IN_GENERIC = /^(?:also|still|who|which|that|is|was|are|were|has|have|had|be|been|will|would|could|should|can|may|might|must|did|does|do|not|and|or|but|to|of|in|on|at|for|with|by|from|as|than|it|he|she|they|we|i|you|this|these|those|there)$/;

/** "a veteran Boston-based engineer", "the restaurant's owner": a determiner and a few words, kept as written. */
function genericBack(toks: Tok[], end: number, lo: number, text: string): NP | null {
  for (let p = end - 2; p >= Math.max(lo, end - 6); p--) {
    const t = toks[p];
    if (!t.word) return null;
    if (GENERIC_DETS.has(t.low) && (!t.cap || p === 0 || !toks[p - 1].word)) {
      // "with the matter": a prepositional object, not a speaker
      if (p > 0 && toks[p - 1].word && OBJECT_PREPS.test(toks[p - 1].low)) return null;
      for (let k = p + 1; k < end; k++) if (!toks[k].word || NOT_IN_GENERIC.test(toks[k].low) || toks[k].low.endsWith('ly')) return null;
      const head = toks[end - 1];
      if (head.poss || head.cap) return null;
      return {
        t0: p, t1: end, s: t.s, e: head.e, kind: 'anon', name: null, nameT0: p, pronoun: null, places: [], role: head.low, det: t.low,
        gender: FEMALE_WORDS.has(head.low) ? 'f' : MALE_WORDS.has(head.low) ? 'm' : null, org: false,
      };
    }
    if (NOT_IN_GENERIC.test(t.low)) return null;
  }
  void text;
  return null;
}

/** Forward parse plus a source post-modifier ("a spokesman for the Kremlin"), up to `limit`. */
export function parseNPForward(toks: Tok[], i: number, limit: number, text: string): NP | null {
  let np = parseNP(toks, i, limit, text) ?? describedName(toks, i, limit, text);
  if (np === null) return null;
  // "says Cambridge cartoonist Andre Campbell": a place, a plain description, then the name
  if ((np.kind === 'place' || np.kind === 'name' && np.t1 - np.t0 === 1) && toks[np.t1]?.word === true && !toks[np.t1].cap && np.t1 < limit) {
    const named = describedName(toks, i, limit, text);
    if (named !== null && named.kind === 'name') np = named;
  }
  if ((np.kind === 'anon' || np.kind === 'role') && np.t1 < limit && POST_MODIFIERS.has(toks[np.t1].low)) {
    let j = np.t1;
    // "a spokeswoman for Trudeau" — but not on into "said he is …"
    while (j < limit && j < np.t1 + 8 && toks[j].word && !VERB_FORMS.has(toks[j].low) && !AUX.test(toks[j].low)) j++;
    return { ...np, kind: 'anon', t1: j, e: toks[j - 1].e };
  }
  return np;
}

export function npText(np: NP, text: string): string {
  return text.slice(np.s, np.e);
}
