// An aside naming the source: "As one adviser pointed out, …", "…, as the magazine put it, …".
import type { Tok } from './lex.js';
import { cueAt } from './cues.js';
import { TIME_WORDS } from './lexicon.js';
import { PUT_IT, type Draft } from './draft.js';
import { FINITE, MIN_CLAUSE_WORDS, OBJECT_PRONOUNS, PREPOSITIONS, SENTENCE_PUNCT, SUBJECT_SKIP, isAdverb, isTimeWord, parentheticalStart, skipBack, wordCount } from './grammar.js';
import { speakerBefore } from './speaker.js';
import { cutContent } from './content.js';

/** As SPEAKER VERB [adjuncts], CONTENT.  /  SUBJECT, as SPEAKER VERB, PREDICATE.  — "As one adviser pointed out, Hawaii rarely gets
 * two hurricanes", "As the magazine put it in a profile, …". The aside has no object of its own: "As the campaign announced the
 * pick, …" is a time clause. */
export function asAside(toks: Tok[], i: number, s0: number, lim: number, text: string, para: number, sent: number): Draft | null {
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
