import { z } from 'zod';
import { compareSides } from '../analysis/compare-sides.js';
import { extract } from '../analysis/extract/index.js';
import { groupDocuments } from '../analysis/events/index.js';
import { parseLine, readLines, writeLine } from './jsonl.js';

const LineId = z.union([z.string(), z.number()]).nullish();
const Affiliation = z.array(z.string()).optional();
const CompareLine = z.object({
  id: LineId,
  a: z.string().min(1),
  b: z.string().min(1),
  speakerA: z.string().nullish(),
  speakerB: z.string().nullish(),
  affiliationA: Affiliation,
  affiliationB: Affiliation,
});
const TextLine = z.object({ id: LineId, text: z.string().min(1), publishedAt: z.string().nullish() });

/** Each JSONL command returns the number of lines that failed. */
export async function compareCommand(file: string | undefined): Promise<number> {
  let failed = 0;
  for (const line of await readLines(file)) {
    const p = parseLine(line, CompareLine);
    if (!p.ok) {
      failed++;
      writeLine(p.error);
      continue;
    }
    const { a, b, speakerA, speakerB, affiliationA, affiliationB } = p.value;
    const r = compareSides({ text: a, speaker: speakerA, affiliation: affiliationA }, { text: b, speaker: speakerB, affiliation: affiliationB });
    writeLine({ id: p.value.id ?? null, score: r.score, flag: r.flag, kind: r.kind, relatedness: r.relatedness, cues: r.cues });
  }
  return failed;
}

export async function extractCommand(file: string | undefined): Promise<number> {
  let failed = 0;
  for (const line of await readLines(file)) {
    const p = parseLine(line, TextLine);
    if (!p.ok) {
      failed++;
      writeLine(p.error);
      continue;
    }
    const { statements } = extract(p.value.text, { publishedAt: p.value.publishedAt ?? null });
    writeLine({
      id: p.value.id ?? null,
      statements: statements.map((s) => ({ speaker: s.speaker, text: s.text, start: s.start, end: s.end, mode: s.mode, kind: s.kind, about: s.about, cue: s.cue })),
    });
  }
  return failed;
}

export async function groupCommand(file: string | undefined): Promise<number> {
  const lines = await readLines(file);
  const parsed = lines.map((line) => parseLine(line, TextLine));
  const ok = parsed.flatMap((p) => (p.ok ? [p.value] : []));
  // The same batch grouping that scripts/eval-events.ts measures; event features find their own names.
  const events = groupDocuments(ok.map((v) => ({ text: v.text, publishedAt: v.publishedAt ?? null })));
  let failed = 0;
  let next = 0;
  for (const p of parsed) {
    if (!p.ok) {
      failed++;
      writeLine(p.error);
      continue;
    }
    writeLine({ id: p.value.id ?? null, event: events[next++] });
  }
  return failed;
}
