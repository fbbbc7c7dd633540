// Quote sentences with no cue of their own. The contract: a quote interrupted by its attribution
// inside one sentence is one statement ("Q1," she said, "Q2." — patterns.ts joins those), and so is
// a quote going on with the same unfinished sentence ("Q1 …," she said. "and Q2."). A new quoted
// sentence after a finished attribution sentence ("Q1," she said. "Q2.") is a second statement by
// the same speaker, as is a quote paragraph after a quote (the strongest single rule in quote
// attribution: a floating quote belongs to the previous quote's speaker), including the next
// paragraph of a quote left open at a paragraph end. A quote sentence right before an attributed
// quote sentence ("Q1." "Q2," she said.) is that speaker's too.
import type { Paragraph, Sentence } from './segment.js';
import type { Draft } from './draft.js';
import type { Tok } from './lex.js';
import { parseNPBack, parseNPForward } from './np.js';
import { cueAt } from './cues.js';
import { groupSpeaker, speaksAsOne } from './speaks-as-one.js';

/** Paragraphs back that a floating quote may look for its speaker. */
const FLOAT_REACH = 2;

export function addFloating(paras: Paragraph[], drafts: Draft[], text: string): Draft[] {
  const bySentence = new Map<string, Draft[]>();
  for (const d of drafts) {
    const k = `${d.para}:${d.sent}`;
    const list = bySentence.get(k) ?? [];
    list.push(d);
    bySentence.set(k, list);
  }
  const out: Draft[] = [...drafts];
  let last: Draft | null = null;
  let lastPara = -1;
  // the latest statement whose speaker is not a group: a floating quote that says "I" goes back to it past a group
  // ("Doctors in Athens had wanted to operate …" between two of Costin's quotes)
  const one: { d: Draft | null; para: number } = { d: null, para: -1 };
  const noteOne = (d: Draft, para: number): void => {
    if (!groupSpeaker(d.speaker)) {
      one.d = d;
      one.para = para;
    }
  };
  let textParas = 0;
  const paraOrdinal = new Map<number, number>();
  let prevText: Paragraph | null = null;
  for (const p of paras) {
    if (p.kind !== 'text') continue;
    paraOrdinal.set(p.index, textParas++);
    const before = prevText;
    prevText = p;
    // "Trump said in a statement:" ¶ "“We will win.”" — the quote paragraph is what the colon line introduces
    const lead = before !== null && before.index === p.index - 1 ? colonLead(before, p, bySentence, text) : null;
    if (lead !== null) {
      out.push(lead);
      p.sentences.forEach((_, si) => bySentence.set(`${p.index}:${si}`, [lead]));
      last = lead;
      lastPara = p.index;
      noteOne(last, lastPara);
      continue;
    }
    for (let si = 0; si < p.sentences.length; si++) {
      const sent = p.sentences[si];
      const own = bySentence.get(`${p.index}:${si}`);
      if (own !== undefined) {
        last = own[own.length - 1];
        lastPara = p.index;
        noteOne(last, lastPara);
        continue;
      }
      if (sent.headline || !quoteOnly(p.toks, sent)) continue;
      const prev = si > 0 ? bySentence.get(`${p.index}:${si - 1}`) : undefined;
      const prevDraft = prev?.[prev.length - 1];
      const piece = { para: p.index, a: sent.t0, b: quoteEnd(p.toks, sent) };
      if (prevDraft !== undefined && quoteLed(paras, prevDraft) && continuesSentence(p.toks, sent)) {
        extend(prevDraft, piece);
        bySentence.set(`${p.index}:${si}`, [prevDraft]);
        continue;
      }
      const next = bySentence.get(`${p.index}:${si + 1}`)?.[0];
      if (next !== undefined && next.speaker !== null && next.pieces[0][0] === p.sentences[si + 1].t0 && p.toks[next.pieces[0][0]].mark === 'open') {
        const d: Draft = { para: p.index, sent: si, pieces: [[piece.a, piece.b]], speaker: next.speaker, speakerSource: 'previous', apposition: null, cue: null, attribution: null };
        out.push(d);
        bySentence.set(`${p.index}:${si}`, [d]);
        continue;
      }
      // a sentence that found content of its own ("Bruce insists he does not want to sell", "According to Mandaric, Redknapp
      // vowed …") is no bare attribution of the quote before it
      const bare = si + 1 < p.sentences.length && !bySentence.has(`${p.index}:${si + 1}`) ? bareAttribution(p, p.sentences[si + 1], text) : null;
      if (bare !== null) {
        const d: Draft = { ...bare, sent: si, pieces: [[piece.a, piece.b]] };
        out.push(d);
        bySentence.set(`${p.index}:${si}`, [d]);
        bySentence.set(`${p.index}:${si + 1}`, [d]);
        last = d;
        lastPara = p.index;
        noteOne(last, lastPara);
        si++;
        continue;
      }
      if (last === null || lastPara < 0) continue;
      const gap = (paraOrdinal.get(p.index) ?? 0) - (paraOrdinal.get(lastPara) ?? 0);
      if (gap > FLOAT_REACH) continue;
      if (prevDraft === undefined && si > 0 && gap === 0 && !followsDraft(bySentence, p.index, si)) continue;
      let from: Draft = last;
      if (groupSpeaker(last.speaker) && speaksAsOne(p.toks, piece.a, piece.b)) {
        const oneGap = (paraOrdinal.get(p.index) ?? 0) - (paraOrdinal.get(one.para) ?? 0);
        if (one.d !== null && oneGap <= FLOAT_REACH) from = one.d;
      }
      const d: Draft = {
        para: p.index, sent: si, pieces: [[piece.a, piece.b]], speaker: from.speaker, speakerSource: 'previous', apposition: null,
        cue: null, attribution: null, inherit: from,
      };
      out.push(d);
      bySentence.set(`${p.index}:${si}`, [d]);
      last = d;
      lastPara = p.index;
      noteOne(last, lastPara);
    }
  }
  return out;
}

/** The quote sentence goes on with an unfinished sentence: its first word is lower case ("… ," he said. "and then …"). */
function continuesSentence(toks: Tok[], sent: Sentence): boolean {
  for (let i = sent.t0; i < sent.t1; i++) {
    const t = toks[i];
    if (t.word || /^\p{N}/u.test(t.text)) return !t.cap && !/^\p{N}/u.test(t.text);
    if (t.text === '...' || t.text === '…') return true;
  }
  return false;
}

function followsDraft(bySentence: Map<string, Draft[]>, para: number, si: number): boolean {
  for (let k = si - 1; k >= 0; k--) if (bySentence.has(`${para}:${k}`)) return true;
  return false;
}

function quoteOnly(toks: Tok[], sent: Sentence): boolean {
  let words = 0;
  for (let i = sent.t0; i < sent.t1; i++) {
    const t = toks[i];
    if (t.word) {
      if (t.q < 0) return false;
      words++;
    }
  }
  return words >= 2 && toks[sent.t0].mark === 'open';
}

function quoteEnd(toks: Tok[], sent: Sentence): number {
  let b = sent.t1;
  while (b > sent.t0 && toks[b - 1].q < 0) b--;
  return b;
}

/** The statement's content ends in a quote, so a following quote sentence continues it. */
function quoteLed(paras: Paragraph[], d: Draft): boolean {
  if (d.tail !== undefined && d.tail.length > 0) return true;
  const toks = paras[d.para].toks;
  const first = d.pieces[0];
  const lastPiece = d.pieces[d.pieces.length - 1];
  return toks[first[0]].mark === 'open' && toks[lastPiece[1] - 1].mark === 'close' && allQuoted(toks, d);
}

function allQuoted(toks: Tok[], d: Draft): boolean {
  for (const [a, b] of d.pieces) for (let i = a; i < b; i++) if (toks[i].word && toks[i].q < 0) return false;
  return true;
}

function extend(d: Draft, piece: { para: number; a: number; b: number }): void {
  if (d.tail === undefined) d.tail = [];
  d.tail.push(piece);
}

/** A paragraph ending "SPEAKER VERB [adjuncts]:" with no statement of its own, then a paragraph that opens with a quote and
 * has no attribution of its own: the quote paragraph is the content. */
function colonLead(prev: Paragraph, p: Paragraph, bySentence: Map<string, Draft[]>, text: string): Draft | null {
  const ptoks = prev.toks;
  const lastSent = prev.sentences[prev.sentences.length - 1];
  if (lastSent === undefined || ptoks[ptoks.length - 1]?.text !== ':' || bySentence.has(`${prev.index}:${prev.sentences.length - 1}`)) return null;
  if (p.toks[0]?.mark !== 'open' || p.sentences.some((_, si) => bySentence.has(`${p.index}:${si}`))) return null;
  const bare = bareAttribution(prev, lastSent, text);
  if (bare === null) return null;
  let end = p.toks.length;
  while (end > 0 && p.toks[end - 1].q < 0 && !p.toks[end - 1].word) end--;
  if (end <= 1) return null;
  return { ...bare, para: p.index, sent: 0, pieces: [[0, end]] };
}

/** A sentence that is only "SPEAKER VERB [adjuncts]." attributes the quote sentence before it. */
function bareAttribution(p: Paragraph, sent: Sentence, text: string): Omit<Draft, 'sent' | 'pieces'> | null {
  const toks = p.toks;
  let lim = sent.t1;
  while (lim > sent.t0 && !toks[lim - 1].word) lim--;
  for (let i = sent.t0; i < Math.min(lim, sent.t0 + 8); i++) {
    const cue = cueAt(toks, i, lim);
    if (cue === null) continue;
    const np = i === sent.t0 ? parseNPForward(toks, cue.t1, lim, text) : parseNPBack(toks, i, sent.t0, text);
    if (np === null || (i > sent.t0 && np.t0 !== sent.t0)) return null;
    if (np.kind === 'pronoun' && np.pronoun !== 'male' && np.pronoun !== 'female') return null;
    for (let k = cue.t1; k < lim; k++) if (toks[k].q >= 0 || toks[k].low === 'that' || toks[k].text === ':') return null;
    return { para: p.index, speaker: np, speakerSource: 'phrase', apposition: null, cue, attribution: [sent.t0, sent.t1] };
  }
  return null;
}
