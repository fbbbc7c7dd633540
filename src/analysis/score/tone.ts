// Evaluative tone: how warmly each side describes what both talk about. Two accounts of
// one meeting, "excellent" against "very meaningful and frank", diverge in intensity.
import type { Cue } from '../types.js';
import type { TextInfo, ToneMention } from './analyze.js';
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

export function tone(a: TextInfo, b: TextInfo): ToneResult {
  if (!a.tone.length || !b.tone.length) return { tone: 0, cues: [] };
  const diff = Math.abs(mean(a.tone) - mean(b.tone));
  if (diff < 1) return { tone: 0, cues: [] };
  const ma = strongest(a.tone)!;
  const mb = strongest(b.tone)!;
  const sa = side(a.text, ma.start, ma.end);
  const sb = side(b.text, mb.start, mb.end);
  const note = `tone ${mean(a.tone).toFixed(1)} against ${mean(b.tone).toFixed(1)}: "${sa.text}" vs "${sb.text}"`;
  return { tone: Math.min(1, diff / 3), cues: [{ type: 'tone', note, a: sa, b: sb }] };
}
