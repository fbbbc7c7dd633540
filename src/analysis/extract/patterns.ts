// Stage 2–3: quotes and reported speech in one sentence. Each sentence is tried against the constructions that cover
// most attributions in news; the order matters, since a token inside an earlier find is not tried again:
//   "Q" — Name, title.                                   (the whole sentence; quote-then-speaker.ts)
// then, token by token:
//   Trump's claim that CONTENT.                          (owned-claims.ts)
//   In the latest poll, CONTENT.                         (findings.ts)
//   As SPEAKER put it, CONTENT.                          (asides.ts)
// and at each reporting cue, the first of:
//   "Q," SPEAKER VERB.  /  "Q," VERB SPEAKER.            (quote-then-speaker.ts)
//   According to SPEAKER, CONTENT.  /  CONTENT, according to SPEAKER.   (according.ts)
//   SPEAKER VERB (that|:) CONTENT.  /  …, VERBing (that|:) CONTENT.  /  … and VERB that …   (speaker-then-content.ts)
//   CONTENT, SPEAKER VERB.  /  CONTENT, VERB SPEAKER.    (content-then-speaker.ts)
// A cue without a speaker phrase and content in one of these shapes yields nothing.
import type { Tok } from './lex.js';
import type { Paragraph, Sentence } from './segment.js';
import { cueAt } from './cues.js';
import { SPEECH_NOUNS } from './lexicon.js';
import type { Draft } from './draft.js';
import { SENTENCE_PUNCT, hearerPassive } from './grammar.js';
import { afterQuote, dashCredit } from './quote-then-speaker.js';
import { speakerThenContent } from './speaker-then-content.js';
import { contentThenSpeaker } from './content-then-speaker.js';
import { inFinding } from './findings.js';
import { asAside } from './asides.js';
import { ownedClaim } from './owned-claims.js';
import { according } from './according.js';

export function findDrafts(p: Paragraph, text: string): Draft[] {
  const out: Draft[] = [];
  if (p.kind !== 'text') return out;
  p.sentences.forEach((sent, si) => {
    if (sent.headline) return;
    sentenceDrafts(p, si, sent, text, out);
  });
  return out;
}

function sentenceLimit(toks: Tok[], sent: Sentence): number {
  let b = sent.t1;
  while (b > sent.t0 && toks[b - 1].q < 0 && (SENTENCE_PUNCT.has(toks[b - 1].text) || toks[b - 1].text === ':' || toks[b - 1].text === ',')) b--;
  return b;
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
    // "He was told he would be released": the subject of a passive telling heard it ("was told by X that …" names who spoke)
    if (cue === null) continue;
    const heard = hearerPassive(toks, cue.t0, cue.lemma, cue.frame === 'object');
    if (heard && toks[cue.t1]?.low !== 'by') continue;
    const found = heard ? speakerThenContent(toks, cue, s0, lim, text, p.index, si, mine) :
      afterQuote(toks, cue, s0, lim, text, p.index, si) ??
      according(toks, cue, s0, lim, text, p.index, si) ??
      speakerThenContent(toks, cue, s0, lim, text, p.index, si, mine) ??
      contentThenSpeaker(toks, cue, s0, lim, text, p.index, si);
    if (found === null) continue;
    const d = mine.length === 0 ? reportedWhole(toks, found, s0, lim, text, p.index, si) ?? found : found;
    // a later cue coordinated with this one ends this content: "X claimed A, but suggested B"
    mine.push(d);
    i = Math.max(i, (d.cue ?? cue).t1 - 1);
  }
  trimOverlaps(toks, mine, lim);
  out.push(...mine);
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

/** "Tory plans to cut immigration are not racist, Michael Howard has said." / "… process all claims abroad would not work, argued
 * Mr Blair.": a content running to the sentence's end that holds "…, SPEAKER VERB" attributing everything before it is itself
 * what that speaker said — the earlier cue was a noun or part of the reported words. */
function reportedWhole(toks: Tok[], d: Draft, s0: number, lim: number, text: string, para: number, sent: number): Draft | null {
  const last = d.pieces[d.pieces.length - 1];
  if (d.cue === null || d.tail !== undefined || last[1] < lim) return null;
  for (let k = Math.max(d.cue.t1, last[0]); k < lim; k++) {
    const prev = toks[k - 1];
    if (prev?.text !== ',' || prev.q >= 0) continue;
    for (let j = k; j < Math.min(lim, k + 8); j++) {
      const later = cueAt(toks, j, lim);
      if (later === null) continue;
      const whole = contentThenSpeaker(toks, later, s0, lim, text, para, sent);
      return whole !== null && whole.pieces.length === 1 && whole.pieces[0][0] === s0 && whole.attribution !== null && whole.attribution[1] >= lim ? whole : null;
    }
  }
  return null;
}