// The scorer's word lists (data files in ../lexicon), compiled once into lookups.
import negation from '../lexicon/score-negation.json' with { type: 'json' };
import antonyms from '../lexicon/score-antonyms.json' with { type: 'json' };
import modality from '../lexicon/score-modality.json' with { type: 'json' };
import condition from '../lexicon/score-condition.json' with { type: 'json' };
import tone from '../lexicon/score-tone.json' with { type: 'json' };
import numbers from '../lexicon/score-numbers.json' with { type: 'json' };
import light from '../lexicon/score-light.json' with { type: 'json' };
import { stem } from '../text/tokens.js';

/** Phrases keyed by their first word, longest first, so a scan can try each at a position. */
export class PhraseSet {
  private readonly byFirst = new Map<string, string[][]>();
  constructor(phrases: Iterable<string>) {
    for (const p of phrases) {
      const words = p.toLowerCase().split(/\s+/);
      const list = this.byFirst.get(words[0]!) ?? [];
      list.push(words);
      this.byFirst.set(words[0]!, list);
    }
    for (const list of this.byFirst.values()) list.sort((a, b) => b.length - a.length);
  }
  /** Length in words of the longest phrase starting at `i` in `words`, or 0. */
  matchAt(words: readonly string[], i: number): number {
    const list = this.byFirst.get(words[i]!);
    if (!list) return 0;
    outer: for (const p of list) {
      if (i + p.length > words.length) continue;
      for (let k = 1; k < p.length; k++) if (words[i + k] !== p[k]) continue outer;
      return p.length;
    }
    return 0;
  }
}

/** Like PhraseSet but the first word is matched by stem (refused, refuses → refus). */
export class StemPhraseSet {
  private readonly byFirst = new Map<string, string[][]>();
  constructor(phrases: Iterable<string>) {
    for (const p of phrases) {
      const words = p.toLowerCase().split(/\s+/);
      const s = stem(words[0]!);
      const list = this.byFirst.get(s) ?? [];
      list.push(words.slice(1));
      this.byFirst.set(s, list);
    }
    for (const list of this.byFirst.values()) list.sort((a, b) => b.length - a.length);
  }
  matchAt(stems: readonly string[], words: readonly string[], i: number): number {
    const list = this.byFirst.get(stems[i]!);
    if (!list) return 0;
    outer: for (const rest of list) {
      if (i + 1 + rest.length > words.length) continue;
      for (let k = 0; k < rest.length; k++) if (words[i + 1 + k] !== rest[k]) continue outer;
      return 1 + rest.length;
    }
    return 0;
  }
}

export const NEG_TRIGGERS = new PhraseSet(negation.triggers);
export const NEG_PSEUDO = new PhraseSet(negation.pseudo);
export const NEG_VERBS = new StemPhraseSet(negation.verbs);
export const NEG_SUFFIXES: readonly string[] = negation.suffix;
export const NEG_TERMINATORS: ReadonlySet<string> = new Set(negation.terminators);
export const NEG_MAX_SCOPE: number = negation.maxScope;
export const COORD_CONJ: ReadonlySet<string> = new Set(negation.coordination.conjunctions);
export const COORD_OPENERS: ReadonlySet<string> = new Set(negation.coordination.openers);
/** Single words that negate: never content, never aligned. */
export const NEG_WORDS: ReadonlySet<string> = new Set(negation.triggers.filter((w) => !w.includes(' ')));

/** Words that carry little of a proposition, by what a negation over them does (score-light.json). */
export const LIGHT_PASS: ReadonlySet<string> = new Set([...light.raising, ...light.fillers]);
export const LIGHT_FRAME: ReadonlySet<string> = new Set(light.frame);

export const CERTAIN = new PhraseSet(modality.certain);
export const HEDGE = new PhraseSet(modality.hedge);
export const CONDITIONAL = new PhraseSet(condition.conditional);
export const UNCONDITIONAL = new PhraseSet(condition.unconditional);

export const TONE_WORDS: ReadonlyMap<string, number> = new Map(Object.entries(tone.words));
export const TONE_INTENSIFIERS: ReadonlyMap<string, number> = new Map(
  Object.entries({ ...tone.intensifiers, ...tone.downtoners }),
);

export const CARDINALS: ReadonlyMap<string, number> = new Map(Object.entries(numbers.cardinals));
export const MULTIPLIERS: ReadonlyMap<string, number> = new Map(Object.entries(numbers.multipliers));
export const ORDINALS: ReadonlyMap<string, number> = new Map(Object.entries(numbers.ordinals));
export const DURATIONS: ReadonlyMap<string, number> = new Map(Object.entries(numbers.durations));
export const VAGUE_DURATIONS: ReadonlySet<string> = new Set(numbers.vagueDurations);
export const PERCENT_WORDS = new PhraseSet(numbers.percentWords);
export const MONTHS: ReadonlyMap<string, number> = new Map(numbers.months.map((m, i) => [m, i + 1]));
export const WEEKDAYS: ReadonlySet<string> = new Set(numbers.weekdays);

/** News antonyms keyed by stem, both directions. */
export const NEWS_ANTONYMS: ReadonlyMap<string, ReadonlySet<string>> = (() => {
  const m = new Map<string, Set<string>>();
  const add = (a: string, b: string): void => {
    const s = m.get(a) ?? new Set<string>();
    s.add(b);
    m.set(a, s);
  };
  for (const [a, b] of antonyms.pairs as Array<[string, string]>) {
    add(stem(a), stem(b));
    add(stem(b), stem(a));
  }
  return m;
})();
