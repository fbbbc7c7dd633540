// Which kind of divergence a flagged pair is (DESIGN.md: divergence kinds).
import type { DivergenceKind, ScoringStatement } from '../types.js';

function norm(s: string): string {
  return s.trim().toLowerCase();
}

export function sameSpeaker(a: ScoringStatement, b: ScoringStatement): boolean {
  return !!a.speaker && !!b.speaker && norm(a.speaker) === norm(b.speaker);
}

/** x claims something about y's speaker (or y's side) and y speaks for itself. */
function claimsAbout(x: ScoringStatement, y: ScoringStatement): boolean {
  if (x.kind !== 'claimed' || y.kind === 'claimed' || !y.speaker) return false;
  const targets = new Set([y.speaker, ...y.speakerAffiliation].map(norm));
  return x.about.some((t) => targets.has(norm(t)));
}

export function isStatedVsClaimed(a: ScoringStatement, b: ScoringStatement): boolean {
  return !sameSpeaker(a, b) && (claimsAbout(a, b) || claimsAbout(b, a));
}

/** Names each side brings: speaker, affiliation, the actors it is about. */
export function sharesActors(a: ScoringStatement, b: ScoringStatement): boolean {
  if (!b.speaker && !b.about.length && !b.speakerAffiliation.length) return false;
  const sa = new Set([a.speaker ?? '', ...a.speakerAffiliation, ...a.about].filter(Boolean).map(norm));
  return [b.speaker ?? '', ...b.speakerAffiliation, ...b.about].some((n) => n && sa.has(norm(n)));
}

/**
 * stated-vs-claimed: X's claim about Y meets Y's own statement on the same proposition (a
 * negation, hedge, condition or contrast on it). contradiction: a conflict in what both say.
 * divergent-accounts: two actors' accounts of one event that differ in tone or certainty.
 */
export function decideKind(
  a: ScoringStatement,
  b: ScoringStatement,
  opts: { quoteVariant: boolean; sameEvent: boolean; evidence: { negation: number; modality: number; condition: number; contrast: number; tone: number } },
): DivergenceKind | null {
  if (sameSpeaker(a, b)) return opts.quoteVariant ? 'quote-variant' : null;
  const e = opts.evidence;
  const proposition = e.negation > 0 || e.contrast > 0 || e.modality > 0 || e.condition > 0;
  if (isStatedVsClaimed(a, b) && proposition) return 'stated-vs-claimed';
  if (e.negation > 0 || e.contrast > 0) return 'contradiction';
  if (opts.sameEvent) return 'divergent-accounts';
  if (isStatedVsClaimed(a, b)) return 'stated-vs-claimed';
  return 'contradiction';
}
