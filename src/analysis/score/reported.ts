// A statement's text is what was reported, without the verb that reported it. Some verbs turn it
// around: "the minister denied he had taken money" stores "he had taken money", and "the US refused to
// sign up to the treaty" stores "to sign up to the treaty"; "MPs urged ministers to act" asserts
// nothing of the ministers. Scoring reads such a text with its verb in front, so the negation and
// demand rules see what the speaker said, and maps the cues' spans back onto the stored text.
import type { Cue, CueSide, PairScore, ScoringStatement } from '../types.js';

/** Reporting verbs that deny or refuse what they report. */
const DENYING = /^(?:den(?:y|ies|ied|ying)|refus(?:e|es|ed|ing)|reject(?:s|ed|ing)?|declin(?:e|es|ed|ing)|dismiss(?:es|ed|ing)?|rebuff(?:s|ed|ing)?|rul(?:e|es|ed|ing) out)$/;
/** Reporting verbs that ask for what they report: it is wanted, not said to be so. */
const DEMANDING = /^(?:urg(?:e|es|ed|ing)|call(?:s|ed|ing)? (?:on|for)|demand(?:s|ed|ing)?|press(?:es|ed|ing)?|want(?:s|ed|ing)?|ask(?:s|ed|ing)?)$/;

export interface ScoredText {
  statement: ScoringStatement;
  /** Characters put before the stored text. */
  shift: number;
}

/** A speaker that is a share of a group ("16%", "14% of people aged 18 to 34", "one in five voters"): a survey's answer. */
const SHARE_OF_GROUP = /^(?:only |just |some |about |nearly |almost )?(?:\d+(?:\.\d+)?\s?(?:%|per ?cent)|(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten) (?:in|out of) (?:\d+|two|three|four|five|six|seven|eight|nine|ten))(?!\w)/i;

/**
 * The statement as scoring reads it: its reporting verb in front when that verb denies or demands,
 * and a speaker that is a share of a group in front of that ("16%: none of their cards had been
 * replaced" is said of 16% of people, not of everyone).
 */
export function asReported(s: ScoringStatement): ScoredText {
  const cue = s.cue?.trim().toLowerCase();
  // a direct quote is the speaker's own words: '"I never took any money," he denied' denies by itself
  let prefix = cue && s.mode !== 'direct' && (DENYING.test(cue) || DEMANDING.test(cue)) ? `${cue} ` : '';
  if (s.speaker && SHARE_OF_GROUP.test(s.speaker.trim())) prefix = `${s.speaker.trim()} ${prefix}`;
  if (!prefix) return { statement: s, shift: 0 };
  return { statement: { ...s, text: prefix + s.text }, shift: prefix.length };
}

function back(side: CueSide | null, shift: number, text: string): CueSide | null {
  if (!side || shift === 0) return side;
  const start = Math.max(0, side.start - shift);
  const end = Math.max(start, side.end - shift);
  return { start, end, text: text.slice(start, end) };
}

/** The score with its cues' spans on the stored texts (a span over the reporting verb alone becomes empty at 0). */
export function onStoredTexts(score: PairScore, a: ScoredText, b: ScoredText, textA: string, textB: string): PairScore {
  if (a.shift === 0 && b.shift === 0) return score;
  const cues: Cue[] = score.cues.map((c) => ({ ...c, a: back(c.a, a.shift, textA), b: back(c.b, b.shift, textB) }));
  return { ...score, cues };
}
