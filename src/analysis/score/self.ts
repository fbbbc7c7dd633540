// Speakers speaking of themselves. "I will never answer any questions" (Wenger) and "he will
// write to the watchdog to answer further questions" (Blunkett, reported) have different doers:
// each side's subject is its own speaker, and the speakers differ.
import type { Cue } from '../types.js';
import type { TextInfo } from './analyze.js';

/** Subject pronouns that, in a speaker's statement, stand for the speaker. */
const FIRST = new Set(['i', 'we', "i'm", "we're", "i've", "we've", "i'll", "we'll", "i'd", "we'd"]);
/** In reported speech, often the speaker too ("he will write to the watchdog"), or someone else. */
const THIRD = new Set(['he', 'she', "he's", "she's", "he'd", "she'd"]);

/** Words between a pronoun and the proposition that make it another clause's subject. */
const EMBEDDING = new Set(['there', "there's", 'that', 'think', 'know', 'sure', 'believe', 'say', 'said', 'hope', 'feel', 'expect', 'suppose', 'fear', 'doubt']);

function tokenAt(info: TextInfo, offset: number): number {
  let k = 0;
  while (k + 1 < info.tokens.length && info.tokens[k + 1]!.start <= offset) k++;
  return k;
}

/** Who the clause holding `offset` is about, by the pronoun before it there: the speaker ('first'), maybe the speaker ('third'), or unknown. */
export function aboutSelf(info: TextInfo, offset: number): 'first' | 'third' | null {
  const k = tokenAt(info, offset);
  const clause = info.clauseOf[k];
  for (let j = k - 1; j >= 0 && info.clauseOf[j] === clause; j--) {
    // "I'm sure there's no drinking": the pronoun frames a proposition about something else
    if (EMBEDDING.has(info.lowers[j]!)) return null;
    if (FIRST.has(info.lowers[j]!)) return 'first';
    if (THIRD.has(info.lowers[j]!)) return 'third';
  }
  return null;
}

/**
 * A conflict cue between two clauses that each speak of their own (different) speaker: one says
 * "I" or "we", the other too or "he"/"she" (a third person is the first speaker only when the
 * other side claims something about them, which the claimed-vs-stated rules handle).
 */
export function betweenSelves(cue: Cue, a: TextInfo, b: TextInfo): boolean {
  if (!cue.a || !cue.b) return false;
  const x = aboutSelf(a, cue.a.start);
  const y = aboutSelf(b, cue.b.start);
  return !!x && !!y && (x === 'first' || y === 'first');
}
