// "Only 40% think …", "14% of people aged 18 to 34 said …": a share of those asked is no speaker. The poll that asked
// them speaks for them (one speaker for all its shares, so they are not paired against each other), else no one, and
// the statement keeps the share in its text: what the poll found is that 40% think so.
import type { Paragraph } from './segment.js';
import type { Tok } from './lex.js';
import type { NP } from './np.js';
import { DETERMINERS, POLL_HEADS } from './lexicon.js';

const QUALIFIERS = '(?:some|only|just|about|around|roughly|almost|nearly|over|under|barely|another|a further|more than|less than|fewer than|up to)';
const SMALL = '(?:\\d+|one|two|three|four|five|six|seven|eight|nine|ten)';
// "16%", "Twelve percent", "eight in 10", "one out of five"
const SHARE = new RegExp(
  `^(?:${QUALIFIERS}\\s+)*(?:\\d[\\d.,]*\\s?(?:%|per\\s?cent|percent)|[a-z]+(?:-[a-z]+)?\\s+(?:per\\s?cent|percent)|${SMALL}\\s+(?:in|out of)\\s+${SMALL})(?![\\w-])`,
  'i',
);
// "the latest Mori survey", "a new YouGov poll": words that may stand between the determiner and the poll
const POLL_WORDS: ReadonlySet<string> = new Set(['latest', 'new', 'recent', 'separate', 'same', 'online', 'annual', 'national', 'independent', 'opinion', 'global', 'previous', 'earlier']);
/** Paragraphs back a share looks for its poll. */
export const POLL_REACH = 2;

export function isShare(speaker: string): boolean {
  return SHARE.test(speaker);
}

/** The span of a share speaking in sentence [s, e): the statement keeps it ("16% said none of their cards had been
 * replaced" is what the poll found, not that none had been), or null. */
export function shareSpan(np: NP | null, s: number, e: number, text: string): [number, number] | null {
  return np !== null && np.s >= s && np.e <= e && isShare(text.slice(np.s, np.e)) ? [np.s, np.e] : null;
}

/** The poll named last before token `before` of paragraph `para` ("Almost 70% of those asked in a poll" names its own), up to
 * POLL_REACH paragraphs back, as written. */
export function pollBefore(paras: Paragraph[], para: number, before: number, text: string): string | null {
  for (let p = para; p >= 0 && p >= para - POLL_REACH; p--) {
    const toks = paras[p].toks;
    for (let k = (p === para ? before : toks.length) - 1; k >= 0; k--) {
      if (toks[k].word && POLL_HEADS.has(toks[k].low) && !toks[k].poss) return text.slice(toks[pollStart(toks, k)].s, toks[k].e);
    }
  }
  return null;
}

/** The first token of the poll phrase ending at `head`: "A Daily Telegraph poll", "the latest Mori survey", "a street poll". */
function pollStart(toks: Tok[], head: number): number {
  // a determiner a few plain words back opens the phrase
  for (let j = head - 1; j >= 0 && j >= head - 4; j--) {
    const t = toks[j];
    if (!t.word || t.q !== toks[head].q || t.poss) break;
    if (DETERMINERS.has(t.low)) return j;
  }
  // else the capitalised words and poll words right before it: "Mori survey", "Recent research"
  let j = head;
  while (j > 0 && toks[j - 1].word && toks[j - 1].q === toks[head].q && (toks[j - 1].cap || POLL_WORDS.has(toks[j - 1].low))) j--;
  return j;
}
