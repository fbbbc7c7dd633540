// Numbers, quantities, durations and dates, normalised so "two weeks" equals "14 days"
// and "two" equals "2"; each keeps the words it counts so only like is compared with like.
import type { Token } from '../text/tokens.js';
import { CARDINALS, MULTIPLIERS, ORDINALS, DURATIONS, VAGUE_DURATIONS, PERCENT_WORDS, MONTHS, WEEKDAYS } from './lexicon.js';

export type NumberKind = 'cardinal' | 'ordinal' | 'duration' | 'percent' | 'money' | 'year' | 'date' | 'weekday' | 'vague-duration';

export interface NumberMention {
  kind: NumberKind;
  value: number;
  start: number;
  end: number;
  tokFrom: number;
  tokTo: number;
  clause: number;
  /** Stems of the words it counts ("two orange cones" → orang, cone). */
  unit: string[];
}

const DIGITS = /^[$€£]?\d[\d,]*(?:\.\d+)?$/;
const ORD_DIGITS = /^(\d+)(?:st|nd|rd|th)$/;
const CURRENCY = /[$€£]|\b(?:us|usd|eur|gbp)\b/i;

const DIGIT_START = /^[$€£]?\d/;

function cardinalValue(w: string): number | undefined {
  if (DIGIT_START.test(w) && DIGITS.test(w)) return Number(w.replace(/[$€£,]/g, ''));
  const c = CARDINALS.get(w);
  if (c !== undefined) return c;
  // "twenty-five"
  if (!w.includes('-')) return undefined;
  const parts = w.split('-');
  if (parts.length === 2) {
    const a = CARDINALS.get(parts[0]!);
    const b = CARDINALS.get(parts[1]!);
    if (a !== undefined && b !== undefined && a >= 20 && b < 10) return a + b;
  }
  return undefined;
}

function ordinalValue(w: string): number | undefined {
  const m = DIGIT_START.test(w) ? ORD_DIGITS.exec(w) : null;
  if (m) return Number(m[1]);
  const o = ORDINALS.get(w);
  if (o !== undefined && o > 0) return o;
  if (!w.includes('-')) return undefined;
  const parts = w.split('-');
  if (parts.length === 2) {
    const a = CARDINALS.get(parts[0]!);
    const b = ORDINALS.get(parts[1]!);
    if (a !== undefined && b !== undefined && a >= 20 && b < 10) return a + b;
  }
  return undefined;
}

/** Words that end what a number counts: "nine vendors will plead" counts vendors, not pleas. */
const UNIT_ENDS = new Set([
  'of', 'the', 'a', 'an', 'and', 'in', 'to', 'on', 'at', 'is', 'are', 'was', 'were', 'be', 'been',
  'will', 'would', 'shall', 'should', 'can', 'could', 'may', 'might', 'must', 'have', 'has', 'had', 'do', 'does', 'did',
]);

function unitAfter(lowers: string[], stems: string[], clauseOf: Int32Array, k: number): string[] {
  const out: string[] = [];
  for (let j = k; j < Math.min(lowers.length, k + 3); j++) {
    if (clauseOf[j] !== clauseOf[k - 1]) break;
    const w = lowers[j]!;
    if (UNIT_ENDS.has(w)) break;
    out.push(stems[j]!);
  }
  return out;
}

export function extractNumbers(text: string, tokens: Token[], lowers: string[], stems: string[], clauseOf: Int32Array): NumberMention[] {
  const out: NumberMention[] = [];
  const push = (kind: NumberKind, value: number, from: number, to: number, unit: string[]): void => {
    out.push({ kind, value, start: tokens[from]!.start, end: tokens[to - 1]!.end, tokFrom: from, tokTo: to, clause: clauseOf[from]!, unit });
  };
  for (let k = 0; k < tokens.length; k++) {
    const w = lowers[k]!;
    const raw = tokens[k]!.raw;
    // Dates: a capitalised month with a day or year next to it ("May" alone is a modal).
    const month = MONTHS.get(w);
    if (month && /^\p{Lu}/u.test(raw)) {
      const next = lowers[k + 1];
      const prev = lowers[k - 1];
      const day = next && /^\d{1,2}$/.test(next) ? Number(next) : prev && /^\d{1,2}$/.test(prev) ? Number(prev) : 0;
      const hasYear = next !== undefined && /^\d{4}$/.test(next);
      if (day || hasYear || !['may', 'march'].includes(w)) {
        const from = day && prev && /^\d{1,2}$/.test(prev) ? k - 1 : k;
        const to = day && next && /^\d{1,2}$/.test(next) ? k + 2 : k + 1;
        push('date', month * 100 + day, from, to, []);
        k = to - 1;
        continue;
      }
    }
    if (WEEKDAYS.has(w)) {
      push('weekday', [...WEEKDAYS].indexOf(w), k, k + 1, []);
      continue;
    }
    if (VAGUE_DURATIONS.has(w)) {
      push('vague-duration', 0, k, k + 1, unitAfter(lowers, stems, clauseOf, k + 1));
      continue;
    }
    // "30-day", "two-week": number and unit in one token.
    const hy = w.includes('-') ? w.split('-') : [];
    if (hy.length === 2 && DURATIONS.has(hy[1]!)) {
      const v = cardinalValue(hy[0]!);
      if (v !== undefined) {
        push('duration', v * DURATIONS.get(hy[1]!)!, k, k + 1, unitAfter(lowers, stems, clauseOf, k + 1));
        continue;
      }
    }
    const ord = ordinalValue(w);
    if (ord !== undefined && !(w === 'second' && k > 0 && cardinalValue(lowers[k - 1]!) !== undefined)) {
      push('ordinal', ord, k, k + 1, unitAfter(lowers, stems, clauseOf, k + 1));
      continue;
    }
    let v = cardinalValue(w);
    if (v === undefined) continue;
    // "a couple" / "one" as a pronoun are too weak to count as numbers.
    if ((w === 'one' || w === 'once') && !(lowers[k + 1] && DURATIONS.has(lowers[k + 1]!))) continue;
    let to = k + 1;
    while (to < tokens.length && MULTIPLIERS.has(lowers[to]!)) v *= MULTIPLIERS.get(lowers[to++]!)!;
    const before = text.slice(Math.max(0, tokens[k]!.start - 4), tokens[k]!.start);
    const pct = PERCENT_WORDS.matchAt(lowers, to) || (text[tokens[to - 1]!.end] === '%' ? 0 : -1);
    if (pct >= 0) {
      push('percent', v, k, to + pct, []);
      k = to + pct - 1;
      continue;
    }
    if (CURRENCY.test(before) || /^[$€£]/.test(raw)) {
      push('money', v, k, to, ['money']);
      k = to - 1;
      continue;
    }
    const dur = DURATIONS.get(lowers[to] ?? '');
    if (dur !== undefined) {
      push('duration', v * dur, k, to + 1, unitAfter(lowers, stems, clauseOf, to + 1));
      k = to;
      continue;
    }
    if (/^\d{4}$/.test(w) && v >= 1800 && v <= 2100 && to === k + 1) {
      push('year', v, k, to, []);
      continue;
    }
    push('cardinal', v, k, to, unitAfter(lowers, stems, clauseOf, to));
    k = to - 1;
  }
  return out;
}

function unitsMatch(a: NumberMention, b: NumberMention): boolean {
  if (!a.unit.length || !b.unit.length) return false;
  return a.unit.some((u) => b.unit.includes(u));
}

function comparable(a: NumberMention, b: NumberMention): boolean {
  const timeA = a.kind === 'duration' || a.kind === 'vague-duration';
  const timeB = b.kind === 'duration' || b.kind === 'vague-duration';
  if (timeA && timeB) return unitsMatch(a, b) || (!a.unit.length && !b.unit.length);
  if (a.kind !== b.kind) {
    // "two" and "2nd" are different kinds; ordinals written as words vs digits are both ordinal.
    return false;
  }
  if (a.kind === 'date' || a.kind === 'year' || a.kind === 'weekday' || a.kind === 'percent' || a.kind === 'money') return true;
  return unitsMatch(a, b);
}

function differ(a: NumberMention, b: NumberMention): boolean {
  if (a.kind === 'vague-duration' || b.kind === 'vague-duration') return a.kind !== b.kind;
  if (a.kind === 'date' && (a.value % 100 === 0 || b.value % 100 === 0)) return Math.floor(a.value / 100) !== Math.floor(b.value / 100);
  return Math.abs(a.value - b.value) > 1e-9 * Math.max(1, Math.abs(a.value));
}

export interface NumberConflict {
  a: NumberMention;
  b: NumberMention;
}

/** Mentions of b whose comparable mentions in a all disagree. */
export function numberConflicts(as: NumberMention[], bs: NumberMention[]): NumberConflict[] {
  const out: NumberConflict[] = [];
  for (const b of bs) {
    const like = as.filter((a) => comparable(a, b));
    if (!like.length || like.some((a) => !differ(a, b))) continue;
    out.push({ a: like[0]!, b });
  }
  return out;
}

/** Words that name the period a figure covers, by period. */
const PERIODS: ReadonlyMap<string, string> = new Map([
  ...['year', 'years', 'annual', 'annually', 'yearly', 'year-on-year'].map((w) => [w, 'year'] as const),
  ...['quarter', 'quarters', 'quarterly'].map((w) => [w, 'quarter'] as const),
  ...['month', 'months', 'monthly'].map((w) => [w, 'month'] as const),
  ...['week', 'weeks', 'weekly'].map((w) => [w, 'week'] as const),
  ...['day', 'days', 'daily'].map((w) => [w, 'day'] as const),
]);

function periodsIn(info: { lowers: string[]; clauseOf: Int32Array }, clause: number): Set<string> {
  const out = new Set<string>();
  info.lowers.forEach((w, k) => {
    const p = info.clauseOf[k] === clause ? PERIODS.get(w) : undefined;
    if (p) out.add(p);
  });
  return out;
}

/** Two figures' clauses name no different periods: both name none, one does, or they share one. */
export function samePeriod(a: { lowers: string[]; clauseOf: Int32Array }, ca: number, b: { lowers: string[]; clauseOf: Int32Array }, cb: number): boolean {
  const pa = periodsIn(a, ca);
  const pb = periodsIn(b, cb);
  if (!pa.size || !pb.size) return true;
  for (const p of pa) if (pb.has(p)) return true;
  return false;
}
