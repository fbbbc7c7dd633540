// CONTENT, SPEAKER VERB.  /  CONTENT, VERB SPEAKER.  — no quotes needed; also an attribution inside the sentence
// ("The plan, officials said, would cost …").
import type { Tok } from './lex.js';
import { cueAt, type Cue } from './cues.js';
import { parseNP, parseNPForward, type NP } from './np.js';
import { AUXILIARIES, DETERMINERS, PRONOUNS, TIME_WORDS } from './lexicon.js';
import type { Draft } from './draft.js';
import { DASHES, MIN_CLAUSE_WORDS, OBJECT_PRONOUNS, PREPOSITIONS, infinitive, isAdverb, isTimeWord, parentheticalStart, skipBack, wordCount } from './grammar.js';
import { pastParen, speakerBefore } from './speaker.js';
import { cutContent } from './content.js';
import { documentSubject } from './findings.js';
import { LEADS } from './introduced.js';

/** CONTENT, SPEAKER VERB [adjuncts].  /  CONTENT, VERB SPEAKER [adjuncts]. */
export function contentThenSpeaker(toks: Tok[], cue: Cue, s0: number, lim: number, text: string, para: number, sent: number): Draft | null {
  if (cue.frame === 'according' || cue.frame === 'eval' || cue.frame === 'intent' || cue.prepOnly) return null;
  let speaker: NP | null = null;
  let comma = -1;
  let attrEnd = cue.t1;
  const prevTok = toks[cue.t0 - 1];
  if (cue.participle) return null;
  // "…, Alan Milburn, the party's strategist, told the BBC": a verb that must have a hearer takes it after itself, never its
  // speaker ("told the BBC" is not "said the BBC"); only "warned" inverts as "said" does ("…, warned the minister")
  const inverts = cue.frame !== 'object' || cue.lemma === 'warn';
  if (inverts && (prevTok?.text === ',' || (prevTok !== undefined && DASHES.has(prevTok.text)))) {
    // "a partnership with TiVo, called TiVoToGo, which …": "called" before a name names a thing; no one is reported
    if (cue.frame === 'call') return null;
    // "Edward Leigh, who is chairman of the committee, warned the government would …": the comma closes a relative clause on the
    // subject, whose verb this is
    if (relativeSubject(toks, s0, cue.t0 - 1, text)) return null;
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
      attrEnd = Math.max(hearer !== null && hearer.kind !== 'pronoun' ? hearer.t1 : attrEnd, outletEnd(toks, attrEnd, lim));
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
  // before the attribution: a clause, or — with the sentence going on after it — any start ("Otherwise, she said, …");
  // not a name alone, which is the speaker's own ("Deputy High Court Judge Richard Mawrey, QC told the hearing …")
  const whole = inside ? null : parseNP(toks, a, comma, text);
  if (whole !== null && whole.kind === 'name' && whole.t1 === comma) return null;
  const before = wordCount(toks, a, comma);
  if (before < (inside ? 1 : MIN_CLAUSE_WORDS) || inside && before < MIN_CLAUSE_WORDS && !parentheticalStart(toks, a, comma)) return null;
  return { para, sent, pieces, speaker, speakerSource: 'phrase', apposition: null, cue, attribution: [comma, attrEnd] };
}

/** "told the Today programme", "told Radio 4's Today programme", "told a news conference": a hearer that is no speaker phrase —
 * a determiner, capitalised words and at most two lower-case words, one a capital or an audience's word — ending where the
 * sentence or an adjunct does. Returns
 * where it ends, or `k` when there is none. */
function outletEnd(toks: Tok[], k: number, lim: number): number {
  let j = k;
  if (toks[j]?.word && !toks[j].cap && DETERMINERS.has(toks[j].low) && !PRONOUNS.has(toks[j].low) || toks[j]?.low === 'his' || toks[j]?.low === 'her') j++;
  let lower = 0;
  for (; j < lim && j - k < 7; j++) {
    const t = toks[j];
    const stop = t.text === ',' || t.word && !t.cap && (PREPOSITIONS.has(t.low) || isTimeWord(t) || TIME_WORDS.has(t.low));
    if (stop) break;
    // "Radio 4's": a possessive written apart from its number
    if (APOSTROPHES.has(t.text) || t.low === 's' && APOSTROPHES.has(toks[j - 1]?.text ?? '')) continue;
    if (!t.word && !/^\p{N}/u.test(t.text) && t.text !== '&') return k;
    if (t.cap || /^\p{N}/u.test(t.text)) {
      if (lower > 0) return k;
      continue;
    }
    if (PRONOUNS.has(t.low) || AUXILIARIES.has(t.low) || t.low === 'that' || ++lower > 2) return k;
  }
  // a hearer with no capital is as likely a plain object ("A Little Princess tells the story of …")
  const named = toks.slice(k, j).some((t) => t.word && (t.cap || HEARERS.has(t.low)));
  return named && (j === lim || toks[j].text === ',' || toks[j].word) ? j : k;
}

/** The sentence opens with a name and a relative clause on it ("But Edward Leigh, who is …") that runs up to `comma`. */
function relativeSubject(toks: Tok[], s0: number, comma: number, text: string): boolean {
  let k = s0;
  while (k < comma && toks[k].cap && LEADS.has(toks[k].low)) k++;
  const np = parseNP(toks, k, comma, text);
  return np !== null && np.kind === 'name' && toks[np.t1]?.text === ',' && RELATIVES.has(toks[np.t1 + 1]?.low ?? '') && np.t1 + 1 < comma;
}

const RELATIVES: ReadonlySet<string> = new Set(['who', 'whose']);
// words naming an audience, as a lower-case hearer ("told an audience at E3", "told a news conference", "told reporters")
const HEARERS: ReadonlySet<string> = new Set(['audience', 'conference', 'reporters', 'journalists', 'delegates', 'meeting', 'hearing', 'court', 'newspaper', 'programme', 'radio', 'television', 'website', 'magazine', 'crowd', 'rally', 'congress', 'summit', 'committee', 'inquiry', 'jury', 'mps', 'peers', 'parliament']);
const APOSTROPHES: ReadonlySet<string> = new Set(["'", '’']);
