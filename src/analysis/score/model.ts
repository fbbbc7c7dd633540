// The fitted combination: logistic regression over the component features, and the
// hand-set context parameters, all read from weights.json (refit: scripts/fit-weights.ts).
import weightsFile from './weights.json' with { type: 'json' };
import { FEATURE_NAMES, type FeatureName } from './features.js';

export interface Weights {
  bias: number;
  weights: Record<string, number>;
  flagThreshold: number;
  gate: { lo: number; hi: number };
  context: {
    quoteVariant: {
      /** Longest verbatim run of words that alone makes two texts one utterance. */
      minRun: number;
      /** Or: matched words in the near-identical stretch, covering this share of the shorter text. */
      minSharedRun: number;
      minShorterCover: number;
      /** Differing words in the stretch: at most max(maxDiffWords, maxDiffShare × matched words). */
      maxDiffWords: number;
      maxDiffShare: number;
      maxDrift: number;
      base: number;
    };
    accounts: { toneWeight: number; modalityWeight: number; conditionWeight: number; negationWeight: number; minStrength: number };
    sameSpeakerCap: number;
    /** Share of the shorter statement that must align before an opposite or a sister term counts. */
    contrastMinCover: number;
  };
}

export const WEIGHTS: Weights = weightsFile;

export function logistic(features: Record<FeatureName, number>, w: Weights = WEIGHTS): number {
  let z = w.bias;
  for (const name of FEATURE_NAMES) z += (w.weights[name] ?? 0) * features[name];
  return 1 / (1 + Math.exp(-z));
}
