// Evaluative tone: how warmly each side describes what both talk about. Two accounts of
// one meeting, "excellent" against "very meaningful and frank", diverge in intensity.
import type { Cue } from '../types.js';
import type { TextInfo, ToneMention, Unit } from './analyze.js';
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

/** Evaluations of unit u: in its clause, shortly after it ("the conversation was excellent", "the chat as very frank"). */
function evaluating(info: TextInfo, u: Unit): ToneMention[] {
  return info.tone.filter((m) => m.clause === u.clause && m.tok > u.tokFrom && m.tok - u.tokTo < TARGET_REACH);
}

/**
 * How far (tokens) an evaluation may follow what it evaluates: "the conversation were
 * excellent", "their chat as very meaningful". Farther on, it evaluates something else of a
 * long clause ("every two or three years … a whole new cycle of tough film-makers").
 */
const TARGET_REACH = 6;

/**
 * Tone counts when both sides evaluate what they share: an aligned unit (not a light word)
 * stands before the evaluative words in its clause on each side ("the conversation was
 * excellent" / "the chat was very meaningful and frank"), not an evaluation of something else
 * ("the meeting with the union was excellent" / "a pension deal will be difficult, the union warned").
 */
export function tone(a: TextInfo, b: TextInfo, al: Alignment): ToneResult {
  if (!a.tone.length || !b.tone.length) return { tone: 0, cues: [] };
  const ta = new Set<ToneMention>();
  const tb = new Set<ToneMention>();
  for (let i = 0; i < a.units.length; i++) {
    const j = al.aToB[i]!;
    if (j < 0 || a.units[i]!.light || b.units[j]!.light) continue;
    const ma = evaluating(a, a.units[i]!);
    const mb = evaluating(b, b.units[j]!);
    if (!ma.length || !mb.length) continue;
    for (const m of ma) ta.add(m);
    for (const m of mb) tb.add(m);
  }
  if (!ta.size || !tb.size) return { tone: 0, cues: [] };
  const diff = Math.abs(mean([...ta]) - mean([...tb]));
  if (diff < 1) return { tone: 0, cues: [] };
  const ma = strongest([...ta])!;
  const mb = strongest([...tb])!;
  const sa = side(a.text, ma.start, ma.end);
  const sb = side(b.text, mb.start, mb.end);
  const note = `tone ${mean([...ta]).toFixed(1)} against ${mean([...tb]).toFixed(1)}: "${sa.text}" vs "${sb.text}"`;
  return { tone: Math.min(1, diff / 3), cues: [{ type: 'tone', note, a: sa, b: sb }] };
}
