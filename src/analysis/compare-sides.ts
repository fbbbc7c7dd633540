// Two texts given with their speakers (POST /compare, `divergence compare`) are read as statements:
// is each the speaker's own position or a claim about the other side? Trump's "Russia and Ukraine will
// immediately start negotiations" against Putin's own words is a claim meeting the account it is
// about, and only then do certainty and conditions decide a divergence. Without speakers the texts
// are compared bare.
import { extract } from './extract/index.js';
import { scorePair } from './score/index.js';
import type { PairScore, ScoringStatement } from './types.js';

export interface CompareSide {
  text: string;
  speaker?: string | null | undefined;
  /** Countries or bodies the speaker speaks for (Putin: Russia, the Kremlin). */
  affiliation?: string[] | undefined;
}

const lower = (s: string): string => s.trim().toLowerCase();

function surname(name: string): string {
  const parts = name.trim().split(/\s+/);
  return lower(parts[parts.length - 1] ?? name);
}

/** "Putin" and "President Putin" name Vladimir Putin: the whole name, or a person's surname. */
function names(name: string, person: string): boolean {
  if (lower(name) === lower(person)) return true;
  return person.trim().includes(' ') && surname(name) === surname(person);
}

function ownSide(name: string, side: CompareSide): boolean {
  if (side.speaker && names(name, side.speaker)) return true;
  return (side.affiliation ?? []).some((a) => lower(a) === lower(name));
}

/** Kind and `about` as extraction would give them had the text been quoted with its speaker. */
export function sideStatement(side: CompareSide, other: CompareSide): ScoringStatement {
  const base: ScoringStatement = { text: side.text, speaker: side.speaker ?? null, speakerAffiliation: side.affiliation ?? [], kind: null, about: [], documentId: null };
  const speaker = side.speaker?.trim();
  if (!speaker) return base;
  const found = extract(`${speaker} said: "${side.text}"`, { publishedAt: null, title: null }).statements.find((s) => s.speaker !== null);
  if (!found) return base;
  const about: string[] = [];
  for (const name of found.about) {
    if (ownSide(name, side)) continue;
    const target = other.speaker && names(name, other.speaker) ? other.speaker : name;
    if (!about.includes(target)) about.push(target);
  }
  return { ...base, kind: about.length > 0 ? 'claimed' : 'stated', about };
}

export function compareSides(a: CompareSide, b: CompareSide): PairScore {
  return scorePair(sideStatement(a, b), sideStatement(b, a), { sameEvent: false });
}
