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
    /** The same for sister terms alone (no opposite, no number): "union" / "league" in two different sentences is chance. */
    sisterMinCover: number;
  };
}

export const WEIGHTS: Weights = weightsFile;

// the weights in FEATURE_NAMES order, once per weights object (scoring reads them per pair)
const ordered = new WeakMap<Weights, Float64Array>();

export function logistic(features: Record<FeatureName, number>, w: Weights = WEIGHTS): number {
  let ws = ordered.get(w);
  if (!ws) ordered.set(w, (ws = Float64Array.from(FEATURE_NAMES, (n) => w.weights[n] ?? 0)));
  let z = w.bias;
  for (let k = 0; k < FEATURE_NAMES.length; k++) z += ws[k]! * features[FEATURE_NAMES[k]!];
  return 1 / (1 + Math.exp(-z));
}
