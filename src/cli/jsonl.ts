import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import type { z } from 'zod';

export interface LineError {
  id: unknown;
  error: { code: string; detail: string };
}

/** Non-empty lines of FILE or standard input. */
export async function readLines(file: string | undefined): Promise<string[]> {
  const input = file ? createReadStream(file, 'utf8') : process.stdin;
  const lines: string[] = [];
  for await (const line of createInterface({ input, crlfDelay: Infinity })) {
    if (line.trim() !== '') lines.push(line);
  }
  return lines;
}

/** Parses one JSON line against a schema; unknown fields are ignored. */
export function parseLine<T extends z.ZodType>(line: string, schema: T): { ok: true; value: z.infer<T> } | { ok: false; error: LineError } {
  let json: unknown;
  try {
    json = JSON.parse(line);
  } catch (err) {
    return { ok: false, error: { id: null, error: { code: 'INVALID_JSON', detail: err instanceof Error ? err.message : 'not JSON' } } };
  }
  const id = json !== null && typeof json === 'object' && 'id' in json ? (json as { id: unknown }).id : null;
  const parsed = schema.safeParse(json);
  if (!parsed.success) {
    const detail = parsed.error.issues.map((i) => `${i.path.join('.') || 'line'}: ${i.message}`).join('; ');
    return { ok: false, error: { id, error: { code: 'VALIDATION_FAILED', detail } } };
  }
  return { ok: true, value: parsed.data };
}

export function writeLine(value: unknown): void {
  process.stdout.write(`${JSON.stringify(value)}\n`);
}
