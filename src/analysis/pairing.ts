// Blocking keys for candidate statement pairs: the store indexes each statement under these keys and
// compares a new statement only with statements sharing one, never everything with everything.
import common from './lexicon/events-common.json' with { type: 'json' };
import { tokenize, isStopword, stem } from './text/tokens.js';

// By stem, so every inflection of a common word ("wants", "wanted") is left out.
const COMMON = new Set(common.map((w) => stem(w)));
/** Content stems per statement: enough to meet a rewording, few enough to keep postings short. */
const MAX_STEM_KEYS = 6;
export const MAX_STATEMENT_KEYS = 14;

function norm(name: string): string {
  return name.trim().toLowerCase().replace(/\s+/g, ' ');
}

/** The key every statement of one event is indexed under; rename it when events merge. */
export function eventBlockKey(eventId: string): string {
  return `e:${eventId}`;
}

export function statementKeys(s: { speaker: string | null; text: string; about: string[] }, eventId: string | null): string[] {
  const keys: string[] = [];
  // Same event: accounts of one happening are paired even with no word in common.
  if (eventId) keys.push(eventBlockKey(eventId));
  // Actors: a claim about Y meets Y's own statements; X's statements meet each other.
  if (s.speaker) keys.push(`a:${norm(s.speaker)}`);
  for (const a of s.about) keys.push(`a:${norm(a)}`);
  // Rarer content stems: long, not among the common news words; names (capitalised) first.
  const seen = new Map<string, number>();
  for (const t of tokenize(s.text)) {
    if (t.lower.length < 4 || isStopword(t.lower) || COMMON.has(t.stem) || /^\d+$/.test(t.lower)) continue;
    const score = t.lower.length + (/^\p{Lu}/u.test(t.raw) && t.start > 0 ? 4 : 0);
    seen.set(t.stem, Math.max(seen.get(t.stem) ?? 0, score));
  }
  const stems = [...seen.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).slice(0, MAX_STEM_KEYS);
  for (const [st] of stems) keys.push(`w:${st}`);
  return [...new Set(keys)].slice(0, MAX_STATEMENT_KEYS);
}
