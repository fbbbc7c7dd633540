// Evaluative tone: how warmly each side describes what both talk about. Two accounts of
// one meeting, "excellent" against "very meaningful and frank", diverge in intensity.
import type { Cue } from '../types.js';
import type { TextInfo, ToneMention } from './analyze.js';
import type { Alignment } from './align.js';
import { side } from './cues.js';

export interface ToneResult {
  /** Difference of the strongest evaluations, scaled to 0..1 (3 points = 1). */
  tone: number;
  cues: Cue[];
}

function strongest(ms: ToneMention[]): ToneMention | undefined {
  let best: ToneMention | undefined;
  for (const m of ms) if (!best || Math.abs(m.value) > Math.abs(best.value)) best = m;
  return best;
}

function mean(ms: ToneMention[]): number {
  return ms.reduce((s, m) => s + m.value, 0) / ms.length;
}

/**
 * Clauses of each side that talk about what the other side talks about: they hold a unit
 * aligned to a unit of the other (stem, synonym, one a kind of the other), not a light word.
 */
function linkedClauses(a: TextInfo, b: TextInfo, al: Alignment): [Set<number>, Set<number>] {
  const ca = new Set<number>();
  const cb = new Set<number>();
  for (let i = 0; i < a.units.length; i++) {
    const j = al.aToB[i]!;
    if (j < 0 || a.units[i]!.light || b.units[j]!.light) continue;
    ca.add(a.units[i]!.clause);
    cb.add(b.units[j]!.clause);
  }
  return [ca, cb];
}

/**
 * Tone counts when both sides evaluate what they share: each side's evaluative words sit in
 * a clause aligned to the other side ("the conversation was excellent" / "the chat was very
 * meaningful and frank"), not an evaluation of something else ("a tremendous opportunity for jobs").
 */
export function tone(a: TextInfo, b: TextInfo, al: Alignment): ToneResult {
  if (!a.tone.length || !b.tone.length) return { tone: 0, cues: [] };
  const [ca, cb] = linkedClauses(a, b, al);
  const ta = a.tone.filter((m) => ca.has(m.clause));
  const tb = b.tone.filter((m) => cb.has(m.clause));
  if (!ta.length || !tb.length) return { tone: 0, cues: [] };
  const diff = Math.abs(mean(ta) - mean(tb));
  if (diff < 1) return { tone: 0, cues: [] };
  const ma = strongest(ta)!;
  const mb = strongest(tb)!;
  const sa = side(a.text, ma.start, ma.end);
  const sb = side(b.text, mb.start, mb.end);
  const note = `tone ${mean(ta).toFixed(1)} against ${mean(tb).toFixed(1)}: "${sa.text}" vs "${sb.text}"`;
  return { tone: Math.min(1, diff / 3), cues: [{ type: 'tone', note, a: sa, b: sb }] };
}
