// Speaker phrases: the phrase before a cue with its appositions and asides ("Hugh Hill, a doctor, said"),
// a short parenthetical after a name, and the sentence's own subject.
import type { Tok } from './lex.js';
import { parseNP, parseNPBack, plainlyTitled, type NP } from './np.js';
import { openingParticiple, ordinaryOpening } from './ordinary.js';
import { AUXILIARIES, DETERMINERS, DOCUMENT_HEADS, ORG_NOUNS, VERB_FORMS } from './lexicon.js';
import { DASHES, FINITE, OBJECT_PREPOSITIONS, PREPOSITIONS, SENTENCE_PUNCT, SUBJECT_SKIP, isAdverb, phraseNP } from './grammar.js';

// "the former sergeant-at-arms of the House", "supporters in Congress", "advisers to Mr. Obama", "officials with the agency"
const SOURCE_PREPOSITIONS: ReadonlySet<string> = new Set(['of', 'at', 'for', 'in', 'to', 'with', 'from', 'on']);

const APPOSITION_START: ReadonlySet<string> = new Set(['a', 'an', 'the', 'his', 'her', 'its', 'their', 'who', 'whose', 'which', 'now', 'then', 'formerly', 'himself', 'herself', 'one', 'another', 'both', 'also', 'president', 'chief', 'head', 'co-founder', 'founder']);

export interface SpeakerBefore {
  np: NP;
  apposition: NP | null;
  /** First token of the whole speaker expression (appositions included). */
  start: number;
}

/** The speaker phrase ending at token `end`, with appositions: "Hugh Hill, a doctor," / "Kallas, who". */
export function speakerBefore(toks: Tok[], end: number, min: number, text: string): SpeakerBefore | null {
  const last = toks[end - 1];
  if (last === undefined || end <= min) return null;
  // "Rep. Gwen Moore (D-Wis.) said": a short parenthetical after the name
  if (last.text === ')' && last.q < 0) {
    const open = parenOpen(toks, end - 1, min);
    return open < 0 ? null : speakerBefore(toks, open, min, text);
  }
  // "Kallas, who", "the European Union, which", "the study -- which": the relative's antecedent speaks
  if (last.low === 'who' || last.low === 'which') {
    let k = end - 1;
    while (k > min && (toks[k - 1].text === ',' || DASHES.has(toks[k - 1].text))) k--;
    if (last.low === 'which' && k === end - 1) return null;
    const np = parseNPBack(toks, k, min, text);
    return np === null || np.kind === 'pronoun' ? null : { np, apposition: null, start: np.t0 };
  }
  const commaish = last.text === ',' || (last.mark === 'close' && text[last.s - 1] === ',');
  if (commaish) return appositive(toks, end - 1, min, text);
  // "Kall -- co-editor of a book on the debates -- said": a description set off by dashes
  if (DASHES.has(last.text) && last.q < 0) {
    const open = dashOpen(toks, end - 1, min);
    const sp = open < 0 ? null : speakerBefore(toks, open, min, text);
    return sp === null || sp.np.kind === 'pronoun' ? null : sp;
  }
  const parsed = parseNPBack(toks, end, min, text) ?? ownedDocument(toks, end, min);
  if (parsed === null) return null;
  const np = listedTitle(toks, parsed, min, text);
  if (np.kind === 'pronoun' && np.pronoun !== 'male' && np.pronoun !== 'female' && np.pronoun !== 'plural' && np.pronoun !== 'neuter') return null;
  const described = describedObject(toks, np, min, text);
  if (described !== null) return namedBeside(toks, described, min, text);
  const named = unclosedApposition(toks, np, min, text);
  if (named !== null) return named;
  const before = toks[np.t0 - 1];
  if (before !== undefined && before.word && !before.cap && OBJECT_PREPOSITIONS.has(before.low)) {
    const person = personOf(toks, np, min, text);
    if (person !== null) return { np: person, apposition: null, start: person.t0 };
    const body = titledBody(toks, np, min, text);
    if (body !== null) return { np: body, apposition: null, start: body.t0 };
    const owned = sourceOwner(toks, np, min, text);
    return owned === null ? null : namedBeside(toks, owned, min, text);
  }
  const pair = coordinated(toks, np, min, text);
  if (pair !== null) return { np: pair, apposition: null, start: pair.t0 };
  return { np, apposition: null, start: np.t0 };
}

/** "Airbus and Boeing accuse each other …": a subject of two phrases joined by "and" is both, kept as written; the second
 * alone ("Boeing") is not the speaker. Only when the pair opens the clause, not as a preposition's object. */
function coordinated(toks: Tok[], np: NP, min: number, text: string): NP | null {
  if (np.kind === 'pronoun' || toks[np.t0 - 1]?.low !== 'and' || toks[np.t0 - 1].cap || !plainlyTitled(toks, np)) return null;
  const first = parseNPBack(toks, np.t0 - 1, min, text);
  if (first === null || first.kind === 'pronoun' && first.pronoun !== 'male' && first.pronoun !== 'female') return null;
  // "Smith, Jones and a Lufthansa spokesman": the whole list
  let t0 = first.t0;
  while (toks[t0 - 1]?.text === ',' && t0 - 1 > min) {
    const item = parseNPBack(toks, t0 - 1, min, text);
    if (item === null || item.kind === 'pronoun' || !(item.t0 <= min || toks[item.t0 - 1].text === ',')) break;
    t0 = item.t0;
  }
  let k = t0;
  while (k > min && toks[k - 1].word && SUBJECT_SKIP.has(toks[k - 1].low)) k--;
  const before = toks[k - 1];
  if (!(k <= min || before !== undefined && (before.text === ',' || before.mark === 'close'))) return null;
  return { ...phraseNP(toks, t0, np.t1, t0 === first.t0 ? first.det : null), members: [first, np] };
}

/** "the former sergeant-at-arms of the House of Commons", "supporters in Congress": the role or source before a
 * preposition speaks; an anonymous source keeps its description as written. */
function sourceOwner(toks: Tok[], np: NP, min: number, text: string): NP | null {
  const before = toks[np.t0 - 1];
  if (before === undefined || !SOURCE_PREPOSITIONS.has(before.low)) return null;
  const owner = parseNPBack(toks, np.t0 - 1, min, text);
  if (owner === null || (owner.kind !== 'role' && owner.kind !== 'anon') || toks[owner.t0 - 1]?.word === true && OBJECT_PREPOSITIONS.has(toks[owner.t0 - 1].low)) return null;
  // "a spokesman for Toho" is kept whole, as "said a spokesman for Toho" and "according to a spokesman for Toho" are: an
  // unnamed source is written as the text has it; "the chairman of X" stays a role the document may name
  const unnamed = owner.kind === 'anon' || owner.det === 'a' || owner.det === 'an';
  return unnamed && np.kind !== 'pronoun' ? { ...owner, kind: 'anon', t1: np.t1, e: np.e } : owner;
}

/** "JF Sullivan, spokesman for Sendmail said": a bare role set beside a person's name is that person's. */
function namedBeside(toks: Tok[], owner: NP, min: number, text: string): SpeakerBefore {
  const name = owner.det === null && toks[owner.t0 - 1]?.text === ',' ? parseNPBack(toks, owner.t0 - 1, min, text) : null;
  if (name !== null && name.kind === 'name' && !name.org) return { np: name, apposition: owner, start: name.t0 };
  return { np: owner, apposition: null, start: owner.t0 };
}

/** "Michael Lamberty, a Lufthansa spokesman told the BBC": an apposition whose closing comma is missing. The description
 * before the verb belongs to the person named just before it, when that name opens the clause (the sentence's start or
 * right after a quote). */
function unclosedApposition(toks: Tok[], np: NP, min: number, text: string): SpeakerBefore | null {
  if (np.kind !== 'anon' && np.kind !== 'role' || toks[np.t0 - 1]?.text !== ',') return null;
  const name = parseNPBack(toks, np.t0 - 1, min, text);
  if (name === null || name.kind !== 'name' || name.org || name.nameT0 !== name.t0) return null;
  const before = toks[name.t0 - 1];
  const opens = name.t0 <= min || before !== undefined && (before.mark === 'close' || before.text === ',' && toks[name.t0 - 2]?.mark === 'close');
  return opens ? { np: name, apposition: np, start: name.t0 } : null;
}

/** "a spokesman for distributor Toho", "a spokeswoman for chip maker Intel": an organisation's name after its kind of
 * organisation and a source's preposition; the source speaks, as in "a spokesman for Toho". Not a person's role
 * ("director of rugby Warren Gatland", "the minister for civil aviation Praful Patel"). */
function describedObject(toks: Tok[], np: NP, min: number, text: string): NP | null {
  if (np.kind !== 'name' || !ORG_NOUNS.has(toks[np.nameT0 - 1]?.low ?? '')) return null;
  let k = np.t0;
  while (k > min && np.t0 - k < 3 && plainWord(toks[k - 1])) k--;
  const prep = toks[k - 1];
  if (k === np.t0 || prep === undefined || !prep.word || prep.cap || !SOURCE_PREPOSITIONS.has(prep.low)) return null;
  return sourceOwner(toks, { ...np, t0: k, s: toks[k].s }, min, text);
}

/** A lower-case word that may describe a name: no verb, preposition, determiner or adverb. */
function plainWord(t: Tok): boolean {
  return t.word && !t.cap && !t.poss && !VERB_FORMS.has(t.low) && !AUXILIARIES.has(t.low) && !PREPOSITIONS.has(t.low) && !DETERMINERS.has(t.low) && !isAdverb(t);
}

/** "the Department for Culture, Media and Sport": a name ending a list of capitalised words that runs back over commas to a
 * title's "for"/"of" is the end of that title, not a speaker of its own. */
function listedTitle(toks: Tok[], np: NP, min: number, text: string): NP {
  if (np.kind !== 'name' || toks[np.t0 - 1]?.text !== ',' || !toks.slice(np.t0, np.t1).some((t) => t.low === 'and')) return np;
  for (let k = np.t0; k - 2 > min && toks[k - 1].text === ',' && toks[k - 2].word && toks[k - 2].cap && !toks[k - 2].poss; ) {
    k -= 2;
    const body = titledBody(toks, { ...np, t0: k, s: toks[k].s }, min, text);
    if (body !== null) return body;
  }
  return np;
}

/** The first token of the dash opening a short aside that ends with the dash at `close`, or -1. */
function dashOpen(toks: Tok[], close: number, min: number): number {
  let k = close;
  while (k > min && DASHES.has(toks[k - 1].text)) k--;
  for (let j = k - 1; j > min && j >= k - 40; j--) {
    const t = toks[j];
    if (t.q >= 0 || SENTENCE_PUNCT.has(t.text) || t.word && (FINITE.test(t.low) || t.low === 'that')) return -1;
    if (!DASHES.has(t.text)) continue;
    // a lone hyphen is a dash only when spaced or doubled ("--")
    const spaced = toks[j - 1] !== undefined && toks[j - 1].e < t.s && toks[j + 1].s > t.e;
    if (t.text === '-' && !spaced && toks[j - 1]?.text !== '-') return -1;
    let o = j;
    while (o > min && DASHES.has(toks[o - 1].text)) o--;
    return o;
  }
  return -1;
}

/** "Ivana Trump's brief", "the senator's statement": a document speaks for its owner (attribute.ts resolves the owner). */
function ownedDocument(toks: Tok[], end: number, min: number): NP | null {
  const head = toks[end - 1];
  const owner = toks[end - 2];
  if (head === undefined || !head.word || head.cap || !DOCUMENT_HEADS.has(head.low) || owner === undefined || !owner.poss || !owner.cap) return null;
  let a = end - 2;
  while (a - 1 >= min && toks[a - 1].word && toks[a - 1].cap && !toks[a - 1].poss) a--;
  return phraseNP(toks, a, end, null);
}

/** "Mike Powell of Dresdner Kleinwort Wasserstein", "Peter Saunders of the CMF": a person's name before "of" and the body the
 * person is from; the person speaks (a body's own title, "the Bureau of Labor Statistics", is titledBody's). */
function personOf(toks: Tok[], np: NP, min: number, text: string): NP | null {
  if (np.kind !== 'name' && np.kind !== 'place' || toks[np.t0 - 1]?.low !== 'of') return null;
  const owner = parseNPBack(toks, np.t0 - 1, min, text);
  return owner !== null && owner.kind === 'name' && !owner.org && owner.name !== null && toks[owner.t1 - 1].cap ? owner : null;
}

/** "the Commission on Presidential Debates", "the Bureau of Labor Statistics": a capitalised title joined by on/of/for. */
function titledBody(toks: Tok[], np: NP, min: number, text: string): NP | null {
  const before = toks[np.t0 - 1];
  const head = toks[np.t0 - 2];
  if (np.kind !== 'name' || (before.low !== 'on' && before.low !== 'of' && before.low !== 'for') || head === undefined || !head.word || !head.cap) return null;
  const owner = parseNPBack(toks, np.t0 - 1, min, text);
  if (owner === null || owner.kind === 'pronoun' || owner.kind === 'place' || !toks[owner.nameT0]?.cap) return null;
  // "The Bureau of Labor Statistics": the body's name without its article
  const n0 = owner.nameT0 + (DETERMINERS.has(toks[owner.nameT0].low) && owner.nameT0 + 1 < np.t0 ? 1 : 0);
  const nameS = toks[n0].s;
  return { ...owner, kind: 'name', t1: np.t1, e: np.e, name: text.slice(nameS, np.e), org: true };
}

/** The "(" of a short parenthetical ending with ")" at `close`, or -1. */
function parenOpen(toks: Tok[], close: number, min: number): number {
  for (let k = close - 1; k >= min && k >= close - 8; k--) {
    const t = toks[k];
    if (t.text === '(') return k > min ? k : -1;
    if (t.text === ')' || t.mark !== null || SENTENCE_PUNCT.has(t.text) && t.text !== '.') return -1;
  }
  return -1;
}

/** Past a short parenthetical right after a phrase: "said Sen. Ann Ray (R-Ohio)," → the token after ")". */
export function pastParen(toks: Tok[], i: number, lim: number): number {
  if (toks[i]?.text !== '(') return i;
  for (let k = i + 1; k < lim && k <= i + 8; k++) {
    const t = toks[k];
    if (t.text === ')') return k + 1;
    if (t.mark !== null || (SENTENCE_PUNCT.has(t.text) && t.text !== '.')) return i;
  }
  return i;
}

/** NP1 , APPOSITION , VERB — with the comma before the verb at `comma`. */
function appositive(toks: Tok[], comma: number, min: number, text: string): SpeakerBefore | null {
  // the sentence opens with the speaker: "Will Young, a mechanic based in Kansas City, Mo., said"
  let s = min;
  while (s < comma && toks[s].word && SUBJECT_SKIP.has(toks[s].low)) s++;
  let first = parseNP(toks, s, comma, text);
  // "Richard Shelby of Alabama, the chairman …, said"
  if (first !== null && first.kind === 'name' && toks[first.t1]?.low === 'of' && toks[first.t1 + 1]?.cap === true) {
    const of = parseNP(toks, first.t1 + 1, comma, text);
    if (of !== null && (of.kind === 'place' || of.kind === 'name') && toks[of.t1]?.text === ',') first = { ...first, t1: of.t1, e: of.e };
  }
  let firstEnd = first?.t1 ?? -1;
  // "A lawyer for the news outlets, David Schulz, said": a source phrase with its prepositional tail
  if (first !== null && (first.kind === 'anon' || first.kind === 'role') && toks[firstEnd]?.word === true && SOURCE_PREPOSITIONS.has(toks[firstEnd].low)) {
    const obj = parseNP(toks, firstEnd + 1, comma, text);
    if (obj !== null && obj.kind !== 'pronoun' && toks[obj.t1]?.text === ',') {
      firstEnd = obj.t1;
      if (first.kind === 'anon') first = { ...first, t1: obj.t1, e: obj.e };
    }
  }
  // "Rep. Ann Meeks (D-N.Y.), chair of the caucus, said"
  if (first !== null) firstEnd = pastParen(toks, firstEnd, comma);
  if (first !== null && first.kind !== 'pronoun' && toks[firstEnd]?.text === ',' && firstEnd < comma && appositionSegment(toks, firstEnd + 1, comma)) {
    const inner = parseNP(toks, firstEnd + 1, comma, text);
    if (inner !== null && inner.t1 === comma && inner.kind === 'name' && first.kind !== 'name') return { np: inner, apposition: first, start: first.t0 };
    return { np: first, apposition: inner !== null && inner.t1 === comma ? inner : null, start: first.t0 };
  }
  for (let p = comma - 1; p >= min && p >= comma - 40; p--) {
    const t = toks[p];
    if (t.text !== ',' || t.q >= 0) continue;
    let np = parseNPBack(toks, p, min, text);
    if (np === null || np.kind === 'pronoun') continue;
    const before = toks[np.t0 - 1];
    if (before !== undefined && before.word && OBJECT_PREPOSITIONS.has(before.low)) {
      // "Officials at the agency, a division of the department, said": the source before the preposition speaks
      const owned = sourceOwner(toks, np, min, text);
      if (owned === null || owned.kind !== 'anon') continue;
      np = owned;
    }
    const inner = parseNP(toks, p + 1, comma, text);
    const innerFull = inner !== null && inner.t1 === comma;
    if (!innerFull && !appositionSegment(toks, p + 1, comma)) return null;
    // prefer the personal name when one side is a name and the other a role
    if (innerFull && inner !== null && inner.kind === 'name' && np.kind !== 'name') return { np: inner, apposition: np, start: np.t0 };
    return { np, apposition: innerFull ? inner : null, start: np.t0 };
  }
  return null;
}

/** Between two commas after a name: a description, not a clause ("principal researcher at Dixon Hall", "D-Mass."). */
export function appositionSegment(toks: Tok[], a: number, b: number): boolean {
  const seg = toks[a];
  if (seg === undefined || a >= b) return false;
  if (APPOSITION_START.has(seg.low) || seg.cap || seg.poss || /^\p{N}/u.test(seg.text)) return true;
  if (b - a > 16) return false;
  for (let k = a; k < b; k++) {
    const t = toks[k];
    if (t.word && (FINITE.test(t.low) || (t.low === 'that' && k > a))) return false;
  }
  return true;
}

/** The grammatical subject of the sentence: its first phrase after an introductory clause. */
export function subjectOf(toks: Tok[], s0: number, before: number, text: string): NP | null {
  let pos = s0;
  for (let tries = 0; tries < 4 && pos < before; tries++) {
    while (pos < before && (toks[pos].q >= 0 || !toks[pos].word || SUBJECT_SKIP.has(toks[pos].low))) {
      if (toks[pos].q >= 0 || toks[pos].word) pos++;
      else if (toks[pos].text === ',') pos++;
      else pos++;
    }
    const t = toks[pos];
    if (t === undefined || pos >= before) return null;
    // "Chastened by the complaints, Trump …": an opening participle clause is not the subject
    const participial = /^[a-z]{3,}ed$/.test(t.low) && PREPOSITIONS.has(toks[pos + 1]?.low ?? '') || toks[pos + 1]?.low === 'by' && !t.poss || openingParticiple(toks, pos) ||
      toks[pos + 1]?.text === ',' && ordinaryOpening(toks, pos, text) === 'word';
    if (!PREPOSITIONS.has(t.low) && !participial && !(t.low.endsWith('ing') && !t.cap) && !(t.low === 'even' || t.low === 'although' || t.low === 'though' || t.low === 'when' || t.low === 'if' || t.low === 'as' || t.low === 'because')) {
      const np = parseNP(toks, pos, before, text);
      if (np !== null && !(np.kind === 'pronoun' && (np.pronoun === 'relative' || np.pronoun === 'first'))) return np;
      if (np === null) return null;
    }
    while (pos < before && !(toks[pos].text === ',' && toks[pos].q < 0)) pos++;
    pos++;
  }
  return null;
}
