// Pair scoring: components → fitted logistic score, context overlays (quote variants,
// divergent accounts), relatedness gate, kind. Pure: no I/O beyond lazily read word lists.
import type { Cue, PairContext, PairScore, ScoringStatement } from '../types.js';
import { analyzePair, FEATURE_NAMES, type PairAnalysis } from './features.js';
import { WEIGHTS, logistic, type Weights } from './model.js';
import { relatedness, gate } from './relatedness.js';
import { decideKind, isStatedVsClaimed, sameSpeaker, sharesActors } from './kind.js';

export const FLAG_THRESHOLD: number = WEIGHTS.flagThreshold;

function round(x: number): number {
  return Math.round(x * 1e4) / 1e4;
}

export function scorePair(a: ScoringStatement, b: ScoringStatement, ctx: PairContext): PairScore {
  return scoreAnalysis(analyzePair(a.text, b.text), a, b, ctx, WEIGHTS);
}

/** The scoring after the text analysis, with the weights given (the fitting script tries its own). */
export function scoreAnalysis(p: PairAnalysis, a: ScoringStatement, b: ScoringStatement, ctx: PairContext, w: Weights): PairScore {
  const f = p.features;
  const speakerSame = sameSpeaker(a, b);
  const rel = relatedness(f.content, sharesActors(a, b), ctx.sameEvent);
  const g = gate(rel, w.gate.lo, w.gate.hi);
  const lr = logistic(f, w);
  let score = lr * g;
  const cues: Cue[] = p.cues.slice();

  // One utterance carried two ways by two documents (documents unknown count as different).
  const qv = w.context.quoteVariant;
  const differentDocs = !a.documentId || !b.documentId || a.documentId !== b.documentId;
  const quoteVariant =
    speakerSame && differentDocs && p.wording.sharedRun >= qv.minSharedRun && p.wording.drift > 0 && p.wording.drift <= qv.maxDrift;
  if (quoteVariant) {
    const s = w.flagThreshold + (1 - w.flagThreshold) * Math.min(1, qv.base + p.wording.drift);
    score = Math.max(score, s);
    cues.push(...p.wording.cues);
  }

  // Accounts of one event by different actors, or a claim set against its subject's statement:
  // tone and certainty gaps matter here although they are no logical contradiction.
  if (!speakerSame && (ctx.sameEvent || isStatedVsClaimed(a, b))) {
    const acc = w.context.accounts;
    const strength =
      1 -
      (1 - acc.toneWeight * f.tone) *
        (1 - acc.modalityWeight * f.modality) *
        (1 - acc.conditionWeight * f.condition) *
        (1 - acc.negationWeight * f.negation);
    if (strength + acc.bias > 0 && g > 0) {
      const s = (w.flagThreshold + (1 - w.flagThreshold) * Math.min(1, strength + acc.bias)) * g;
      score = Math.max(score, s);
    }
  }

  // The same speaker saying two different things is not a divergence (C1).
  if (speakerSame && !quoteVariant) score = Math.min(score, w.flagThreshold * w.context.sameSpeakerCap);

  // A flag must carry its evidence: without a cue the score stays below the threshold.
  if (!cues.length) score = Math.min(score, w.flagThreshold * 0.99);
  const flag = score >= w.flagThreshold;
  const components: Record<string, number> = { relatedness: round(rel), content: round(f.content), logistic: round(lr), wordingDrift: round(p.wording.drift) };
  for (const k of FEATURE_NAMES) components[k] = round(f[k]);
  return {
    score: round(score),
    relatedness: round(rel),
    flag,
    kind: flag ? decideKind(a, b, { quoteVariant, sameEvent: ctx.sameEvent, cueTypes: p.has }) : null,
    components,
    cues,
  };
}
