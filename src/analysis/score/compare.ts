// What `divergence compare` and POST /compare call: two bare texts, optional speakers.
import type { PairScore, ScoringStatement } from '../types.js';
import { scorePair } from './index.js';

function statement(text: string, speaker: string | null | undefined): ScoringStatement {
  return { text, speaker: speaker ?? null, speakerAffiliation: [], kind: null, about: [], documentId: null };
}

export function compareTexts(input: { a: string; b: string; speakerA?: string | null; speakerB?: string | null }): PairScore {
  return scorePair(statement(input.a, input.speakerA), statement(input.b, input.speakerB), { sameEvent: false });
}
