import { DomainError } from '../errors.js';

/** Keyset position: the sort value and row id of the last item of a page. */
export interface Position {
  value: number | string;
  id: number;
}

export function encodeCursor(p: Position): string {
  return Buffer.from(JSON.stringify([p.value, p.id])).toString('base64url');
}

export function decodeCursor(cursor: string | undefined): Position | null {
  if (cursor === undefined || cursor === '') return null;
  try {
    const parsed: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (
      Array.isArray(parsed) &&
      parsed.length === 2 &&
      (typeof parsed[0] === 'number' || typeof parsed[0] === 'string') &&
      Number.isInteger(parsed[1])
    ) {
      return { value: parsed[0], id: parsed[1] as number };
    }
  } catch {
    // fall through
  }
  throw new DomainError('INVALID_CURSOR', 'The cursor is not one this service issued');
}

/** Fetch limit+1 rows; the extra one says whether another page exists. */
export function pageOf<T>(rows: T[], limit: number, position: (last: T) => Position): { items: T[]; nextCursor: string | null } {
  if (rows.length <= limit) return { items: rows, nextCursor: null };
  const items = rows.slice(0, limit);
  return { items, nextCursor: encodeCursor(position(items[items.length - 1] as T)) };
}
