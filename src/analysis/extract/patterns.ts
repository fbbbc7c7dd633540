// Stage 2–3: quotes and reported speech in one sentence. Each reporting cue is tried against the
// patterns that cover most attributions in news, in this order:
//   "Q," SPEAKER VERB.  /  "Q," VERB SPEAKER.          (quote before its attribution)
//   SPEAKER VERB (that|:) CONTENT.                      (speaker, cue, then content)
//   CONTENT, SPEAKER VERB.  /  CONTENT, VERB SPEAKER.   (content before, no quotes needed)
//   According to SPEAKER, CONTENT.  /  CONTENT, according to SPEAKER.
//   …, VERBing (that|:) CONTENT.  /  … and VERB that …  (the sentence's subject speaks)
// A cue without a speaker phrase and content in one of these shapes yields nothing.
import type { Tok } from './lex.js';
import type { Paragraph, Sentence } from './segment.js';
import { cueAt, RAISING, tookTo, type Cue } from './cues.js';
import { parseNP, parseNPBack, parseNPForward, type NP } from './np.js';
import { ADVERBS, ANON_HEADS, AUXILIARIES, CALL_ADJECTIVES, DAYS, DOCUMENT_HEADS, FINDING_HEADS, MONTHS, SPEECH_NOUNS, TIME_WORDS, TITLES, VERB_FORMS } from './lexicon.js';

export type SpeakerSource = 'phrase' | 'subject' | 'previous' | 'none';

export interface Draft {
  para: number;
  sent: number;
  /** Content token ranges [a, b) in the paragraph's tokens (the attribution itself excluded). */
  pieces: Array<[number, number]>;
  speaker: NP | null;
  speakerSource: SpeakerSource;
  /** An appositive next to the speaker: "Hugh Hill, a doctor" → the doctor phrase. */
  apposition: NP | null;
  cue: Cue | null;
  /** Tokens [t0, t1) of the whole attribution expression, so later cues inside it are skipped. */
  attribution: [number, number] | null;
  /** Quote sentences or paragraphs that continue this statement after its own sentence. */
  tail?: Array<{ para: number; a: number; b: number }>;
  /** A floating quote takes its speaker from this earlier statement. */
  inherit?: Draft;
}

const PREPOSITIONS: ReadonlySet<string> = new Set([
  'in', 'on', 'at', 'to', 'with', 'about', 'for', 'of', 'from', 'by', 'after', 'before', 'during', 'over', 'under', 'via',
  'through', 'while', 'since', 'until', 'amid', 'against', 'like', 'into', 'onto', 'toward', 'towards', 'upon', 'among',
  'despite', 'without', 'regarding', 'following', 'per', 'near', 'between', 'behind', 'across', 'around',
]);
// Prepositions whose object cannot be the subject of a following verb ("after" and "while" can start a clause).
const OBJECT_PREPOSITIONS: ReadonlySet<string> = new Set(['with', 'to', 'from', 'of', 'for', 'about', 'against', 'like', 'on', 'at', 'in', 'into', 'toward', 'towards', 'among', 'between', 'by', 'via', 'over', 'under', 'onto', 'upon', 'per', 'near']);
// "the former sergeant-at-arms of the House", "supporters in Congress", "advisers to Mr. Obama", "officials with the agency"
const SOURCE_PREPOSITIONS: ReadonlySet<string> = new Set(['of', 'at', 'for', 'in', 'to', 'with', 'from', 'on']);
const NOT_CLAUSE_START: ReadonlySet<string> = new Set([
  ...PREPOSITIONS, 'and', 'but', 'or', 'nor', 'so', 'as', 'than', 'goodbye', 'hello', 'yes', 'no', 'sorry', 'thanks', 'otherwise',
  'nothing', 'something', 'anything', 'much', 'little', 'more', 'less', 'too', 'very', 'not', 'also', 'only', 'just', 'out', 'up',
  'down', 'off', 'back', 'away', 'again', 'here', 'then', 'now', 'later', 'earlier', 'twice', 'once', 'instead',
]);
const APPOSITION_START: ReadonlySet<string> = new Set(['a', 'an', 'the', 'his', 'her', 'its', 'their', 'who', 'whose', 'which', 'now', 'then', 'formerly', 'himself', 'herself', 'one', 'another', 'both', 'also', 'president', 'chief', 'head', 'co-founder', 'founder']);
const SUBJECT_SKIP: ReadonlySet<string> = new Set(['but', 'and', 'so', 'yet', 'still', 'however', 'meanwhile', 'instead', 'indeed', 'now', 'then', 'also', 'ultimately', 'overall', 'finally', 'later', 'earlier', 'separately', 'likewise', 'similarly', 'nevertheless', 'nonetheless', 'moreover', 'furthermore', 'besides', 'thus', 'hence', 'therefore', 'again']);
const SENTENCE_PUNCT: ReadonlySet<string> = new Set(['.', '!', '?', '…', '...', ';']);
const DASHES: ReadonlySet<string> = new Set(['—', '–', '-']);
const MIN_CLAUSE_WORDS = 3;
/** Stances ("criticized X for Y") and intentions ("wants to", "pledged to") as statements. PolNeAR counts them; off, extraction
 * is speech-only (as before issue 3) — the seed divergence ranking in test/seeds.test.ts passes only with this off for now. */
const STANCES = true;
const SUBORDINATORS: ReadonlySet<string> = new Set(['while', 'although', 'though', 'if', 'when', 'because', 'once', 'unless', 'whether']);

export function findDrafts(p: Paragraph, text: string): Draft[] {
  const out: Draft[] = [];
  if (p.kind !== 'text') return out;
  p.sentences.forEach((sent, si) => {
    if (sent.headline) return;
    sentenceDrafts(p, si, sent, text, out);
  });
  return out;
}

// Nouns ending in -ly: "the family said" has no adverb before its verb.
const LY_NOUNS: ReadonlySet<string> = new Set(['family', 'ally', 'assembly', 'supply', 'rally', 'reply', 'monopoly', 'anomaly', 'bully', 'homily', 'melancholy']);

function isAdverb(t: Tok): boolean {
  return t.word && !t.cap && (ADVERBS.has(t.low) || AUXILIARIES.has(t.low) || (t.low.endsWith('ly') && t.low.length > 4 && !LY_NOUNS.has(t.low)));
}

function isTimeWord(t: Tok): boolean {
  return t.word && (DAYS.has(t.low) || MONTHS.has(t.low));
}

/** Skip "also", "has", "on Thursday", "last week" leftwards from k (exclusive); returns the new end. */
function skipBack(toks: Tok[], end: number, min: number): number {
  let k = end;
  for (;;) {
    const t = toks[k - 1];
    if (k <= min || t === undefined) return k;
    // "Trump and McGovern both think": a floating quantifier after the subject; "the weekly said": after a determiner an -ly
    // word is the noun
    if (isAdverb(t) && !(t.low.endsWith('ly') && /^(?:the|a|an|his|her|its|their)$/.test(toks[k - 2]?.low ?? '')) || (t.low === 'both' || t.low === 'each') && toks[k - 2]?.cap === true && toks[k - 2].word) {
      k--;
      continue;
    }
    if (/^\p{N}/u.test(t.text) && toks[k - 2] !== undefined && (MONTHS.has(toks[k - 2].low) || (toks[k - 2].text === '.' && MONTHS.has(toks[k - 3]?.low ?? '')))) {
      k -= toks[k - 2].text === '.' ? 3 : 2;
      continue;
    }
    if (isTimeWord(t) || (t.word && !t.cap && TIME_WORDS.has(t.low) && isTimeWord(toks[k - 2] ?? t))) {
      let j = k - 1;
      while (j > min && toks[j - 1].word && (isTimeWord(toks[j - 1]) || TIME_WORDS.has(toks[j - 1].low))) j--;
      k = j;
      continue;
    }
    // "continues to insist": a raising verb and "to" before the cue; "took to Twitter to accuse"
    if (t.low === 'to' && RAISING.has(toks[k - 2]?.low ?? '') && k - 2 > min) {
      k -= 2;
      continue;
    }
    const took = t.low === 'to' ? tookTo(toks, k - 1) : -1;
    if (took > min) {
      k = took;
      continue;
    }
    // "who in 2010 said": a year after "in"
    if (/^(?:19|20)\d\d$/.test(t.text) && toks[k - 2]?.low === 'in' && k - 2 >= min) {
      k -= 2;
      continue;
    }
    if ((t.low === 'week' || t.low === 'month' || t.low === 'year' || t.low === 'night') && (toks[k - 2]?.low === 'last' || toks[k - 2]?.low === 'this')) {
      k -= 2;
      continue;
    }
    return k;
  }
}

function sentenceLimit(toks: Tok[], sent: Sentence): number {
  let b = sent.t1;
  while (b > sent.t0 && toks[b - 1].q < 0 && (SENTENCE_PUNCT.has(toks[b - 1].text) || toks[b - 1].text === ':' || toks[b - 1].text === ',')) b--;
  return b;
}

function wordCount(toks: Tok[], a: number, b: number): number {
  let n = 0;
  for (let i = a; i < b; i++) if (toks[i].word) n++;
  return n;
}

function sentenceDrafts(p: Paragraph, si: number, sent: Sentence, text: string, out: Draft[]): void {
  const toks = p.toks;
  const s0 = sent.t0;
  const lim = sentenceLimit(toks, sent);
  const credit = dashCredit(toks, s0, lim, text, p.index, si);
  if (credit !== null) {
    out.push(credit);
    return;
  }
  const mine: Draft[] = [];
  const covered = (i: number): boolean =>
    mine.some((d) => (d.attribution !== null && i >= d.attribution[0] && i < d.attribution[1]) || d.pieces.some(([a, b]) => i >= a && i < b));
  for (let i = s0; i < lim; i++) {
    if (covered(i)) continue;
    if (SPEECH_NOUNS.has(toks[i].low) && !toks[i].cap) {
      const owned = ownedClaim(toks, i, s0, lim, text, p.index, si);
      if (owned !== null) {
        mine.push(owned);
        continue;
      }
    }
    if (toks[i].low === 'in' && i <= s0 + 1) {
      const found = inFinding(toks, i, s0, lim, text, p.index, si);
      if (found !== null) {
        mine.push(found);
        break;
      }
    }
    if (toks[i].low === 'as') {
      const aside = asAside(toks, i, s0, lim, text, p.index, si);
      if (aside !== null) {
        mine.push(aside);
        continue;
      }
    }
    const cue = cueAt(toks, i, lim);
    if (cue === null) continue;
    const d =
      afterQuote(toks, cue, s0, lim, text, p.index, si) ??
      according(toks, cue, s0, lim, text, p.index, si) ??
      speakerThenContent(toks, cue, s0, lim, text, p.index, si, mine) ??
      contentThenSpeaker(toks, cue, s0, lim, text, p.index, si);
    if (d === null) continue;
    // a later cue coordinated with this one ends this content: "X claimed A, but suggested B"
    mine.push(d);
    i = Math.max(i, cue.t1 - 1);
  }
  trimOverlaps(toks, mine, lim);
  out.push(...mine);
}

const CREDIT_DASHES: ReadonlySet<string> = new Set(['―', '—', '–']);

/** “Q” ― Name  /  "Q" — Name, title: a sentence that is a quote credited after a dash. */
function dashCredit(toks: Tok[], s0: number, lim: number, text: string, para: number, sent: number): Draft | null {
  const open = toks[s0];
  if (open?.mark !== 'open') return null;
  let c = s0;
  while (c + 1 < lim && toks[c + 1].q === open.q) c++;
  const dash = toks[c + 1];
  if (toks[c].mark !== 'close' || dash === undefined || !CREDIT_DASHES.has(dash.text) || c + 2 >= lim) return null;
  const np = parseNPForward(toks, c + 2, lim, text);
  if (np === null || np.kind === 'pronoun' || np.kind === 'place') return null;
  if (np.t1 < lim && !(toks[np.t1].text === ',' && appositionSegment(toks, np.t1 + 1, lim))) return null;
  const cue: Cue = {
    t0: c + 1, t1: c + 2, s: dash.s, e: dash.e, lemma: dash.text, frame: 'clause', weak: false, belief: false, bare: false, participle: false, inf: false, evidence: false, question: false, topic: false, speech: false, prep: [], prepOnly: false, control: false,
  };
  return { para, sent, pieces: [[s0, c + 1]], speaker: np, speakerSource: 'phrase', apposition: null, cue, attribution: [c + 1, lim] };
}

/** After "Q," said: a short description with numbers or lower-case words, then a name closing the sentence or clause
 * ("9/11 widow Terry Strada", "longtime aide Ann Ray"). */
function describedAfterQuote(toks: Tok[], i: number, lim: number, text: string): NP | null {
  for (let k = i + 1; k < Math.min(lim, i + 6); k++) {
    const t = toks[k];
    if (t.q >= 0 || t.text === ',' || SENTENCE_PUNCT.has(t.text) || t.word && (FINITE.test(t.low) || VERB_FORMS.has(t.low) || PREPOSITIONS.has(t.low))) return null;
    if (!t.cap) continue;
    const np = parseNP(toks, k, lim, text);
    if (np === null || np.kind !== 'name' || np.t1 < lim && toks[np.t1].text !== ',' && toks[np.t1].text !== '(') return null;
    return { ...np, t0: i, s: toks[i].s };
  }
  return null;
}

/** Quote token range ending with the close mark at `close` (inclusive). */
function quoteStart(toks: Tok[], close: number): number {
  const q = toks[close].q;
  let a = close;
  while (a > 0 && toks[a - 1].q === q) a--;
  return a;
}

/** The close mark just before token `i`, skipping a comma or dash between. */
function closeMarkBefore(toks: Tok[], i: number, min: number): number {
  let k = i - 1;
  while (k >= min && (toks[k].text === ',' || DASHES.has(toks[k].text))) k--;
  return k >= min && toks[k].mark === 'close' ? k : -1;
}

/** "Q," SPEAKER VERB / "Q," VERB SPEAKER / "Q," SPEAKER, APPOSITION, VERB. Content = the sentence up to the quote. */
function afterQuote(toks: Tok[], cue: Cue, s0: number, lim: number, text: string, para: number, sent: number): Draft | null {
  if (cue.frame === 'according' || cue.frame === 'eval' || cue.frame === 'intent' || cue.prepOnly) return null;
  let speaker: NP | null = null;
  let apposition: NP | null = null;
  let close = closeMarkBefore(toks, cue.t0, s0);
  let attrStart = cue.t0;
  let attrEnd = cue.t1;
  if (close >= 0) {
    // "Q," said Kallas.  /  "Q," said 9/11 widow Terry Strada.
    speaker = parseNPForward(toks, cue.t1, lim, text) ?? describedAfterQuote(toks, cue.t1, lim, text);
    if (speaker === null || speaker.kind === 'pronoun' && speaker.pronoun === 'relative') return null;
    attrEnd = pastParen(toks, speaker.t1, lim);
  } else {
    const end = skipBack(toks, cue.t0, s0);
    const sp = speakerBefore(toks, end, s0, text);
    if (sp === null) return null;
    let start = sp.start;
    close = closeMarkBefore(toks, start, s0);
    // "Q," panel Chairman Jason Chaffetz said: a lower-case description before the titled name
    for (let k = start - 1; close < 0 && sp.np.kind === 'name' && k >= start - 2 && k > s0 && toks[k].word && !toks[k].cap && !FINITE.test(toks[k].low) && !VERB_FORMS.has(toks[k].low) && !NOT_CLAUSE_START.has(toks[k].low) && !/(?:s|ed|ing)$/.test(toks[k].low); k--) {
      close = closeMarkBefore(toks, k, s0);
      if (close >= 0) start = k;
    }
    if (close < 0) return null;
    speaker = sp.np;
    apposition = sp.apposition;
    attrStart = start;
  }
  // "Q1." He said: "Q2." — the colon introduces a quote of its own
  if (toks[attrEnd]?.text === ':') return null;
  const qa = quoteStart(toks, close);
  let a = s0;
  // the quote starts the sentence, or text before it is part of what was said
  if (qa < s0) a = qa;
  const pieces: Array<[number, number]> = [[a, close + 1]];
  // "Q1," she said, "Q2."  — the quote resumes in the same sentence
  // — also past a participle phrase or a conjunction: "Q1," he said, referring to the tax cut, "Q2." / he said, but "Q2"
  let j = attrEnd;
  let resume = -1;
  while (j < lim && !toks[j].mark && !SENTENCE_PUNCT.has(toks[j].text) && j < attrEnd + 14) {
    const n = toks[j + 1];
    if (n?.mark === 'open' && (toks[j].text === ',' || ((toks[j].low === 'but' || toks[j].low === 'and') && toks[j - 1]?.text === ','))) {
      resume = j;
      break;
    }
    if (toks[j].text === ',' && j > attrEnd + 1 && !(toks[attrEnd]?.text === ',' && toks[attrEnd + 1]?.low.endsWith('ing'))) break;
    j++;
  }
  if (resume >= 0) {
    j = resume;
    let k = j + 1;
    const q = toks[k].q;
    while (k < toks.length && toks[k].q === q) k++;
    pieces.push([j + 1, k]);
    attrEnd = j + 1;
  }
  return { para, sent, pieces, speaker, speakerSource: 'phrase', apposition, cue, attribution: [attrStart, attrEnd] };
}

interface SpeakerBefore {
  np: NP;
  apposition: NP | null;
  /** First token of the whole speaker expression (appositions included). */
  start: number;
}

/** The speaker phrase ending at token `end`, with appositions: "Hugh Hill, a doctor," / "Kallas, who". */
function speakerBefore(toks: Tok[], end: number, min: number, text: string): SpeakerBefore | null {
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
  const np = parseNPBack(toks, end, min, text) ?? ownedDocument(toks, end, min);
  if (np === null) return null;
  if (np.kind === 'pronoun' && np.pronoun !== 'male' && np.pronoun !== 'female' && np.pronoun !== 'plural' && np.pronoun !== 'neuter') return null;
  const before = toks[np.t0 - 1];
  if (before !== undefined && before.word && !before.cap && OBJECT_PREPOSITIONS.has(before.low)) {
    const body = titledBody(toks, np, min, text);
    if (body !== null) return { np: body, apposition: null, start: body.t0 };
    const owned = sourceOwner(toks, np, min, text);
    return owned === null ? null : { np: owned, apposition: null, start: owned.t0 };
  }
  return { np, apposition: null, start: np.t0 };
}

/** "the former sergeant-at-arms of the House of Commons", "supporters in Congress": the role or source before a
 * preposition speaks; an anonymous source keeps its description as written. */
function sourceOwner(toks: Tok[], np: NP, min: number, text: string): NP | null {
  const before = toks[np.t0 - 1];
  if (before === undefined || !SOURCE_PREPOSITIONS.has(before.low)) return null;
  const owner = parseNPBack(toks, np.t0 - 1, min, text);
  if (owner === null || (owner.kind !== 'role' && owner.kind !== 'anon') || toks[owner.t0 - 1]?.word === true && OBJECT_PREPOSITIONS.has(toks[owner.t0 - 1].low)) return null;
  return owner.kind === 'anon' && np.kind !== 'pronoun' ? { ...owner, t1: np.t1, e: np.e } : owner;
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

/** "the Commission on Presidential Debates", "the Bureau of Labor Statistics": a capitalised title joined by on/of/for. */
function titledBody(toks: Tok[], np: NP, min: number, text: string): NP | null {
  const before = toks[np.t0 - 1];
  const head = toks[np.t0 - 2];
  if (np.kind !== 'name' || (before.low !== 'on' && before.low !== 'of' && before.low !== 'for') || head === undefined || !head.word || !head.cap) return null;
  const owner = parseNPBack(toks, np.t0 - 1, min, text);
  if (owner === null || owner.kind === 'pronoun' || owner.kind === 'place' || !toks[owner.nameT0]?.cap) return null;
  const nameS = toks[owner.nameT0].s;
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
function pastParen(toks: Tok[], i: number, lim: number): number {
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
function appositionSegment(toks: Tok[], a: number, b: number): boolean {
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

/** SPEAKER VERB (that|:) CONTENT, and the subject-sharing forms: ", saying …", "and added that …". */
function speakerThenContent(
  toks: Tok[], cue: Cue, s0: number, lim: number, text: string, para: number, sent: number, earlier: Draft[],
): Draft | null {
  if (cue.frame === 'according' || !STANCES && (cue.frame === 'eval' || cue.frame === 'intent' || cue.inf)) return null;
  const subject = cue.participle ? null : cue.evidence ? documentSubject(toks, s0, skipBack(toks, cue.t0, s0), text) : quantitySubject(toks, s0, skipBack(toks, cue.t0, s0));
  if (subject !== null) {
    // "A 2014 study that appeared in the journal found that …" / "About 9 percent said they …": the whole subject phrase speaks
    const c = contentAfter(toks, cue.evidence ? { ...cue, weak: false, bare: true, frame: 'clause' } : cue, lim, text);
    if (c !== null) return { para, sent, pieces: [c], speaker: subject, speakerSource: 'phrase', apposition: null, cue, attribution: [subject.t0, c[0]] };
  }
  let content = cue.prepOnly ? null : contentAfter(toks, cue, lim, text);
  // "stressed the need for …", "outlined her plan to …": a topic verb's plain object, held like a stance
  let stance = cue.frame === 'eval' || cue.frame === 'intent';
  if (content === null && cue.topic && !cue.participle && !nounHomograph(toks, cue)) {
    content = contentAfter(toks, { ...cue, frame: 'eval', inf: false, question: false }, lim, text);
    stance = true;
  }
  // "spoke emotionally of the slave block", "railed against super PACs": what the talk was about
  let shown = cue;
  if (content === null && cue.prep.length > 0 && !cue.participle) {
    content = prepContent(toks, cue, lim, text);
    stance = true;
    // the cue as written runs through its preposition: "railed against"
    const prep = content === null ? undefined : toks[content[0] - 1];
    if (content !== null && prep !== undefined && cue.prep.includes(prep.low)) shown = { ...cue, t1: content[0], e: prep.e };
  }
  if (content === null) return null;
  // a negated cue reports only a withheld answer ("have not said when …"); "did not say that …" never gets this far
  let end = skipBack(toks, cue.t0, s0);
  if (negated(toks, cue.t0)) {
    // "didn't say the plan would fail" attributes nothing: the speaker did not say it
    if (!WH_WORDS.has(toks[content[0]]?.low ?? '') || cue.lemma !== 'say') return null;
    while (end > s0 && toks[end - 1].word && (negation(toks[end - 1]) || AUXILIARIES.has(toks[end - 1].low) || isAdverb(toks[end - 1]))) end--;
  }
  const prev = toks[end - 1];
  let speaker: NP | null = null;
  let apposition: NP | null = null;
  let source: SpeakerSource = 'phrase';
  let attrStart = end;
  // "…, by telling them that …": a speech act as the manner of what the subject did
  const byManner = cue.participle && prev?.low === 'by' && !prev.cap;
  const shared = prev === undefined || prev.text === ',' || prev.low === 'and' || prev.low === 'but' || end <= s0 || byManner;
  // "…, seeking to rebrand the party": an -ing stance or intention describes, it does not report — but a speech act after a
  // comma or "by" reports what the subject said: "…, accusing her of …", "…, promising to cut taxes"
  const spoken = cue.speech && (prev?.text === ',' || byManner);
  if (cue.participle && !spoken && (stance || content[0] === cue.t1 && toks[content[0]].low === 'to')) return null;
  // "The reports, citing unnamed sources, said …": an aside before the sentence's own verb is evidence, not a statement
  if (cue.participle && toks[content[1]]?.text === ',' && cueAt(toks, content[1] + 1, lim)?.participle === false) return null;
  if (shared && (cue.participle || prev?.low === 'and' || prev?.low === 'but')) {
    // the subject of the sentence, or the speaker of the statement just before
    const before = earlier[earlier.length - 1];
    if (before !== undefined && before.speaker !== null) {
      speaker = before.speaker;
      source = 'previous';
    } else {
      speaker = subjectOf(toks, s0, cue.t0, text);
      source = 'subject';
    }
    if (speaker === null) return null;
  } else {
    const pass = passive(toks, cue, s0, lim, text, para, sent, content);
    if (pass !== null) return pass;
    const sp = speakerBefore(toks, end, s0, text);
    if (sp === null) return null;
    speaker = sp.np;
    apposition = sp.apposition;
    attrStart = sp.start;
  }
  // stances and intentions ("criticized …", "wants to …") need an agent, not any phrase before the verb
  // ("the ad questioned whether …": a document holds a speech act for its authors)
  if ((stance || content[0] === cue.t1 && toks[content[0]].low === 'to') && !agent(speaker) && !(cue.speech && documentPhrase(speaker))) return null;
  // "As the campaign announced the pick, supporters cheered": a stance in a time or reason clause ends at its comma
  const opener = toks[attrStart - 1] ?? toks[speaker.t0 - 1];
  if (stance && opener !== undefined && opener.word && CLAUSE_OPENERS.has(opener.low)) {
    let k = content[0];
    while (k < content[1] && !(toks[k].text === ',' && toks[k].q < 0)) k++;
    if (wordCount(toks, content[0], k) < MIN_CLAUSE_WORDS) return null;
    content = [content[0], k];
  }
  return { para, sent, pieces: [content], speaker, speakerSource: source, apposition, cue: shown, attribution: [attrStart, content[0]] };
}

/** The object of a speech verb's preposition, past adverbs and time words: "spoke out Tuesday about …". */
function prepContent(toks: Tok[], cue: Cue, lim: number, text: string): [number, number] | null {
  let k = skipTime(toks, cue.t1, lim);
  while (k < lim && toks[k].word && (isAdverb(toks[k]) || toks[k].low === 'out') && !cue.prep.includes(toks[k].low)) k = skipTime(toks, k + 1, lim);
  // "talks to the director about …", "complained to police about …": the hearer first
  if ((toks[k]?.low === 'to' || toks[k]?.low === 'with') && !cue.prep.includes(toks[k].low)) {
    const h = toks[k + 1];
    const hearer = h === undefined ? null : OBJECT_PRONOUNS.has(h.low) ? k + 2 : parseNPForward(toks, k + 1, lim, text)?.t1 ?? null;
    if (hearer !== null) k = skipTime(toks, hearer, lim);
  }
  if (k >= lim || !cue.prep.includes(toks[k].low)) return null;
  // "spoke on Thursday", "spoke on condition of anonymity": a time or a manner, not a topic
  const n = toks[k + 1];
  if (n === undefined || isTimeWord(n) || TIME_WORDS.has(n.low) || /^\p{N}/u.test(n.text) || n.low === 'condition' || n.low === 'behalf') return null;
  return contentAfter(toks, { ...cue, t1: k + 1, frame: 'eval', inf: false, question: false, topic: false, prep: [] }, lim, text);
}

const CLAUSE_OPENERS: ReadonlySet<string> = new Set(['as', 'when', 'while', 'after', 'before', 'because', 'since', 'if', 'once', 'until', 'although', 'though']);
const PLURAL_SUBJECTS = /^(?:they|we|i|you)$/;

/** A topic verb's bare form is often a noun ("the Treasury note rose", "a stress test"): only after an auxiliary or a plural
 * pronoun ("will stress the need", "they mention the cost") is it the verb. */
function nounHomograph(toks: Tok[], cue: Cue): boolean {
  const t = toks[cue.t0];
  if (/(?:s|ed)$/.test(t.low) || VERB_FORMS.get(t.low)?.lemma !== t.low) return false;
  const p = toks[cue.t0 - 1];
  return !(p !== undefined && p.word && (AUXILIARIES.has(p.low) || PLURAL_SUBJECTS.test(p.low)));
}

const SUBJECT_BREAKS: ReadonlySet<string> = new Set([...SUBORDINATORS, 'after', 'before', 'because', 'but', 'so', 'then', 'than']);
const QUANTIFIERS: ReadonlySet<string> = new Set(['about', 'nearly', 'almost', 'only', 'just', 'some', 'roughly', 'around', 'over', 'under', 'more', 'fewer', 'less', 'than', 'fully', 'barely', 'another', 'an', 'additional', 'at', 'least', 'most']);
const NUMBER_WORDS = /^(?:\p{N}[\p{N}.,]*|one|two|three|four|five|six|seven|eight|nine|ten|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)$/u;

/** The clause's subject phrase ending at `end`: from the sentence start or the last comma, over words only. */
function subjectSpan(toks: Tok[], s0: number, end: number, max: number): number {
  let a = end;
  while (a > s0 && end - a < max) {
    const t = toks[a - 1];
    if (t.text === ',' || t.text === ':' || t.text === ';' || DASHES.has(t.text) || t.mark !== null || t.word && SUBJECT_BREAKS.has(t.low)) break;
    if (t.q >= 0) return -1;
    a--;
  }
  if (a > s0 && end - a >= max) return -1;
  while (a < end && toks[a].word && SUBJECT_SKIP.has(toks[a].low)) a++;
  return a < end ? a : -1;
}

function phraseNP(toks: Tok[], a: number, b: number, det: string | null): NP {
  return { t0: a, t1: b, s: toks[a].s, e: toks[b - 1].e, kind: 'anon', name: null, nameT0: a, pronoun: null, places: [], role: null, det, gender: null, org: false };
}

/** "A 2014 study that appeared in the BMJ", "a USA TODAY analysis of campaign reports", "Exit polls taken in May". */
function documentSubject(toks: Tok[], s0: number, end: number, text: string): NP | null {
  void text;
  const a = subjectSpan(toks, s0, end, 24);
  if (a < 0) return null;
  for (let k = a; k < Math.min(end, a + 8); k++) {
    const t = toks[k];
    if (t.word && !t.poss && DOCUMENT_HEADS.has(t.low) && !(k === end - 1 && k === a)) return phraseNP(toks, a, end, toks[a].low);
    if (t.word && (FINITE.test(t.low) || t.low === 'that' || t.low === 'which')) return null;
  }
  return null;
}

/** "About 9 percent", "Nearly eight in 10 Democratic voters", "73 percent of those polled". */
function quantitySubject(toks: Tok[], s0: number, end: number): NP | null {
  const a = subjectSpan(toks, s0, end, 12);
  if (a < 0) return null;
  let k = a;
  while (k < end && toks[k].word && QUANTIFIERS.has(toks[k].low)) k++;
  if (k >= end || !NUMBER_WORDS.test(toks[k].low)) return null;
  const unit = toks[k + 1];
  let m: number;
  if (unit?.low === 'percent' || unit?.text === '%') m = k + 2;
  else if (unit?.low === 'in' && /^(?:10|ten|five|5|four|4|three|3)$/.test(toks[k + 2]?.low ?? '')) m = k + 3;
  else return null;
  for (let i = m; i < end; i++) if (toks[i].word && (FINITE.test(toks[i].low) || AUXILIARIES.has(toks[i].low) || toks[i].low === 'who' || toks[i].low === 'that')) return null;
  return phraseNP(toks, a, end, null);
}

/** "it was reported by X that …", "X was quoted as saying …" fall back here when no subject phrase fits. */
function passive(toks: Tok[], cue: Cue, s0: number, lim: number, text: string, para: number, sent: number, content: [number, number]): Draft | null {
  const by = toks[cue.t1];
  if (by?.low !== 'by' || !AUXILIARIES.has(toks[cue.t0 - 1]?.low ?? '')) return null;
  const np = parseNPForward(toks, cue.t1 + 1, lim, text);
  if (np === null) return null;
  return { para, sent, pieces: [content], speaker: np, speakerSource: 'phrase', apposition: null, cue, attribution: [s0, content[0]] };
}

/** A phrase that can hold a stance or an intention: a person, a body, a role, a named source, he/she/they. */
function agent(np: NP): boolean {
  switch (np.kind) {
    case 'name':
    case 'place':
    case 'role':
      return true;
    case 'pronoun':
      return np.pronoun === 'male' || np.pronoun === 'female' || np.pronoun === 'plural';
    case 'anon':
      return np.role === null ? np.det !== null : ANON_HEADS.has(np.role.split(' ').pop() ?? '') && !DOCUMENT_HEADS.has(np.role.split(' ').pop() ?? '');
  }
}

/** "the ad", "a new report": an anonymous phrase whose head is a document. */
function documentPhrase(np: NP): boolean {
  return np.kind === 'anon' && np.role !== null && DOCUMENT_HEADS.has(np.role.split(' ').pop() ?? '');
}

/** "the new poll shows …", "polls have found …": a document or finding right before the cue. */
function documentBefore(toks: Tok[], t0: number): boolean {
  let k = t0 - 1;
  while (k >= 0 && toks[k].word && (AUXILIARIES.has(toks[k].low) || isAdverb(toks[k]))) k--;
  const t = toks[k];
  return t !== undefined && t.word && !t.poss && DOCUMENT_HEADS.has(t.low);
}

/** The object of a stance verb: "criticized the plan as …", "urged voters to …", "attacked “the hateful ideology”". */
function evalContent(toks: Tok[], j: number, lim: number): number {
  const t = toks[j];
  if (t === undefined || j >= lim) return -1;
  if (t.mark === 'open') return j;
  // "rejected that argument in a ruling": a demonstrative, not a clause
  const demonstrative = t.low === 'that' && toks[j + 1]?.word === true && !toks[j + 1].cap && !FINITE.test(toks[j + 1].low) && (j + 2 >= lim || !toks[j + 2].word || PREPOSITIONS.has(toks[j + 2].low));
  if (demonstrative) return j;
  if (!t.word || t.low === 'that' || t.low === 'by' || PREPOSITIONS.has(t.low) || NOT_CLAUSE_START.has(t.low) || isAdverb(t) || isTimeWord(t) && !t.poss) return -1;
  // "wants it and …": a bare pronoun object ends before anything worth a statement
  const n = toks[j + 1];
  if ((t.low === 'it' || t.low === 'them') && (n === undefined || !n.word || CUT_CONJUNCTIONS.has(n.low))) return -1;
  return j;
}

/** "not" or "n't" just before the cue, past an auxiliary: "have not said", "isn't saying". */
function negation(t: Tok): boolean {
  return t.low === 'not' || t.low === 'never' || t.low.endsWith("n't");
}

function negated(toks: Tok[], t0: number): boolean {
  for (let k = t0 - 1; k >= 0 && k >= t0 - 3; k--) {
    const t = toks[k];
    if (!t.word) return false;
    if (negation(t)) return true;
    if (!AUXILIARIES.has(t.low) && !isAdverb(t)) return false;
  }
  return false;
}

const WH_WORDS: ReadonlySet<string> = new Set(['how', 'what', 'whether', 'if', 'why', 'who', 'whom', 'when', 'where', 'which']);

/** An indirect question or request after an optional object: "asked whether …", "asked Trump how …", "told the host what …",
 * "asked voters to …" (a request, "ask" only). */
function questionContent(toks: Tok[], cue: Cue, j: number, lim: number, text: string): number {
  const t = toks[j];
  if (t === undefined || j >= lim || !t.word) return -1;
  if (WH_WORDS.has(t.low)) return j;
  // "asked the candidates to discuss …", "asked the crowd to welcome …"
  if (cue.lemma === 'ask' && objectThenInfinitive(toks, j, lim)) return j;
  let k = -1;
  if (OBJECT_PRONOUNS.has(t.low)) k = j + 1;
  else {
    const np = parseNPForward(toks, j, lim, text);
    if (np !== null && np.kind !== 'pronoun') k = np.t1;
  }
  if (k < 0) return -1;
  k = skipTime(toks, k, lim);
  const n = toks[k];
  if (n === undefined || k >= lim || !n.word) return -1;
  if (WH_WORDS.has(n.low)) return k;
  return cue.lemma === 'ask' && infinitive(toks, k, lim) >= 0 ? j : -1;
}

// After "to", words that cannot be a verb: "told the story to anyone who …"
const NOT_VERBS: ReadonlySet<string> = new Set(['anyone', 'everyone', 'someone', 'anybody', 'everybody', 'somebody', 'nobody', 'him', 'her', 'them', 'me', 'us', 'you', 'it', 'all', 'each', 'both', 'date', 'power', 'office', 'court', 'reporters']);

/** A short plain object (a determiner, a name or an object pronoun first; no verb, no punctuation), then "to" and a verb. */
function objectThenInfinitive(toks: Tok[], j: number, lim: number): boolean {
  const t = toks[j];
  if (t === undefined || !t.word || !(t.cap || DETERMINER_LIKE.has(t.low) && !PREPOSITIONS.has(t.low) || OBJECT_PRONOUNS.has(t.low) && t.low !== 'it')) return false;
  for (let m = j + 1; m < Math.min(lim, j + 7); m++) {
    const w = toks[m];
    if (!w.word && w.text !== '.' || w.q >= 0 || FINITE.test(w.low) || AUXILIARIES.has(w.low) || w.low === 'that' || w.low === 'who') return false;
    if (w.low === 'to') return infinitive(toks, m, lim) >= 0;
  }
  return false;
}

/** OBJECT to VP: "expect Clinton to win the debate", "expects them to become scarcer". */
function controlContent(toks: Tok[], j: number, lim: number, text: string): number {
  const t = toks[j];
  if (t === undefined || j >= lim || !t.word) return -1;
  let k = -1;
  if (OBJECT_PRONOUNS.has(t.low) && t.low !== 'it') k = j + 1;
  else {
    const np = parseNP(toks, j, lim, text);
    if (np !== null && np.kind !== 'pronoun') k = np.t1;
  }
  return k > 0 && infinitive(toks, k, lim) >= 0 ? j : -1;
}

/** "to" and a verb: "pledged to cut taxes". */
function infinitive(toks: Tok[], j: number, lim: number): number {
  const t = toks[j];
  const n = toks[j + 1];
  return t !== undefined && j + 1 < lim && t.word && t.low === 'to' && n.word && !n.cap && !DETERMINER_LIKE.has(n.low) && !NOT_VERBS.has(n.low) && !/^\p{N}/u.test(n.text) ? j : -1;
}

/** What follows the cue: a that-clause, a colon, a quote, or (for plain saying verbs) a bare clause. */
function contentAfter(toks: Tok[], cue0: Cue, lim: number, text: string): [number, number] | null {
  const j = cue0.t1;
  // a finding with a document as its subject takes a bare clause: "the poll shows Smith leading"
  const cue = cue0.evidence && documentBefore(toks, cue0.t0) ? { ...cue0, weak: false, bare: true, frame: 'clause' as const } : cue0;
  let a = cue.inf ? infinitive(toks, j, lim) : -1;
  if (a < 0 && cue.question) a = questionContent(toks, cue, j, lim, text);
  // "have not said when …", "isn't saying whether …": a withheld answer is an indirect question
  if (a < 0 && cue.lemma === 'say' && negated(toks, cue.t0) && WH_WORDS.has(toks[j]?.low ?? '')) a = j;
  if (a < 0 && cue.control) a = controlContent(toks, j, lim, text);
  if (a < 0) switch (cue.frame) {
    case 'eval':
      // "announced on Friday the arrest of …": past a time adjunct
      a = evalContent(toks, skipTime(toks, j, lim), lim);
      break;
    case 'intent':
      break;
    case 'for':
      a = toks[j]?.word === true ? j : -1;
      break;
    case 'as':
      for (let k = j; k < Math.min(lim, j + 12); k++) {
        if (SENTENCE_PUNCT.has(toks[k].text)) break;
        if (toks[k].low === 'as' && toks[k].q < 0) {
          a = j;
          break;
        }
      }
      break;
    case 'call':
      a = callContent(toks, j, lim, text);
      break;
    case 'object':
      a = objectContent(toks, cue, j, lim, text);
      break;
    default:
      a = clauseContent(toks, cue, j, lim);
  }
  if (a < 0 || a >= lim) return null;
  while (a < lim && (toks[a].text === ',' || toks[a].text === ':')) a++;
  const b = cutContent(toks, a, lim, text);
  if (b - a < 1) return null;
  const quoted = toks[a].mark === 'open';
  if (!quoted && wordCount(toks, a, b) < MIN_CLAUSE_WORDS && !shortObject(toks, cue, a, b, text)) return null;
  // "says Kallas." is an inverted attribution, not content
  if (!quoted && a === cue.t1 && cue.frame !== 'eval') {
    const np = parseNP(toks, a, b, text);
    if (np !== null && np.t1 >= b) return null;
  }
  return [a, b];
}

/** A stance's whole object may be short when it names someone or something: "endorsed Trump", "mocked the complaint",
 * "declined to comment" — never a pronoun or a bare adverb ("backed it", "agreed again"). */
function shortObject(toks: Tok[], cue: Cue, a: number, b: number, text: string): boolean {
  const t = toks[a];
  if (b - a > 3 || !t.word) return false;
  if (cue.inf && t.low === 'to') return b - a === 2 && toks[a + 1].word;
  if (cue.frame !== 'eval') return false;
  const np = parseNP(toks, a, b, text);
  if (np !== null && np.t1 === b && (np.kind === 'name' || np.kind === 'place' || np.kind === 'role')) return true;
  const head = toks[b - 1];
  return b - a === 2 && /^(?:the|that|this|his|her|their|its)$/.test(t.low) && head.word && !head.cap && !isAdverb(head) && !NOT_IN_OBJECT.has(head.low);
}

const NOT_IN_OBJECT: ReadonlySet<string> = new Set(['same', 'other', 'one', 'way', 'most', 'least', 'time', 'day', 'week', 'year', 'month', 'moment']);

const OBJECT_PRONOUNS: ReadonlySet<string> = new Set(['him', 'her', 'them', 'us', 'me', 'you', 'it', 'reporters', 'journalists', 'court', 'parliament', 'congress', 'lawmakers', 'investigators', 'police', 'jurors', 'supporters', 'viewers', 'listeners', 'readers', 'voters', 'members', 'employees', 'staff', 'students', 'colleagues']);

/** "that" as a complementizer ("said in a statement that it would") rather than a relative ("divisions that could"). */
function complementizer(toks: Tok[], k: number): boolean {
  const n = toks[k + 1];
  if (n === undefined) return false;
  if (!n.word) return n.mark === 'open' || n.text === '[' || n.text === ',';
  return !FINITE.test(n.low) && !/^[a-z]{3,}(?:ed|s)$/.test(n.text) || /^(?:he|she|it|they|we|i|this|these|those|there|his|her|its|their|our)$/.test(n.low);
}

const SEEK_REACH = 12;
/** Skip a short adjunct ("on Sunday", "in a statement late Friday", "several times") to that / a colon. */
function seekThat(toks: Tok[], from: number, lim: number): number {
  for (let k = from; k < Math.min(lim, from + SEEK_REACH); k++) {
    const t = toks[k];
    if (SENTENCE_PUNCT.has(t.text)) return -1;
    // "said on the other hand, “the system works”": the adjunct ends at a comma before a quote
    if (t.text === ',' && toks[k + 1]?.mark === 'open' && k > from) return k + 1;
    if (t.q >= 0) continue;
    if (t.word && t.low === 'that') return complementizer(toks, k) ? k + 1 : -1;
    if (t.text === ':') return k + 1;
    if (t.word && (FINITE.test(t.low) || (k > from && VERB_FORMS.has(t.low) && !t.poss && !DETERMINER_LIKE.has(toks[k - 1].low)))) return -1;
  }
  return -1;
}

/** Days, months and "last week" right after the cue: "said Sunday a prolonged standoff …". */
function skipTime(toks: Tok[], j: number, lim: number): number {
  let k = j;
  while (k < lim) {
    const t = toks[k];
    // "Friday's test" is an object, not a time adjunct
    if (!t.word || t.poss) break;
    if (isTimeWord(t) || (TIME_WORDS.has(t.low) && !PREPOSITIONS.has(t.low) && t.low !== 'this' && t.low !== 'last' && t.low !== 'next') || /^\p{N}{1,2}$/u.test(t.text) && MONTHS.has(toks[k - 1]?.low ?? '')) k++;
    else if ((t.low === 'last' || t.low === 'this' || t.low === 'next' || t.low === 'on' || t.low === 'late' || t.low === 'early') && k + 1 < lim && (isTimeWord(toks[k + 1]) || TIME_WORDS.has(toks[k + 1].low))) k += 2;
    else break;
  }
  return k;
}

function clauseContent(toks: Tok[], cue: Cue, j0: number, lim: number): number {
  let j = j0;
  while (j < lim && toks[j].text === ',' && toks[j + 1]?.mark === 'open') j++;
  j = skipTime(toks, j, lim);
  const t = toks[j];
  if (t === undefined || j >= lim) return -1;
  // "said that was not her view": after a saying verb, "that" before a finite verb is the clause's subject
  if (t.low === 'that' && t.word && cue.bare && !cue.weak && cue.frame === 'clause' && toks[j + 1]?.word === true && FINITE.test(toks[j + 1].low)) return j;
  if (t.text === ':' || (t.low === 'that' && t.word)) return j + 1;
  if (t.mark === 'open') return j;
  // "insists, most recently in an interview, that …": an adjunct set off by commas
  // (", Scheer said, that the country …" is an interrupted sentence resuming, left to the content-first pattern)
  const n = toks[j + 1];
  if (t.text === ',' && n !== undefined && n.word && !VERB_FORMS.has(n.low) && (isAdverb(n) || PREPOSITIONS.has(n.low) || isTimeWord(n))) return seekThat(toks, j + 1, lim);
  // "said about 20 people have …": a quantity, not a preposition
  const quantity = QUANTIFIERS.has(t.low) && /^\p{N}/u.test(toks[j + 1]?.text ?? '');
  const sought = !quantity && (t.word && !clauseStarts(t) || PREPOSITIONS.has(t.low) || isAdverb(t)) ? seekThat(toks, j, lim) : -1;
  if (sought >= 0) return sought;
  // "said after the convention he would not …": a short adjunct, then a pronoun subject and its verb
  if (cue.bare && !cue.weak && cue.frame === 'clause' && PREPOSITIONS.has(t.low)) {
    for (let m = j + 2; m < Math.min(lim, j + 7); m++) {
      const w = toks[m];
      if (!w.word || w.q >= 0 || FINITE.test(w.low) || VERB_FORMS.has(w.low)) break;
      if (SUBJECT_PRONOUNS.test(w.low) && !w.poss && w.low !== 'it' && clauseLike(toks, m, lim)) return m;
    }
  }
  // a belief verb takes a bare clause only with its own subject and finite verb: "believes the plan will fail", not "thinks so"
  if (cue.frame === 'that' && cue.bare && !cue.weak) {
    const opens = clauseStarts(t) || !NOT_CLAUSE_START.has(t.low) && !isAdverb(t) && !/(?:ing|ed)$/.test(t.low);
    return t.word && opens && !SUBORDINATORS.has(t.low) && clauseLike(toks, j, lim) ? j : -1;
  }
  // a bare clause only after plain saying verbs: "said the plan would fail"
  if (cue.weak || !cue.bare || !t.word || cue.frame !== 'clause') return -1;
  // "said while many have received support, this was not the case": a subordinate clause, then the main one
  if (SUBORDINATORS.has(t.low)) {
    for (let k = j + 2; k < lim - 1; k++) {
      if (toks[k].q >= 0) continue;
      if (toks[k].text === ',') {
        const n = toks[k + 1];
        return n.word && !NOT_CLAUSE_START.has(n.low) && !/^(?:which|who|whom|whose|where|when)$/.test(n.low) ? j : -1;
      }
      if (SENTENCE_PUNCT.has(toks[k].text)) return -1;
    }
    return -1;
  }
  // "says too much is made of …", "said nothing has changed": a quantity word as the subject of a finite verb
  if (QUANTITY_SUBJECTS.has(t.low)) return quantityClause(toks, j, lim) ? j : -1;
  if (NOT_CLAUSE_START.has(t.low) && !quantity) return -1;
  // "writes extensively about the Kremlin": an adverb and a phrase, no clause
  if (isAdverb(t) && !AUXILIARIES.has(t.low) && !clauseLike(toks, j + 1, lim)) return -1;
  return j;
}

const QUANTITY_SUBJECTS: ReadonlySet<string> = new Set(['too', 'much', 'more', 'less', 'little', 'nothing', 'something', 'anything', 'no', 'none', 'not']);

/** A finite verb within the first four words, with no comma or preposition before it. */
function quantityClause(toks: Tok[], j: number, lim: number): boolean {
  for (let k = j + 1; k < Math.min(lim, j + 5); k++) {
    const t = toks[k];
    if (!t.word) return false;
    if (FINITE.test(t.low) || /^(?:will|would|could|should|can|may|might|must)$/.test(t.low)) return true;
    if (PREPOSITIONS.has(t.low) && t.low !== 'of') return false;
  }
  return false;
}

function clauseStarts(t: Tok): boolean {
  return t.cap || /^(?:he|she|it|they|we|i|you|the|a|an|this|these|those|there|his|her|its|their|our|my|some|many|most|no|all|both|every|each|any)$/.test(t.low) || /^\p{N}/u.test(t.text);
}

/** VERB OBJECT (that|:|"…"|bare clause): "told the BBC that …", "told court she is …". */
function objectContent(toks: Tok[], cue: Cue, j: number, lim: number, text: string): number {
  const t = toks[j];
  if (t === undefined || j >= lim) return -1;
  if (t.text === ':' || t.low === 'that') return j + 1;
  if (t.mark === 'open') return j;
  if (!t.word || PREPOSITIONS.has(t.low)) return -1;
  let k = -1;
  if (OBJECT_PRONOUNS.has(t.low)) k = j + 1;
  else {
    const np = parseNPForward(toks, j, lim, text);
    if (np !== null && np.kind !== 'pronoun') k = np.t1;
  }
  if (k < 0) {
    // "told the crowd that …": a plain object phrase, then "that"
    if (DETERMINER_LIKE.has(t.low) && !PREPOSITIONS.has(t.low)) {
      for (let m = j + 1; m < Math.min(lim, j + 5); m++) {
        const w = toks[m];
        if (!w.word || w.q >= 0 || FINITE.test(w.low)) break;
        if (w.low === 'that') return m + 1;
        // "told his advisers to find …", "told the forum he was …": a plain object, then an order or a clause of its own
        if (infinitive(toks, m, lim) >= 0) return j;
        if (cue.bare && SUBJECT_PRONOUNS.test(w.low) && !w.poss && m > j + 1 && clauseLike(toks, m, lim)) return m;
      }
    }
    return seekThat(toks, j, lim);
  }
  // "warned state officials to boost …", "told his advisers to find …" (the phrase parse may run on through "to")
  for (let m = j + 1; m <= k; m++) if (toks[m]?.low === 'to' && infinitive(toks, m, lim) >= 0) return j;
  k = skipTime(toks, k, lim);
  const n = toks[k];
  if (n === undefined || k >= lim) return -1;
  if (n.text === ':' || (n.low === 'that' && n.word)) return k + 1;
  if (n.mark === 'open' || (n.text === ',' && toks[k + 1]?.mark === 'open')) return n.mark === 'open' ? k : k + 1;
  const sought = seekThat(toks, k, lim);
  if (sought >= 0) return sought;
  if (cue.bare && n.word && clauseStarts(n) && clauseLike(toks, k, lim)) return k;
  return -1;
}

/** "what SPEAKER called": "what" within four words before the cue at `cue`. */
function whatBefore(toks: Tok[], cue: number): boolean {
  for (let k = cue - 1; k >= 0 && k >= cue - 5; k--) {
    if (!toks[k].word) return false;
    if (toks[k].low === 'what') return true;
  }
  return false;
}

/** "called it a bandage solution", "called the minister a “chicken”": the object, then what it was called. */
function callContent(toks: Tok[], j: number, lim: number, text: string): number {
  const t = toks[j];
  if (t === undefined || j >= lim) return -1;
  // "what she called a “rant”", "what Trump called “fake news”": the name itself, quoted
  if ((t.mark === 'open' || /^(?:a|an)$/.test(t.low) && toks[j + 1]?.mark === 'open') && whatBefore(toks, j - 1)) return j;
  if (!t.word || /^(?:in|off|up|back|out|for|on|it's)$/.test(t.low)) return -1;
  let k: number;
  if (/^(?:it|him|her|them|this|that|these|those|himself|herself|themselves)$/.test(t.low)) k = j + 1;
  else {
    const np = parseNPForward(toks, j, lim, text);
    if (np !== null) k = np.t1;
    else return calledObject(toks, j, lim);
  }
  const n = toks[k];
  if (n === undefined || k >= lim) return calledObject(toks, j, lim);
  if (n.mark === 'open' || n.low === 'the' || (n.low === 'a' || n.low === 'an') && calledName(toks, k + 1)) return k;
  return calledObject(toks, j, lim);
}

/** After "called X a": a name for X, not "a day later" or "a meeting". */
function calledName(toks: Tok[], k: number): boolean {
  const t = toks[k];
  return t !== undefined && (t.mark === 'open' || t.word && !NOT_CALLED.has(t.low) && !isTimeWord(t) && !TIME_WORDS.has(t.low));
}

// "called him a day later", "called a meeting": what follows "a" that is not a name for the object
const NOT_CALLED: ReadonlySet<string> = new Set(['day', 'week', 'month', 'year', 'few', 'couple', 'lot', 'number', 'series', 'meeting', 'press', 'vote', 'halt', 'news', 'second', 'third', 'time', 'moment', 'minute', 'hour', 'total']);

/** "called half of Trump's supporters “deplorables”", "called Friday's decision a “huge win”", "called her vote a mistake":
 * an object phrase of plain words (no verb, no clause break), then a quote or "a/an" and what it was called. */
function calledObject(toks: Tok[], j: number, lim: number): number {
  const t = toks[j];
  if (t === undefined || !t.word || PREPOSITIONS.has(t.low) || /^(?:a|an|to|on|off|up|out|back|in|for|it's)$/.test(t.low)) return -1;
  for (let k = j + 1; k < Math.min(lim, j + 12); k++) {
    const w = toks[k];
    if (w.mark === 'open') return j;
    if (w.q >= 0 || SENTENCE_PUNCT.has(w.text) || w.text === ',' || w.text === ':' || !w.word && !DASHES.has(w.text) && w.text !== '’' && w.text !== "'") return -1;
    if (w.low === 'a' || w.low === 'an') return k > j + 1 && calledName(toks, k + 1) ? j : -1;
    // "called the charges unfounded": an evaluative adjective after the object
    if (CALL_ADJECTIVES.has(w.low) && k > j + 1 && !toks[k - 1].cap) return j;
    if (FINITE.test(w.low) || AUXILIARIES.has(w.low) || w.low === 'that' || w.low === 'to' || w.low === 'who' || w.low === 'which') return -1;
  }
  return -1;
}

const DETERMINER_LIKE: ReadonlySet<string> = new Set(['the', 'a', 'an', 'his', 'her', 'its', 'their', 'our', 'my', 'your', 'this', 'that', 'these', 'those', 'of', 'to', 'in', 'on', 'for', 'with', 'by', 'from', 'at']);
const FINITE = /^(?:is|was|are|were|has|have|had|will|would|can|could|should|may|might|must|shall|does|did|do|won't|wouldn't|can't|cannot|couldn't|doesn't|don't|didn't|isn't|wasn't|aren't|weren't|hasn't|haven't|hadn't|needs|wants)$/;

/** A bare content clause ("said the plan would fail") has a finite verb early; an object ("reiterated the urgency") has none. */
function clauseLike(toks: Tok[], a: number, lim: number): boolean {
  if (/^(?:he|she|they|we|i|it|there)$/.test(toks[a]?.low ?? '') && toks[a + 1]?.word === true) return true;
  let words = 0;
  for (let k = a; k < lim && words < 9; k++) {
    const t = toks[k];
    if (!t.word) {
      if (t.text === ',' && words > 0) return false;
      continue;
    }
    words++;
    if (FINITE.test(t.low)) return true;
    const p = toks[k - 1];
    if (words > 1 && p !== undefined && p.word && !p.poss && !DETERMINER_LIKE.has(p.low)) {
      if (/^[a-z]{3,}ed$/.test(t.text)) return true;
      if (/^[a-z]{2,}[^su]s$/.test(t.text) && (p.cap || /^(?:he|she|it|they|who)$/.test(p.low))) return true;
    }
  }
  return false;
}

/** End of a content clause: the sentence end, or where a coordinated cue of the same subject begins. */
const CUT_CONJUNCTIONS: ReadonlySet<string> = new Set(['but', 'and', 'though', 'although', 'while', 'whereas', 'yet']);
const COORDINATORS: ReadonlySet<string> = new Set(['but', 'and', 'yet']);
const SUBJECT_PRONOUNS = /^(?:he|she|they|we|i|it)$/;

/** A clause with its own subject at `n`: a subject followed by a reporting cue with content ("he said …"), or — after a
 * coordinating "and" / "but" / "yet" / ";" — a noun phrase other than a pronoun followed by a finite or past verb ("but her
 * plan would require", "and Democrats accused"); after "while" / "though" such a clause is still what was said. */
function newClause(toks: Tok[], n: number, lim: number, text: string, coordinated = true): boolean {
  const t = toks[n];
  if (t === undefined || n >= lim || !t.word) return false;
  let m: number;
  let pronoun = false;
  if (SUBJECT_PRONOUNS.test(t.low) && !t.poss) {
    m = n + 1;
    pronoun = true;
  } else {
    const np = parseNP(toks, n, lim, text);
    if (np === null || np.kind === 'pronoun') {
      // "her plan", "the agency": a determiner and up to three lower-case words
      if (!DETERMINER_LIKE.has(t.low) || PREPOSITIONS.has(t.low)) return false;
      m = n + 1;
      while (m < Math.min(lim, n + 4) && toks[m].word && !toks[m].cap && !FINITE.test(toks[m].low) && !AUXILIARIES.has(toks[m].low) && !VERB_FORMS.has(toks[m].low)) m++;
      if (m === n + 1) return false;
    } else m = np.t1;
  }
  while (m < lim && isAdverb(toks[m]) && !AUXILIARIES.has(toks[m].low)) m++;
  const v = toks[m];
  if (v === undefined || m >= lim || !v.word || v.cap) return false;
  const c = cueAt(toks, m, lim);
  if (c !== null && !c.participle) return contentAfter(toks, c, lim, text) !== null;
  if (pronoun || !coordinated) return false;
  return FINITE.test(v.low) || AUXILIARIES.has(v.low) || /^[a-z]{3,}ed$/.test(v.low);
}

function cutContent(toks: Tok[], a: number, lim: number, text: string): number {
  for (let k = a + 1; k < lim; k++) {
    const t = toks[k];
    if (t.q >= 0) continue;
    if (t.text === ';' && newClause(toks, k + 1, lim, text)) return k;
    if (t.text === ',' || t.low === 'and' || t.low === 'but' || DASHES.has(t.text)) {
      let n = k + 1;
      if (toks[n]?.low === 'and' || toks[n]?.low === 'but') n++;
      while (n < lim && isAdverb(toks[n])) n++;
      const c = cueAt(toks, n, lim);
      // (", said the talks …" after an aside: the sentence's own verb resumes)
      if (c !== null && (c.participle || t.low === 'and' || t.low === 'but' || toks[k + 1]?.low === 'and' || toks[k + 1]?.low === 'but' || t.text === ',' && n === k + 1 && c.frame === 'clause')) {
        if (contentAfter(toks, c, lim, text) !== null) return k;
      }
      if (t.text === ',' && toks[n]?.low === 'according' && toks[n + 1]?.low === 'to') return k;
      // ", though she acknowledged …", ", but her plan would require …": a new clause with its own subject
      const conj = toks[k + 1]?.low ?? '';
      if (CUT_CONJUNCTIONS.has(conj) && (t.text === ',' || DASHES.has(t.text)) && newClause(toks, k + 2, lim, text, COORDINATORS.has(conj))) return k;
      // ", he suggested that …", "— Scheer insists it is …": a new attributed clause
      if (t.text === ',' || DASHES.has(t.text) && t.text !== '-') {
        const np = parseNP(toks, k + 1, lim, text);
        if (np !== null && np.kind !== 'place') {
          let m = np.t1;
          while (m < lim && isAdverb(toks[m])) m++;
          const c2 = cueAt(toks, m, lim);
          if (c2 !== null && !c2.participle && contentAfter(toks, c2, lim, text) !== null) return k;
        }
      }
    }
  }
  return lim;
}

/** CONTENT, SPEAKER VERB [adjuncts].  /  CONTENT, VERB SPEAKER [adjuncts]. */
function contentThenSpeaker(toks: Tok[], cue: Cue, s0: number, lim: number, text: string, para: number, sent: number): Draft | null {
  if (cue.frame === 'according' || cue.frame === 'eval' || cue.frame === 'intent' || cue.prepOnly) return null;
  let speaker: NP | null = null;
  let comma = -1;
  let attrEnd = cue.t1;
  const prevTok = toks[cue.t0 - 1];
  if (cue.participle) return null;
  if (prevTok?.text === ',' || (prevTok !== undefined && DASHES.has(prevTok.text))) {
    speaker = parseNPForward(toks, cue.t1, lim, text);
    if (speaker === null || (speaker.kind === 'pronoun' && speaker.pronoun !== 'male' && speaker.pronoun !== 'female')) return null;
    comma = cue.t0 - 1;
    attrEnd = pastParen(toks, speaker.t1, lim);
  } else {
    const end = skipBack(toks, cue.t0, s0);
    // "…, a USA TODAY analysis of campaign-finance reports shows."
    const doc = cue.evidence ? documentSubject(toks, s0, end, text) : null;
    const sp = doc !== null ? { np: doc, start: doc.t0 } : speakerBefore(toks, end, s0, text);
    if (sp === null) return null;
    const c = toks[sp.start - 1];
    if (c === undefined || !(c.text === ',' || DASHES.has(c.text))) return null;
    speaker = sp.np;
    comma = sp.start - 1;
  }
  // "…, Graham told the Washington Examiner on Monday.": the hearer after an object verb
  if (cue.frame === 'object' && comma !== cue.t0 - 1 && attrEnd < lim) {
    const t = toks[attrEnd];
    if (t.word && OBJECT_PRONOUNS.has(t.low)) attrEnd++;
    else {
      const hearer = parseNPForward(toks, attrEnd, lim, text);
      if (hearer !== null && hearer.kind !== 'pronoun') attrEnd = hearer.t1;
    }
  }
  // nothing but adjuncts may follow the attribution: "…, she said on Monday." / "…, he said, adding …" — not an infinitive
  // ("…, the Council has proved to be ineffective")
  if (infinitive(toks, attrEnd, lim) >= 0) return null;
  const next = toks[attrEnd];
  if (next !== undefined && attrEnd < lim && next.text !== ',' && !(next.word && (PREPOSITIONS.has(next.low) || isAdverb(next) || isTimeWord(next) || TIME_WORDS.has(next.low)))) return null;
  for (let k = attrEnd; k < lim; k++) {
    const t = toks[k];
    if (t.mark === 'open' || t.low === 'that' || t.text === ':') return null;
    if (t.text === ',') break;
  }
  const a = s0;
  if (comma <= a || speaker.kind === 'pronoun' && speaker.pronoun === 'relative') return null;
  const pieces: Array<[number, number]> = [[a, comma]];
  // the attribution sits inside the sentence: "It is on his watch, Scheer said, that the country …"
  let inside = false;
  if (toks[attrEnd]?.text === ',' && attrEnd + 1 < lim) {
    let c = attrEnd + 1;
    if (toks[c].low === 'that') c++;
    const b = cutContent(toks, c, lim, text);
    // "The plan, officials said, would cost …": the predicate goes on after the attribution
    const predicate = AUXILIARIES.has(toks[c].low) && !toks[c].cap && parentheticalStart(toks, a, comma);
    if (wordCount(toks, c, b) >= MIN_CLAUSE_WORDS && toks[c].word && (!isAdverb(toks[c]) || predicate) && !cueAt(toks, c, lim)) {
      pieces.push([c, b]);
      attrEnd = c;
      inside = true;
    }
  }
  // before the attribution: a clause, or — with the sentence going on after it — any start ("Otherwise, she said, …")
  const before = wordCount(toks, a, comma);
  if (before < (inside ? 1 : MIN_CLAUSE_WORDS) || inside && before < MIN_CLAUSE_WORDS && !parentheticalStart(toks, a, comma)) return null;
  return { para, sent, pieces, speaker, speakerSource: 'phrase', apposition: null, cue, attribution: [comma, attrEnd] };
}

/** The start of a sentence interrupted by its attribution: a subject phrase or a sentence adverb, no clause of its own. */
function parentheticalStart(toks: Tok[], a: number, b: number): boolean {
  for (let k = a; k < b; k++) {
    const t = toks[k];
    if (t.q >= 0 || t.text === ',' || t.text === ':' || t.text === '(' || DASHES.has(t.text)) return false;
    // "Since May, the ministry said, …": a capitalised "May" inside the sentence is the month, not the modal
    if (t.word && (FINITE.test(t.low) && !(t.cap && k > a && MONTHS.has(t.low)) || SUBORDINATORS.has(t.low) || t.low === 'who' || t.low === 'which')) return false;
  }
  return true;
}

/** OWNER's NOUN that CLAUSE / OWNER's NOUN to VP: "Trump's claim that there were thousands of shootings", "her promise to
 * cut fees". The owner is a possessive name or his/her/their; the clause has its own subject and verb. */
function ownedClaim(toks: Tok[], i: number, s0: number, lim: number, text: string, para: number, sent: number): Draft | null {
  let o = i - 1;
  // one modifier between: "Trump's repeated claim"
  if (toks[o]?.word === true && !toks[o].cap && !toks[o].poss && toks[o - 1]?.poss === true) o--;
  const owner = toks[o];
  if (owner === undefined || o < s0 || !owner.word) return null;
  let speaker: NP;
  if (owner.poss && owner.cap) {
    let a = o;
    while (a - 1 >= s0 && toks[a - 1].word && toks[a - 1].cap && !toks[a - 1].poss) a--;
    // "Senator Ana Ruiz's": titles stay out of the name
    let n0 = a;
    while (n0 < o && (TITLES.has(toks[n0].low) || toks[n0 + 1]?.text === '.' && TITLES.has(toks[n0].low))) n0++;
    const name = text.slice(toks[n0].s, owner.e).replace(/['’]s?$/, '');
    speaker = { ...phraseNP(toks, a, o + 1, null), kind: 'name', name, nameT0: n0, org: false };
  } else if (owner.low === 'his' || owner.low === 'her' || owner.low === 'their') {
    const pronoun = owner.low === 'his' ? 'male' : owner.low === 'her' ? 'female' : 'plural';
    speaker = { ...phraseNP(toks, o, o + 1, null), kind: 'pronoun', pronoun, gender: pronoun === 'male' ? 'm' : pronoun === 'female' ? 'f' : null };
  } else return null;
  // as the sentence's subject the phrase runs into the main verb ("Trump's plan to … could spell …"): only objects here
  let lead = s0;
  while (lead < speaker.t0 && (toks[lead].text === ',' || toks[lead].word && SUBJECT_SKIP.has(toks[lead].low))) lead++;
  if (speaker.t0 === lead) return null;
  const n = toks[i + 1];
  let a = -1;
  if (n?.low === 'that' && complementizer(toks, i + 1) && clauseLike(toks, i + 2, lim) && !gapped(toks, i + 2, lim)) a = i + 2;
  else if (infinitive(toks, i + 1, lim) >= 0) a = i + 1;
  if (a < 0) return null;
  // the content sits inside a noun phrase: it ends at the first comma
  let b = cutContent(toks, a, lim, text);
  for (let k = a; k < b; k++) if (toks[k].text === ',' && toks[k].q < 0) b = k;
  if (wordCount(toks, a, b) < 4) return null;
  const cue: Cue = { ...PUT_IT, lemma: toks[i].low, t0: i, t1: i + 1, s: toks[i].s, e: toks[i].e };
  return { para, sent, pieces: [[a, b]], speaker, speakerSource: 'phrase', apposition: null, cue, attribution: [o, a] };
}

/** "the claim that he made on the radio": a relative clause, its object gone — a pronoun subject, a verb, then a preposition
 * or the end. */
function gapped(toks: Tok[], a: number, lim: number): boolean {
  const after = toks[a + 2];
  return SUBJECT_PRONOUNS.test(toks[a]?.low ?? '') && toks[a + 1]?.word === true && (a + 2 >= lim || after === undefined || !after.word || PREPOSITIONS.has(after.low));
}

/** In FINDING, CONTENT: "In the latest Post-ABC poll, conducted last week, Smith led by five points". The source is the poll
 * as written; a statement or an interview ("In a statement, the mayor said …") is a medium, not a source. */
function inFinding(toks: Tok[], i: number, s0: number, lim: number, text: string, para: number, sent: number): Draft | null {
  if (i > s0 && !(toks[s0].word && SUBJECT_SKIP.has(toks[s0].low))) return null;
  let comma = -1;
  let head = -1;
  for (let k = i + 1; k < Math.min(lim, i + 16); k++) {
    const t = toks[k];
    if (t.text === ',') {
      comma = k;
      break;
    }
    // "In the wake of the report,": the report is not the phrase's head
    if (t.q >= 0 || SENTENCE_PUNCT.has(t.text) && !(t.text === '.' && toks[k - 1].e === t.s) || t.word && (FINITE.test(t.low) || /^(?:that|which|who|of|to|with|after|response)$/.test(t.low))) return null;
    if (t.word && !t.poss && FINDING_HEADS.has(t.low)) head = k;
  }
  if (comma < 0 || head < 0 || head !== comma - 1) return null;
  // ", conducted in early September,": a participle phrase after the source
  let a = comma + 1;
  if (/^[a-z]{3,}ed$/.test(toks[a]?.text ?? '')) {
    let k = a + 1;
    while (k < Math.min(lim, a + 12) && toks[k].text !== ',' && toks[k].word) k++;
    if (toks[k]?.text !== ',') return null;
    a = k + 1;
  }
  const b = cutContent(toks, a, lim, text);
  if (wordCount(toks, a, b) < MIN_CLAUSE_WORDS || !clauseStarts(toks[a])) return null;
  // the main clause reports someone's words itself: leave it to that cue
  for (let k = a; k < Math.min(b, a + 10); k++) if (cueAt(toks, k, b)?.frame === 'clause') return null;
  const speaker = phraseNP(toks, i + 1, comma, toks[i + 1].low);
  const cue: Cue = { ...PUT_IT, lemma: 'in', t0: i, t1: i + 1, s: toks[i].s, e: toks[i].e };
  return { para, sent, pieces: [[a, b]], speaker, speakerSource: 'phrase', apposition: null, cue, attribution: [i, a] };
}

const PUT_IT: Cue = {
  t0: 0, t1: 0, s: 0, e: 0, lemma: 'put it', frame: 'clause', weak: false, belief: false, bare: false, participle: false, inf: false, evidence: false, question: false, topic: false, speech: false, prep: [], prepOnly: false, control: false,
};

/** As SPEAKER VERB [adjuncts], CONTENT.  /  SUBJECT, as SPEAKER VERB, PREDICATE.  — "As one adviser pointed out, Hawaii rarely gets
 * two hurricanes", "As the magazine put it in a profile, …". The aside has no object of its own: "As the campaign announced the
 * pick, …" is a time clause. */
function asAside(toks: Tok[], i: number, s0: number, lim: number, text: string, para: number, sent: number): Draft | null {
  let lead = s0;
  while (lead < i && (toks[lead].text === ',' || toks[lead].word && SUBJECT_SKIP.has(toks[lead].low))) lead++;
  const opening = lead === i;
  if (!opening && toks[i - 1]?.text !== ',') return null;
  let close = -1;
  for (let k = i + 2; k < Math.min(lim, i + 24); k++) {
    const t = toks[k];
    // "Mr." and initials do not end the aside
    const abbrev = t.text === '.' && toks[k - 1].e === t.s && toks[k + 1]?.cap === true;
    if (t.q >= 0 || SENTENCE_PUNCT.has(t.text) && !abbrev || t.text === ':') return null;
    if (t.text === ',') {
      close = k;
      break;
    }
  }
  if (close < 0) return null;
  for (let m = i + 2; m < close; m++) {
    const put = toks[m].low === 'put' && toks[m + 1]?.low === 'it' && m + 1 < close;
    const found = put ? { ...PUT_IT, t0: m, t1: m + 2, s: toks[m].s, e: toks[m + 1].e } : cueAt(toks, m, close);
    if (found === null) continue;
    if (found.frame === 'eval' || found.frame === 'intent' || found.frame === 'according' || found.participle || found.prepOnly) return null;
    const sp = speakerBefore(toks, skipBack(toks, m, i + 1), i + 1, text);
    if (sp === null || sp.start !== i + 1 || sp.np.kind === 'pronoun' && sp.np.pronoun !== 'male' && sp.np.pronoun !== 'female' && sp.np.pronoun !== 'plural') return null;
    // only adjuncts (or a hearer after "told") between the verb and the comma
    const after = toks[found.t1];
    if (found.t1 < close && !(after.word && !found.prep.includes(after.low) && (PREPOSITIONS.has(after.low) || isAdverb(after) || isTimeWord(after) || TIME_WORDS.has(after.low) || found.frame === 'object' && OBJECT_PRONOUNS.has(after.low)))) return null;
    for (let k = found.t1; k < close; k++) if (toks[k].word && (FINITE.test(toks[k].low) || toks[k].low === 'that')) return null;
    const b = cutContent(toks, close + 1, lim, text);
    if (wordCount(toks, close + 1, b) < MIN_CLAUSE_WORDS) return null;
    const pieces: Array<[number, number]> = opening ? [[close + 1, b]] : [[s0, i - 1], [close + 1, b]];
    if (!opening && (wordCount(toks, s0, i - 1) < 1 || !parentheticalStart(toks, s0, i - 1))) return null;
    return { para, sent, pieces, speaker: sp.np, speakerSource: 'phrase', apposition: null, cue: found, attribution: [i, close + 1] };
  }
  return null;
}

/** According to SPEAKER, CONTENT.  /  CONTENT, according to SPEAKER. */
function according(toks: Tok[], cue: Cue, s0: number, lim: number, text: string, para: number, sent: number): Draft | null {
  if (cue.frame !== 'according') return null;
  // the source phrase runs to the next comma or dash: "according to state corporate records", "… officials familiar with it"
  let e = cue.t1;
  while (e < lim && toks[e].text !== ',' && !DASHES.has(toks[e].text) && toks[e].text !== ';') e++;
  let speaker = parseNPForward(toks, cue.t1, lim, text);
  if (speaker === null || speaker.kind === 'pronoun') {
    if (!sourcePhrase(toks, cue.t1, e)) return null;
    speaker = phraseNP(toks, cue.t1, e, toks[cue.t1].low);
  }
  let pieces: Array<[number, number]>;
  let attrEnd = speaker.t1;
  const atStart = cue.t0 === s0 || (cue.t0 === s0 + 1 && !toks[s0].word);
  // "In addition, according to the department, nearly nine million …" / "Notably absent, according to members, was …"
  const inside = !atStart && e < lim && toks[e].text === ',' && toks[cue.t0 - 1]?.text === ',' && e + 1 < lim && toks[e + 1].word;
  if (atStart) {
    let a = speaker.t1;
    if (toks[a] !== undefined && DASHES.has(toks[a].text)) {
      // "According to the study — which used … — the retail industry is …"
      a++;
      while (a < lim && !DASHES.has(toks[a].text)) a++;
      a++;
    } else {
      while (a < lim && toks[a].text !== ',') a++;
      a++;
    }
    if (a >= lim) return null;
    attrEnd = a;
    pieces = [[a, cutContent(toks, a, lim, text)]];
  } else if (inside) {
    const b = cutContent(toks, e + 1, lim, text);
    if (wordCount(toks, e + 1, b) < MIN_CLAUSE_WORDS || !parentheticalStart(toks, s0, cue.t0 - 1) && wordCount(toks, s0, cue.t0 - 1) < MIN_CLAUSE_WORDS) return null;
    return { para, sent, pieces: [[s0, cue.t0 - 1], [e + 1, b]], speaker, speakerSource: 'phrase', apposition: null, cue, attribution: [cue.t0, e + 1] };
  } else {
    let b = cue.t0;
    while (b > s0 && (toks[b - 1].text === ',' || DASHES.has(toks[b - 1].text))) b--;
    pieces = [[s0, b]];
  }
  const [a, b] = pieces[0];
  if (wordCount(toks, a, b) < MIN_CLAUSE_WORDS) return null;
  return { para, sent, pieces, speaker, speakerSource: 'phrase', apposition: null, cue, attribution: [cue.t0, attrEnd] };
}

/** A plain source phrase after "according to": words only, no verb of its own before a relative word, not too long. */
function sourcePhrase(toks: Tok[], a: number, b: number): boolean {
  if (b - a < 1 || b - a > 16 || !toks[a].word || PREPOSITIONS.has(toks[a].low)) return false;
  for (let k = a; k < b; k++) {
    const t = toks[k];
    if (t.q >= 0 || t.text === ':' || t.text === '(' ) return false;
    if (t.word && (t.low === 'who' || t.low === 'that' || t.low === 'which')) return k > a;
    if (t.word && FINITE.test(t.low)) return false;
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
    const participial = /^[a-z]{3,}ed$/.test(t.low) && PREPOSITIONS.has(toks[pos + 1]?.low ?? '') || toks[pos + 1]?.low === 'by' && !t.poss;
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

/** Drafts of one sentence must not overlap: a later draft's content stops where an earlier one's attribution starts. */
function trimOverlaps(toks: Tok[], ds: Draft[], lim: number): void {
  void toks;
  void lim;
  for (const d of ds) {
    for (const o of ds) {
      if (o === d || o.attribution === null) continue;
      for (const piece of d.pieces) {
        const [a, b] = piece;
        if (o.attribution[0] > a && o.attribution[0] < b && o.pieces.every(([oa]) => oa >= b || oa < a)) piece[1] = o.attribution[0];
      }
    }
  }
}
