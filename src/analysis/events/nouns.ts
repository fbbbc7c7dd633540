// Event nouns: the words that say what kind of happening a text reports (call, summit, earthquake).
// Two texts about one happening share them; two happenings of one cast often do not.
import nouns from '../lexicon/events-nouns.json' with { type: 'json' };

export interface NounMention {
  noun: string;
  /** A framing noun (meeting, war, deal) rather than a specific kind of happening. */
  generic: boolean;
  count: number;
  first: number;
}

interface Form {
  noun: string;
  generic: boolean;
  words: string[];
  loose: boolean;
}

const FORMS: Form[] = [];
for (const entry of nouns) {
  const loose = new Set(entry.loose ?? []);
  for (const f of entry.forms) FORMS.push({ noun: entry.noun, generic: entry.generic === true, words: f.split(/\s+/), loose: loose.has(f) });
}
// Longest forms first so "phone call" wins over "call".
FORMS.sort((a, b) => b.words.length - a.words.length);
const BY_FIRST = new Map<string, Form[]>();
for (const f of FORMS) {
  const list = BY_FIRST.get(f.words[0]!) ?? [];
  list.push(f);
  BY_FIRST.set(f.words[0]!, list);
}

// Words after which a loose form ("call", "talks") is a noun, not a verb.
const DETERMINERS = new Set([
  'a', 'an', 'the', 'this', 'that', 'these', 'those', 'their', 'his', 'her', 'its', 'our', 'my', 'your', 'whose',
  's', 'first', 'second', 'latest', 'last', 'recent', 'brief', 'lengthy', 'long', 'direct', 'new', 'further', 'planned', 'upcoming',
  'peace', 'ceasefire', 'bilateral', 'trade', 'two-hour', 'hour-long', 'face-to-face', 'private', 'public', 'emergency', 'such', 'any',
]);

const WORD = /[\p{L}\p{N}]+(?:[-'’][\p{L}\p{N}]+)*/gu;

/** Event nouns of a text with counts and first offsets, most salient first. */
export function findNouns(text: string): NounMention[] {
  const words: { w: string; start: number }[] = [];
  for (const m of text.matchAll(WORD)) words.push({ w: m[0].toLowerCase().replace(/’/g, "'"), start: m.index });
  const found = new Map<string, NounMention>();
  for (let i = 0; i < words.length; i++) {
    const cands = BY_FIRST.get(words[i]!.w);
    if (!cands) continue;
    for (const f of cands) {
      if (!f.words.every((w, k) => words[i + k]?.w === w)) continue;
      const prev = words[i - 1]?.w ?? '';
      if (f.loose && !DETERMINERS.has(prev) && !prev.endsWith("'s")) continue;
      const m = found.get(f.noun);
      if (m) m.count++;
      else found.set(f.noun, { noun: f.noun, generic: f.generic, count: 1, first: words[i]!.start });
      i += f.words.length - 1;
      break;
    }
  }
  return [...found.values()].sort((a, b) => b.count - a.count || a.first - b.first);
}
