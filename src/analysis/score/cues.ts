// Building cue sides: every span indexes its own statement's text.
import type { CueSide } from '../types.js';

export function side(text: string, start: number, end: number): CueSide {
  return { start, end, text: text.slice(start, end) };
}
