// Logistic regression by full-batch gradient descent with L2, rows weighted so that
// each data file counts equally. Small data, a few features: plain and deterministic.
export interface Row {
  x: number[];
  y: 0 | 1;
  w: number;
}

export interface Fitted {
  weights: number[];
  bias: number;
}

export function fitLogistic(rows: Row[], opts: { l2?: number; iterations?: number; rate?: number } = {}): Fitted {
  const l2 = opts.l2 ?? 1e-3;
  const iterations = opts.iterations ?? 3000;
  const rate = opts.rate ?? 0.5;
  const d = rows[0]?.x.length ?? 0;
  const w = new Float64Array(d);
  let b = 0;
  const totalW = rows.reduce((s, r) => s + r.w, 0) || 1;
  // Adam keeps the step sizes sane across features of different scales.
  const m = new Float64Array(d + 1);
  const v = new Float64Array(d + 1);
  const b1 = 0.9;
  const b2 = 0.999;
  for (let it = 1; it <= iterations; it++) {
    const g = new Float64Array(d + 1);
    for (const r of rows) {
      let z = b;
      for (let k = 0; k < d; k++) z += w[k]! * r.x[k]!;
      const p = 1 / (1 + Math.exp(-z));
      const e = ((p - r.y) * r.w) / totalW;
      for (let k = 0; k < d; k++) g[k]! += e * r.x[k]!;
      g[d]! += e;
    }
    for (let k = 0; k < d; k++) g[k]! += l2 * w[k]!;
    for (let k = 0; k <= d; k++) {
      m[k] = b1 * m[k]! + (1 - b1) * g[k]!;
      v[k] = b2 * v[k]! + (1 - b2) * g[k]! * g[k]!;
      const step = (rate * 0.1 * (m[k]! / (1 - b1 ** it))) / (Math.sqrt(v[k]! / (1 - b2 ** it)) + 1e-8);
      if (k < d) w[k]! -= step;
      else b -= step;
    }
  }
  return { weights: [...w], bias: b };
}

import type { PairAnalysis } from './features.js';
import { FEATURE_NAMES } from './features.js';
import type { Weights } from './model.js';
import type { ScoringStatement } from '../types.js';
import { scoreAnalysis } from './index.js';
import { prf } from './evaluate.js';

export interface LabelledPair {
  id: string;
  a: string;
  b: string;
  positive: boolean;
  analysis: PairAnalysis;
}

export interface Dataset {
  name: string;
  pairs: LabelledPair[];
  /** Recall of the flag this set must keep on its fitting pairs: thresholds below it are not considered. */
  minRecall?: number;
}

function bare(text: string): ScoringStatement {
  return { text, speaker: null, speakerAffiliation: [], kind: null, about: [], documentId: null };
}

/** Scores exactly as compareTexts would, with the weights given. */
export function scoreBare(p: LabelledPair, w: Weights): { score: number; flag: boolean } {
  const s = scoreAnalysis(p.analysis, bare(p.a), bare(p.b), { sameEvent: false }, w);
  return { score: s.score, flag: s.flag };
}

export const SIZE_POWER = 0.3;

/**
 * Fit the logistic weights on the given pairs, then pick the flag threshold that maximises
 * the mean over the data sets of F1 (accuracy for a balanced set, where F1 rewards flagging all);
 * sets where no threshold reaches F1 0.5 do not vote.
 */
export function fitWeights(sets: Dataset[], base: Weights, opts: { l2?: number; sizePower?: number } = {}): Weights {
  const sizePower = opts.sizePower ?? SIZE_POWER;
  const rows: Row[] = [];
  for (const s of sets) {
    const nPos = s.pairs.filter((p) => p.positive).length;
    const nNeg = s.pairs.length - nPos;
    for (const p of s.pairs) {
      // classes balanced inside each set; sets weigh by their size to the power `sizePower`
      // (0.3: the big sets count more without drowning the small news-like ones, whose
      // long-text-against-short-claim pairs only they can teach)
      const w = (p.positive ? 0.5 / Math.max(1, nPos) : 0.5 / Math.max(1, nNeg)) * Math.pow(nPos + nNeg, sizePower);
      rows.push({ x: FEATURE_NAMES.map((n) => p.analysis.features[n]), y: p.positive ? 1 : 0, w });
    }
  }
  const fitted = fitLogistic(rows, { l2: opts.l2 ?? 1e-3 });
  const weights: Record<string, number> = {};
  FEATURE_NAMES.forEach((n, k) => (weights[n] = Math.round(fitted.weights[k]! * 1e4) / 1e4));
  const w: Weights = { ...base, weights, bias: Math.round(fitted.bias * 1e4) / 1e4 };
  // per set, its metric at each candidate threshold: F1, or accuracy for a balanced set
  const grid: number[] = [];
  for (let t = 0.2; t <= 0.9001; t += 0.01) grid.push(Math.round(t * 100) / 100);
  const table = sets.map((s) => {
    const pos = s.pairs.filter((p) => p.positive).length / Math.max(1, s.pairs.length);
    const balanced = pos > 0.4 && pos < 0.6;
    return grid.map((t) => {
      const wt = { ...w, flagThreshold: t };
      const m = prf(s.pairs.map((p) => ({ flag: scoreBare(p, wt).flag, positive: p.positive })));
      return balanced ? m.accuracy : m.f1;
    });
  });
  // A set on which no threshold gives useful flags (best F1 < 0.5: rare, hard contradictions in
  // natural text) still shapes the weights but not the threshold: it would only drag it down.
  // A set with a recall demand is served by it and does not vote as well.
  const useful = table.filter((row, i) => Math.max(...row) >= 0.5 && sets[i]!.minRecall === undefined);
  const voters = useful.length ? useful : table;
  // a set that demands a recall (the one-word-swap set: its swaps must stay flagged) rules out
  // the thresholds that lose it
  const recalls = sets.map((s) =>
    s.minRecall === undefined
      ? null
      : grid.map((t) => {
          const wt = { ...w, flagThreshold: t };
          return prf(s.pairs.map((p) => ({ flag: scoreBare(p, wt).flag, positive: p.positive }))).recall;
        }),
  );
  // a demand no threshold meets becomes "as close to it as any threshold gets"
  const demand = sets.map((s, i) => (s.minRecall === undefined ? 0 : Math.min(s.minRecall, Math.max(...recalls[i]!) - 0.005)));
  const allowed = grid.map((_, k) => sets.every((s, i) => s.minRecall === undefined || recalls[i]![k]! >= demand[i]!));
  const anyAllowed = allowed.some(Boolean);
  let best = { t: 0.5, f: -1 };
  grid.forEach((t, k) => {
    if (anyAllowed && !allowed[k]) return;
    const mean = voters.reduce((sum, row) => sum + row[k]!, 0) / voters.length;
    if (mean > best.f) best = { t, f: mean };
  });
  return { ...w, flagThreshold: best.t };
}
