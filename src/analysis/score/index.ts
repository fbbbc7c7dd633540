// Pair scoring: components → fitted logistic score, context overlays (quote variants,
// divergent accounts), relatedness gate, kind. Pure: no I/O beyond lazily read word lists.
import type { Cue, PairContext, PairScore, ScoringStatement } from '../types.js';
import { analyzePair, FEATURE_NAMES, type PairAnalysis } from './features.js';
import { WEIGHTS, logistic, type Weights } from './model.js';
import { relatedness, gate, contentRelatednessBound } from './relatedness.js';
import { analyze } from './analyze.js';
import { decideKind, isStatedVsClaimed, sameSpeaker, sharesActors } from './kind.js';
import { betweenSelves } from './self.js';
import { differences } from './wording.js';
import { asReported, onStoredTexts } from './reported.js';

export const FLAG_THRESHOLD: number = WEIGHTS.flagThreshold;

function round(x: number): number {
  return Math.round(x * 1e4) / 1e4;
}

/**
 * Scores one pair. Outside one event, a pair whose relatedness cannot reach the gate even at
 * its upper bound (no shared actor, no shared or related word) is answered without the full
 * pair analysis: the service scores each new statement against hundreds of candidates.
 */
export function scorePair(storedA: ScoringStatement, storedB: ScoringStatement, ctx: PairContext): PairScore {
  const ra = asReported(storedA);
  const rb = asReported(storedB);
  const a = ra.statement;
  const b = rb.statement;
  if (!ctx.sameEvent && !sameSpeaker(a, b) && !sharesActors(a, b)) {
    const bound = contentRelatednessBound(analyze(a.text), analyze(b.text), WEIGHTS.gate.lo);
    if (relatedness(bound, false, false) <= WEIGHTS.gate.lo) return unrelated(bound);
  }
  return onStoredTexts(scoreAnalysis(analyzePair(a.text, b.text), a, b, ctx, WEIGHTS), ra, rb, storedA.text, storedB.text);
}

function unrelated(bound: number): PairScore {
  return { score: 0, relatedness: round(bound), flag: false, kind: null, leaning: null, components: { relatedness: round(bound), relatednessBound: 1 }, cues: [] };
}

/** What a pair's evidence rests on, for the flag rules and the kind. */
export interface Evidence {
  /** Polarity conflict on the predicate both share (the negation's focus is aligned). */
  negation: number;
  modality: number;
  condition: number;
  /** Opposites, different members of one category in one slot, different numbers or dates. */
  contrast: number;
  /** Different evaluations of what both describe. */
  tone: number;
}

/** `claim`: a claim about one speaker meets that speaker's own words, so the subject is given. */
export function evidenceOf(p: PairAnalysis, claim = false): Evidence {
  const f = p.features;
  return {
    // how much of what the negation denies the other side asserts ("no one will withdraw our
    // troops" against "withdraw its troops": all of it; against "could withdraw from the talks": a third)
    // (proposition.ts: a predicate the other side asserts with its arguments, in one place)
    negation: claim ? Math.max(f.propNegation, f.propNegationClaim) : f.propNegation,
    modality: f.modality,
    condition: f.condition,
    // in one slot of two clauses that otherwise say the same thing
    contrast: f.propContrast,
    tone: f.tone,
  };
}

/** One utterance rendered two ways: a long verbatim run (or most of the shorter text) and a small word-level diff that carries meaning. */
export function isOneUtterance(p: PairAnalysis, w: Weights, reported = false): boolean {
  const qv = w.context.quoteVariant;
  const d = p.wording;
  if (d.drift <= 0 || d.drift > qv.maxDrift) return false;
  if (d.diffWords > Math.max(qv.maxDiffWords, Math.round(qv.maxDiffShare * d.sharedRun))) return false;
  if (!(d.longestRun >= qv.minRun || (d.sharedRun >= qv.minSharedRun && d.shorterCover >= qv.minShorterCover))) return false;
  const diff = differences(p.a, p.b, d);
  return reported ? diff.meaningfulQuoted : diff.meaningful;
}

/**
 * A score that may not flag, squeezed below the threshold without merging ranks: pairs
 * without evidence keep their order (a clipped score would tie them all just under it).
 */
function belowThreshold(score: number, w: Weights): number {
  return score * w.flagThreshold * 0.99;
}

/** The scoring after the text analysis, with the weights given (the fitting script tries its own). */
export function scoreAnalysis(p: PairAnalysis, a: ScoringStatement, b: ScoringStatement, ctx: PairContext, w: Weights): PairScore {
  const f = p.features;
  const speakerSame = sameSpeaker(a, b);
  const rel = relatedness(f.content, sharesActors(a, b), ctx.sameEvent);
  const g = gate(rel, w.gate.lo, w.gate.hi);
  const lr = logistic(f, w);
  const claimMeetsStatement = isStatedVsClaimed(a, b);
  const ev = evidenceOf(p, claimMeetsStatement);
  // two speakers each saying what they themselves will or won't do: no shared doer
  const selves = new Set<Cue>();
  if (a.speaker && b.speaker && !speakerSame && !claimMeetsStatement) {
    for (const c of p.cues) if (c.type === 'negation' && !p.weak.has(c) && betweenSelves(c, p.a, p.b)) selves.add(c);
    if (selves.size && p.cues.every((c) => c.type !== 'negation' || p.weak.has(c) || selves.has(c))) ev.negation = 0;
  }
  // The fitted score flags only on a conflict in a proposition both express (proposition.ts):
  // a polarity clash on the shared predicate with its arguments, opposites, numbers or dates in
  // one slot of clauses that otherwise match. Hedges and tone alone are no contradiction.
  // Opposites count only between statements that mostly say the same thing (one scene told
  // two ways); across long statements war/peace, end/begin pairs turn up by chance.
  // Sister terms (guitar / flute, union / league) conflict only where all else is the same
  // sentence; an opposite (win / lose) already where most of it is.
  const minCover = f.antonym > 0 || f.number > 0 ? w.context.contrastMinCover : w.context.sisterMinCover;
  const hard = ev.negation > 0 || (ev.contrast > 0 && f.swapCover >= minCover);
  let score = lr * g;
  if (!hard) score = belowThreshold(score, w);
  // evidence about another proposition is no evidence: it would only send a reader astray
  const cues: Cue[] = p.cues.filter((c) => !selves.has(c) && (!p.weak.has(c) || (claimMeetsStatement && p.claimOnly.has(c))));

  // One utterance carried two ways by two documents (documents unknown count as different).
  const differentDocs = !a.documentId || !b.documentId || a.documentId !== b.documentId;
  // Statements known to be reported speech: only a change inside quotation marks is a changed quote
  // (bare texts, as POST /compare gets them, are taken as the speaker's words)
  const reported = !!a.mode && !!b.mode;
  const quoteVariant = speakerSame && differentDocs && isOneUtterance(p, w, reported);
  if (quoteVariant) {
    const s = w.flagThreshold + (1 - w.flagThreshold) * Math.min(1, w.context.quoteVariant.base + p.wording.drift);
    score = Math.max(score, s);
    cues.push(...differences(p.a, p.b, p.wording).cues);
  }

  // Accounts of one event by different actors, or a claim set against its subject's own
  // statement: certainty and tone gaps matter here although they are no logical contradiction.
  // Each piece of evidence must sit on what both talk about (aligned predicate or target).
  if (!speakerSame && (ctx.sameEvent || claimMeetsStatement) && g > 0) {
    const acc = w.context.accounts;
    // Opposites and sister terms are left to the fitted score, which weighs them by how much
    // of the two statements aligns: across long news statements war/peace pairs are everywhere.
    const parts = [acc.negationWeight * ev.negation];
    // a hedge or a condition diverges from a claim about the speaker's own commitment to the same
    // happening; across events the hedge is often about something else (BBC: 3 of 5 such flags gone)
    if (claimMeetsStatement && !ctx.differentEvents) parts.push(acc.modalityWeight * ev.modality, acc.conditionWeight * ev.condition);
    if (ctx.sameEvent) parts.push(acc.toneWeight * ev.tone);
    const strength = 1 - parts.reduce((q, x) => q * (1 - Math.min(1, x)), 1);
    if (strength >= acc.minStrength) {
      const s = (w.flagThreshold + (1 - w.flagThreshold) * ((strength - acc.minStrength) / (1 - acc.minStrength))) * g;
      score = Math.max(score, s);
    }
  }

  // The same speaker saying two different things is not a divergence (C1).
  if (speakerSame && !quoteVariant) score = Math.min(score, w.flagThreshold * w.context.sameSpeakerCap);

  // A flag must carry its evidence: without a cue the score stays below the threshold.
  if (!cues.length && score >= w.flagThreshold) score = belowThreshold(score, w);
  const flag = score >= w.flagThreshold;
  const components: Record<string, number> = { relatedness: round(rel), content: round(f.content), dice: round(f.dice), logistic: round(lr), wordingDrift: round(p.wording.drift) };
  // the features that fired: a zero says nothing and would only bulk up every stored divergence
  for (const k of FEATURE_NAMES) if (f[k] !== 0) components[k] = round(f[k]);
  const leaning = decideKind(a, b, { quoteVariant, sameEvent: ctx.sameEvent, evidence: ev });
  return { score: round(score), relatedness: round(rel), flag, kind: flag ? leaning : null, leaning, components, cues };
}
