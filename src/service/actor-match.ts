import type { DiscoveredActor } from '../analysis/types.js';

export interface KnownActor {
  id: number;
  name: string;
  type: string;
  aliases: string[];
}

const tokens = (name: string): string[] => name.toLowerCase().split(/[\s-]+/).filter(Boolean);
const oneWord = (name: string): boolean => tokens(name).length === 1;

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

/** Whether `text` has `phrase` as whole words, as capitalised (a name, not "Commission for Africa" for "For Africa"), in any spacing. */
function mentions(text: string, phrase: string): boolean {
  const words = phrase.split(/[\s-]+/).filter(Boolean).map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  return words.length > 0 && new RegExp(`(?<![\\p{L}\\p{N}])${words.join('[\\s-]+')}(?![\\p{L}\\p{N}])`, 'u').test(text);
}

/**
 * Whether the document of a one-word name names the stored actor `k` in full. A one-word name is
 * anyone's across articles ("Blair" is Tony, Cherie or Ian Blair; "Clarke" Charles or Ken; "City" any
 * club), so it joins an actor of a longer name only on that evidence. A stored one-word actor is never
 * widened to a full name: the documents that named it so are gone, and nothing says they meant this one.
 */
function vouched(k: KnownActor, documentText: string): boolean {
  if (oneWord(k.name)) return false;
  // Its full names: "George Bush" for George W Bush, not "Mr Bush" nor "Lord Goldsmith".
  const full = [k.name, ...k.aliases.filter((a) => !oneWord(a) && samePerson(k.name, a))];
  return full.some((n) => mentions(documentText, n));
}

/** The one candidate left, or null when none or several are (a shared surname is no evidence for either). */
const only = (candidates: KnownActor[]): KnownActor | null => (candidates.length === 1 ? (candidates[0] ?? null) : null);

/**
 * The stored actor a newly discovered one is, or null for a new actor; `documentText` is the text
 * the actor was discovered in. Only names are trusted across documents: role phrases ("the president")
 * mean different people in different articles, and one word names nobody in particular.
 */
export function matchActor(found: DiscoveredActor, known: KnownActor[], documentText: string): KnownActor | null {
  const name = found.name.toLowerCase();
  const exact = known.find((k) => k.name.toLowerCase() === name) ?? null;
  const names = new Set([found.name, ...found.aliases].map((n) => n.toLowerCase()));
  const shared = (k: KnownActor): string[] => [k.name, ...k.aliases].filter((n) => names.has(n.toLowerCase()));
  if (oneWord(found.name)) {
    // The one full actor this document names ("Charles Clarke" for its "Clarke") comes before a bare namesake.
    const related = (k: KnownActor): boolean => k.type === found.type && (found.type === 'person' ? samePerson(k.name, found.name) : shared(k).length > 0);
    return only(known.filter((k) => related(k) && vouched(k, documentText))) ?? exact;
  }
  if (exact) return exact;
  if (found.type === 'person') {
    // Given names must agree (a bare stored "Blair" is no evidence for this Blair); two namesakes are no evidence for either.
    return only(known.filter((k) => k.type === 'person' && !oneWord(k.name) && samePerson(k.name, found.name)));
  }
  // A multi-word name in common (Deutsche Bank) is one body; a shared "Police" or "Bank" is not.
  return known.find((k) => k.type === found.type && shared(k).some((n) => !oneWord(n))) ?? null;
}

/** The better canonical name of two for one person: the longer full name (a bare one-word name is never widened). */
export function canonicalName(current: string, found: string): string {
  return !oneWord(current) && tokens(found).length > tokens(current).length && samePerson(current, found) ? found : current;
}
