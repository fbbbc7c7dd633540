// Stage 1: paragraphs, page furniture, quotes, tokens and sentences.
// Real pages run sentences together ("Ukraine.His", "war.”He", "PutinDonald Trump"), repeat
// headlines, and carry captions, navigation and bylines: those lines are marked, never parsed
// for statements.
import { ABBREVIATIONS, NAV_LINES, SENTENCE_STARTERS } from './lexicon.js';
import { isCredit } from '../text/credits.js';
import { findQuotes, type QuoteSpan } from './quotes.js';
import { tokenize, type Tok } from './lex.js';

/** transcript: a "NAME: words" line of an interview or debate transcript (transcript.ts). */
export type ParagraphKind = 'text' | 'headline' | 'caption' | 'nav' | 'transcript';

export interface Sentence {
  s: number;
  e: number;
  /** Token range [t0, t1) in the paragraph's tokens. */
  t0: number;
  t1: number;
  /** Title case or all capitals: a headline inside running text. */
  headline: boolean;
}

export interface Paragraph {
  index: number;
  s: number;
  e: number;
  kind: ParagraphKind;
  quotes: QuoteSpan[];
  toks: Tok[];
  sentences: Sentence[];
}

const LINE = /[^\r\n]+/g;
// "“…” ― Sonya Herridge", "\"…\" — Ann Ray, a teacher": a quote credited after a dash is running text, not a headline
const DASH_CREDIT = /^[“"”][^]*[”"]\s*[―—–]\s*\p{Lu}[^“”"]{0,80}$/u;
const CREDIT_LEAD = /^\p{Lu}[\p{L}.'’-]+(?: \p{Lu}[\p{L}.'’-]+){0,3} \/ \p{Lu}/u;
const LEAD = /^(?:\s|[-–—•*·>]+\s|\*\*)+/;
const TRAIL = /(?:\s|\*\*)+$/;
const FINAL_PUNCT = /[.!?…:;]$/;
const TRAILING_CLOSERS = /[\s*”"’'»)\]]+$/;
const WORDISH = /[\p{L}\p{N}]+/gu;
const CAMEL = /^(\p{Lu}\p{Ll}{2,})(\p{Lu}\p{Ll}+)$/u;
const LETTER_CHAR = /\p{L}/u;
const LOWER_START = /^\p{Ll}/u;
const ENDERS: ReadonlySet<string> = new Set(['.', '!', '?', '…', '...']);
const SMALL_WORDS: ReadonlySet<string> = new Set([
  'a', 'an', 'the', 'of', 'to', 'in', 'on', 'for', 'and', 'or', 'with', 'at', 'by', 'from', 'as', 'vs', 'is', 'be', 'but', 'nor', 'de',
]);

export function segment(text: string): Paragraph[] {
  const out: Paragraph[] = [];
  LINE.lastIndex = 0;
  for (let m = LINE.exec(text); m !== null; m = LINE.exec(text)) {
    const raw = m[0];
    const lead = LEAD.exec(raw)?.[0].length ?? 0;
    const trail = TRAIL.exec(raw.slice(lead))?.[0].length ?? 0;
    const s = m.index + lead;
    const e = m.index + raw.length - trail;
    if (e - s < 2) continue;
    const body = text.slice(s, e);
    const kind = paragraphKind(body);
    const quotes = kind === 'nav' ? [] : findQuotes(text, s, e);
    const toks = splitCamel(tokenize(text, s, e));
    markQuotes(toks, quotes);
    const sentences = splitSentences(text, toks);
    out.push({ index: out.length, s, e, kind, quotes, toks, sentences });
  }
  return out;
}

function paragraphKind(body: string): ParagraphKind {
  if (body.length < 60) {
    const norm = body.toLowerCase().replace(/[^\p{L}\p{N} ]+/gu, ' ').replace(/\s+/g, ' ').trim();
    if (norm === '' || NAV_LINES.has(norm)) return 'nav';
  }
  if (body.endsWith(')')) {
    const open = body.lastIndexOf('(');
    if (open >= 0 && body.length - open <= 162 && isCredit(body.slice(open + 1, -1))) return 'caption';
  }
  // "Ryan Remiorz / The Canadian Press Kevin Vickers, right, tosses …": a photo caption led by its credit
  if (CREDIT_LEAD.test(body)) return 'caption';
  const end = body.replace(TRAILING_CLOSERS, '');
  if (FINAL_PUNCT.test(end) || DASH_CREDIT.test(body)) return 'text';
  const words = body.match(WORDISH)?.length ?? 0;
  return words <= 40 ? 'headline' : 'text';
}


/** "Vladimir PutinDonald Trump": a caption glued to the next sentence; split only after another capitalised word. */
function splitCamel(toks: Tok[]): Tok[] {
  for (let i = 1; i < toks.length; i++) {
    const t = toks[i];
    const p = toks[i - 1];
    if (!t.word || !p.cap || !p.word) continue;
    const m = CAMEL.exec(t.text);
    if (m === null) continue;
    const cut = t.s + m[1].length;
    const left: Tok = { ...t, e: cut, text: m[1], low: m[1].toLowerCase(), poss: false };
    const right: Tok = { ...t, s: cut, text: m[2], low: t.low.slice(m[1].length) };
    toks.splice(i, 1, left, right);
    i++;
  }
  return toks;
}

function markQuotes(toks: Tok[], quotes: QuoteSpan[]): void {
  let qi = 0;
  for (const t of toks) {
    while (qi < quotes.length && quotes[qi].e <= t.s) qi++;
    const q = quotes[qi];
    if (q === undefined || t.s < q.s) continue;
    t.q = qi;
    if (t.s === q.s) t.mark = 'open';
    else if (q.closed && t.e === q.e) t.mark = 'close';
  }
}

function splitSentences(text: string, toks: Tok[]): Sentence[] {
  const out: Sentence[] = [];
  let t0 = 0;
  const push = (t1: number): void => {
    if (t1 <= t0) return;
    out.push({ s: toks[t0].s, e: toks[t1 - 1].e, t0, t1, headline: isHeadline(toks, t0, t1) });
    t0 = t1;
  };
  for (let i = 0; i < toks.length - 1; i++) {
    const t = toks[i];
    const n = toks[i + 1];
    if (t.q >= 0 && t.mark !== 'close') continue;
    let cut = false;
    if (t.mark === 'close') {
      let k = t.s - 1;
      while (k > 0 && (text[k] === '’' || text[k] === '”' || text[k] === "'" || text[k] === '"')) k--;
      const inner = text[k];
      cut = (inner === '.' || inner === '!' || inner === '?' || inner === '…') && startsSentence(n);
    } else if (ENDERS.has(t.text)) {
      cut = startsSentence(n) && !abbreviationBefore(toks, i) && (n.s > t.e || gluedEnd(toks, i));
    } else if (t.word && t.text.endsWith('.') && t.text.length > 2) {
      // dotted acronym: "… in the U.S. The talks …"
      cut = n.cap && SENTENCE_STARTERS.has(n.low) && n.s > t.e;
    }
    // a camel split leaves two adjacent capitalised words with no gap
    if (!cut && t.word && n.word && n.s === t.e && n.cap && t.cap && /\p{Ll}$/u.test(t.text)) cut = true;
    if (cut) push(i + 1);
  }
  push(toks.length);
  return out;
}

function startsSentence(n: Tok): boolean {
  return n.cap || n.mark === 'open' || n.text === '“' || n.text === '"' || /^\p{N}/u.test(n.text);
}

function abbreviationBefore(toks: Tok[], i: number): boolean {
  const t = toks[i];
  const p = toks[i - 1];
  if (t.text !== '.' || p === undefined || p.e !== t.s || !p.word) return false;
  if (p.text.length === 1 && p.cap) return true; // an initial: "J. Scott"
  return ABBREVIATIONS.has(p.low);
}

/** "Ukraine.His": a period between a lower-case word and a capital with no space. */
function gluedEnd(toks: Tok[], i: number): boolean {
  const p = toks[i - 1];
  return p !== undefined && p.word && p.e === toks[i].s && p.text.length >= 2 && /\p{Ll}$/u.test(p.text);
}

export function isHeadline(toks: Tok[], t0: number, t1: number, minWords = 4): boolean {
  let content = 0;
  let caps = 0;
  let letters = 0;
  let upper = 0;
  for (let i = t0; i < t1; i++) {
    const t = toks[i];
    if (!t.word) continue;
    const text = t.text;
    for (let k = 0; k < text.length; k++) {
      const c = text.charCodeAt(k);
      if (c >= 65 && c <= 90) {
        upper++;
        letters++;
      } else if (c >= 97 && c <= 122) letters++;
      else if (c > 127 && LETTER_CHAR.test(text[k])) {
        letters++;
        if (text[k] !== text[k].toLowerCase()) upper++;
      }
    }
    if (SMALL_WORDS.has(t.low) || !t.cap && !LOWER_START.test(text)) continue;
    content++;
    if (t.cap) caps++;
  }
  if (letters >= 12 && upper / letters > 0.7) return true;
  // a real sentence has lower-case content words (its verbs); a title-case line has none or almost none
  return content >= minWords && (caps === content || (content >= 8 && caps / content >= 0.9));
}
