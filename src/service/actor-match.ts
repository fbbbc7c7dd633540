import type { DiscoveredActor } from '../analysis/types.js';

export interface KnownActor {
  id: number;
  name: string;
  type: string;
  aliases: string[];
}

const tokens = (name: string): string[] => name.toLowerCase().split(/[\s-]+/).filter(Boolean);

/** Levenshtein distance ≤ 1: Zelensky / Zelenskyy, Kyiv / Kiev are one person or place. */
function nearlySame(a: string, b: string): boolean {
  if (a === b) return true;
  if (Math.abs(a.length - b.length) > 1 || Math.min(a.length, b.length) < 6) return false;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  const ra = a.slice(i);
  const rb = b.slice(i);
  return ra.slice(1) === rb.slice(1) || ra.slice(1) === rb || ra === rb.slice(1);
}

/** Two person names agree when surnames match and the given names, where both have them, do too. */
function samePerson(a: string, b: string): boolean {
  const ta = tokens(a);
  const tb = tokens(b);
  const la = ta[ta.length - 1];
  const lb = tb[tb.length - 1];
  if (!la || !lb || !nearlySame(la, lb)) return false;
  const fa = ta.slice(0, -1);
  const fb = tb.slice(0, -1);
  if (fa.length === 0 || fb.length === 0) return true;
  return fa[0] === fb[0] || (fa[0]?.[0] === fb[0]?.[0] && (fa[0]?.length === 1 || fb[0]?.length === 1));
}

/**
 * The stored actor a newly discovered one is, or null for a new actor.
 * Only names are trusted across documents: role phrases ("the president") mean different people in different articles.
 */
export function matchActor(found: DiscoveredActor, known: KnownActor[]): KnownActor | null {
  const name = found.name.toLowerCase();
  const exact = known.find((k) => k.name.toLowerCase() === name);
  if (exact) return exact;
  if (found.type === 'person') {
    const people = known.filter((k) => k.type === 'person' && samePerson(k.name, found.name));
    // A bare surname shared by two stored people is ambiguous: make no guess.
    if (people.length === 1) return people[0] ?? null;
    return null;
  }
  const names = new Set([found.name, ...found.aliases].map((n) => n.toLowerCase()));
  return known.find((k) => k.type === found.type && [k.name, ...k.aliases].some((n) => names.has(n.toLowerCase()))) ?? null;
}

/** The better canonical name of two for one person: the longer full name. */
export function canonicalName(current: string, found: string): string {
  return tokens(found).length > tokens(current).length && samePerson(current, found) ? found : current;
}
