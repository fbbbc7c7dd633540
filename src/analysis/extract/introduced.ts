// Who a sentence is about. A writer who turns from one speaker to the next names the new one as the subject of a
// sentence, often with a description ("One dissenting opinion came from Brian Gammage, vice-president of research at
// Gartner. He said …"; "Lord Woolf, who is Lord Chief Justice, was giving evidence … He said …"). A following he/she is
// that person's, not the last speaker's; a following it/they is the organisation named so ("Labour denies breaking the
// rules. It says …").
import type { Paragraph } from './segment.js';
import type { Tok } from './lex.js';
import { parseNP } from './np.js';
import { ANON_HEADS, AUXILIARIES, DETERMINERS, MODIFIERS, ROLES, TITLES, VERB_FORMS } from './lexicon.js';

/** Words that may open a sentence before its subject: "But Edward Leigh …". */
export const LEADS: ReadonlySet<string> = new Set(['but', 'and', 'however', 'meanwhile', 'now', 'then', 'also', 'still', 'yet', 'so']);
const CAME: ReadonlySet<string> = new Set(['came', 'comes', 'come', 'coming']);
// nouns a name often modifies: "an Alan Shearer strike", "a Wayne Rooney goal"
const NOUNS_AFTER_NAMES: ReadonlySet<string> = new Set(['strike', 'goal', 'header', 'shot', 'era', 'case', 'affair', 'camp', 'plan', 'plans', 'tax', 'family', 'government', 'administration']);
const OWNERS: ReadonlySet<string> = new Set(['our', 'their', 'its']);
const DESCRIBING: ReadonlySet<string> = new Set(['who', 'whose']);
// titles that only address someone: "Mr Kennedy" is named again, "Former Labour MP Lord Janner" is described
const HONORIFICS: ReadonlySet<string> = new Set(['mr', 'mrs', 'ms', 'miss', 'dr', 'sir', 'lord', 'lady', 'dame', 'baroness', 'baron', 'rev', 'prof']);

/** The token a mention at character offset `at` starts, with its sentence's token range, or null. */
function locate(p: Paragraph, at: number): { i: number; t0: number; t1: number } | null {
  const i = p.toks.findIndex((t) => t.s === at);
  if (i < 0) return null;
  const sent = p.sentences.find((s) => s.t0 <= i && i < s.t1);
  return sent === undefined ? null : { i, t0: sent.t0, t1: sent.t1 };
}

/** The name at token `i` is its sentence's subject: only a conjunction, a determiner and capitalised or role words
 * ("But Gartner analyst …", "The Labour party …") come before it — or it follows "came from". */
function subject(toks: Tok[], i: number, t0: number): boolean {
  if (i >= 2 && toks[i - 1].low === 'from' && CAME.has(toks[i - 2].low)) return true;
  for (let k = t0; k < i; k++) {
    const t = toks[k];
    if (!t.word) return false;
    if (t.cap || LEADS.has(t.low) || DETERMINERS.has(t.low) || ROLES.has(t.low) || TITLES.has(t.low) || MODIFIERS.has(t.low)) continue;
    return false;
  }
  return true;
}

/** What may follow a sentence's subject: a comma (an apposition), a relative pronoun, "of", or a verb — `strict`: one known
 * as a verb ("The Tory tax plan" names no subject Tory); else any lower-case word no description ends with ("Hantuchova hit
 * back", not "an Alan Shearer strike" nor "the former Rangers boss"). */
function predicateAt(t: Tok | undefined, strict: boolean): boolean {
  if (t === undefined || !t.word) return t?.text === ',';
  if (t.low === 'who' || t.low === 'which' || t.low === 'of' || t.low === 'at') return true;
  if (t.cap || ROLES.has(t.low) || ANON_HEADS.has(t.low) || MODIFIERS.has(t.low) || NOUNS_AFTER_NAMES.has(t.low)) return false;
  return !strict || AUXILIARIES.has(t.low) || VERB_FORMS.has(t.low) || /(?:ed|[^s]s)$/.test(t.low);
}

/** The sentence starts with someone described but not named: "Our correspondent said …", "The seventh seed, who …". */
export function describedSubject(p: Paragraph, sent: number): boolean {
  const st = p.sentences[sent];
  if (st === undefined) return false;
  let i = st.t0;
  while (i < st.t1 && LEADS.has(p.toks[i].low)) i++;
  if (!(DETERMINERS.has(p.toks[i]?.low ?? '') || OWNERS.has(p.toks[i]?.low ?? ''))) return false;
  for (let k = i + 1; k < Math.min(st.t1, i + 6); k++) {
    const t = p.toks[k];
    if (!t.word || t.cap) return false;
    if ((ROLES.has(t.low) || ANON_HEADS.has(t.low)) && !t.low.endsWith('s') && predicateAt(p.toks[k + 1], false)) return true;
  }
  return false;
}

/** A role word ("vice-president", "coach", "veteran"), not only a form of address ("Mr", "Lord"). */
function roleWord(t: Tok): boolean {
  return t.word && !HONORIFICS.has(t.low) && t.low.split('-').some((w) => ROLES.has(w) || ANON_HEADS.has(w));
}

/** Words before the name that describe the person ("Beach Boys veteran", "The Attorney General"), not only address them. */
function describedBefore(toks: Tok[], i: number, t0: number): boolean {
  for (let k = t0; k < i; k++) if (roleWord(toks[k])) return true;
  return false;
}

/** A description right after the name: ", who is chairman of …", ", an analyst at …", ", vice-president of research at …". */
function described(toks: Tok[], end: number, t1: number): boolean {
  if (toks[end]?.text !== ',' || end + 1 >= t1) return false;
  const first = toks[end + 1];
  if (!first.word) return false;
  if (DESCRIBING.has(first.low) || first.low === 'a' || first.low === 'an') return true;
  for (let k = end + 1; k < Math.min(t1, end + 4); k++) {
    const t = toks[k];
    if (!t.word || t.cap && !t.poss && k > end + 1) break;
    if (roleWord(t)) return true;
  }
  return false;
}

/** How a mention (paragraph, character offset) stands in its sentence: null when it is not the subject, else whether the
 * sentence also describes the person ("Gartner analyst Brian Gammage", "Lord Woolf, who is Lord Chief Justice,"). */
export function subjectMention(paras: Paragraph[], para: number, at: number, text: string, strict = false): { described: boolean } | null {
  const p = paras[para];
  if (p === undefined) return null;
  const loc = locate(p, at);
  if (loc === null || !subject(p.toks, loc.i, loc.t0)) return null;
  const np = parseNP(p.toks, loc.i, loc.t1, text);
  // a comma or a verb follows the subject: not "The former Rangers and Liverpool boss", "The Tory tax plan", "an Alan Shearer strike"
  if (np === null || !predicateAt(p.toks[np.t1], strict)) return null;
  return { described: describedBefore(p.toks, loc.i, loc.t0) || described(p.toks, np.t1, loc.t1) };
}
