// extract(text): statements (who said what) and the actors of one document.
// Stages, in order: segment → transcript lines, quotes & reported speech → floating quotes → attribution →
// actors → classification. Each stage is a pure function over the previous one's data.
import type { ExtractedStatement, Extraction } from '../types.js';
import { segment, type Paragraph } from './segment.js';
import type { Draft } from './draft.js';
import { findDrafts } from './patterns.js';
import { addFloating } from './floating.js';
import { transcriptDrafts } from './transcript.js';
import { attribute } from './attribute.js';
import { Registry, type Actor } from './registry.js';
import { classify, modeOf, type Piece } from './classify.js';
import { shareSpan } from './shares.js';

export interface ExtractOptions {
  publishedAt?: string | null;
  title?: string | null;
}

export function extract(text: string, options: ExtractOptions = {}): Extraction {
  const paras = segment(text);
  markTitle(paras, text, options.title ?? null);
  const lines = transcriptDrafts(paras, text);
  const reg = new Registry(text);
  reg.discover(paras);
  const drafts = addFloating(paras, [...lines, ...paras.flatMap((p) => findDrafts(p, text))], text);
  drafts.sort((x, y) => x.para - y.para || x.sent - y.sent || x.pieces[0][0] - y.pieces[0][0]);
  const attributed = attribute(paras, drafts, reg, text);
  const used = new Set<Actor>();
  const statements: ExtractedStatement[] = [];
  for (const { draft, speaker, actor } of attributed) {
    const pieces = piecesOf(paras, draft);
    const sentence = paras[draft.para].sentences[draft.sent];
    const share = shareSpan(draft.speaker, sentence.s, sentence.e, text);
    const lastPiece = pieces[pieces.length - 1];
    const start = Math.min(pieces[0].toks[pieces[0].a].s, share?.[0] ?? Infinity);
    const end = Math.max(lastPiece.toks[lastPiece.b - 1].e, share?.[1] ?? -Infinity);
    if (end <= start) continue;
    const { kind, about } = classify(pieces, actor, speaker !== null, reg, text);
    if (actor !== null) used.add(actor);
    for (const name of about) {
      const a = reg.actors.find((x) => x.name === name);
      if (a !== undefined) used.add(a);
    }
    statements.push({
      speaker,
      text: text.slice(start, end),
      start,
      end,
      mode: modeOf(pieces),
      kind,
      about,
      cue: draft.cue === null ? null : text.slice(draft.cue.s, draft.cue.e),
    });
  }
  statements.sort((a, b) => a.start - b.start);
  return { statements: dedupe(statements), actors: reg.output(used) };
}

function piecesOf(paras: Paragraph[], d: Draft): Piece[] {
  const toks = paras[d.para].toks;
  const out: Piece[] = d.pieces.map(([a, b]) => ({ toks, a, b }));
  for (const t of d.tail ?? []) out.push({ toks: paras[t.para].toks, a: t.a, b: t.b });
  return out;
}

/** A line repeating the given title is a headline, whatever its punctuation. */
function markTitle(paras: Paragraph[], text: string, title: string | null): void {
  if (title === null) return;
  const norm = (s: string): string => s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
  const t = norm(title);
  if (t === '') return;
  for (const p of paras) if (norm(text.slice(p.s, p.e)) === t) p.kind = 'headline';
}

/** Two statements over the same span (a cue seen twice) keep the first. */
function dedupe(list: ExtractedStatement[]): ExtractedStatement[] {
  const out: ExtractedStatement[] = [];
  for (const s of list) {
    const prev = out[out.length - 1];
    if (prev !== undefined && prev.start === s.start && prev.end === s.end) continue;
    out.push(s);
  }
  return out;
}
