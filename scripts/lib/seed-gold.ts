import { readFileSync } from 'node:fs';

// The matching rules of the seed gold (expected.json's `about`), shared by test/seeds.test.ts and scripts/eval-seeds.ts.

export interface GoldSide {
  speaker: string;
  contains: string[];
}
export interface Gold {
  actors: Record<string, { aliases: string[] }>;
  statements: { seed: string; speaker: string; contains: string }[];
  divergences: { id: string; kind: string; a: GoldSide; b: GoldSide }[];
  consistent: { id: string; a: GoldSide; b: GoldSide }[];
  events: { id: string; seeds: string[] }[];
  noise: string[];
}
export interface SpokenText {
  speaker: string | null;
  text: string;
}
/** A statement as GET /statements lists it (the fields the gold checks read). */
export interface ListedStatement extends SpokenText {
  documentId: string;
  eventId: string | null;
}
export interface ScoredPair {
  kind: string;
  score: number;
  a: SpokenText;
  b: SpokenText;
}

export function readGold(dir: URL): { gold: Gold; files: string[] } {
  const gold = JSON.parse(readFileSync(new URL('expected.json', dir), 'utf8')) as Gold;
  const manifest = JSON.parse(readFileSync(new URL('manifest.json', dir), 'utf8')) as { file: string }[];
  return { gold, files: manifest.map((m) => m.file) };
}

const fold = (s: string): string => s.replace(/[\u2018\u2019\u201A\u201B\u2032]/g, "'").replace(/[\u201C\u201D\u201E\u201F\u2033]/g, '"');

export class GoldMatcher {
  private readonly aliases: Map<string, string[]>;

  constructor(readonly gold: Gold) {
    this.aliases = new Map(Object.entries(gold.actors).map(([name, a]) => [name, a.aliases]));
  }

  speaks(speaker: string | null, goldSpeaker: string): boolean {
    return speaker !== null && (speaker === goldSpeaker || (this.aliases.get(goldSpeaker) ?? []).includes(speaker));
  }

  matches(s: SpokenText, speaker: string, contains: string): boolean {
    const text = fold(s.text);
    return this.speaks(s.speaker, speaker) && text.includes(contains) && text.length <= Math.max(600, 3 * contains.length);
  }

  matchesSide(s: SpokenText, side: GoldSide): boolean {
    return side.contains.some((c) => this.matches(s, side.speaker, c));
  }

  joins(d: ScoredPair, x: GoldSide, y: GoldSide): boolean {
    return (this.matchesSide(d.a, x) && this.matchesSide(d.b, y)) || (this.matchesSide(d.a, y) && this.matchesSide(d.b, x));
  }
}
