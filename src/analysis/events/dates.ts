// Dates a text mentions, resolved to calendar days. Relative expressions ("last night", "on Thursday",
// "last week", "in May") need the publication date as anchor; without it only absolute dates resolve.
// News narrates the past, so an ambiguous weekday or month is taken as the latest one not after the
// anchor, unless a future cue ("will", "next", "due to") comes just before it.

export interface DateMention {
  text: string;
  start: number;
  end: number;
  /** First and last day covered, ISO YYYY-MM-DD (equal for a single day). */
  from: string;
  to: string;
}

const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];
const NUMBERS: Record<string, number> = { a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10 };

const MON = '(Jan(?:uary|\\.)?|Feb(?:ruary|\\.)?|Mar(?:ch|\\.)?|Apr(?:il|\\.)?|May|June?|July?|Aug(?:ust|\\.)?|Sep(?:tember|t\\.?|\\.)?|Oct(?:ober|\\.)?|Nov(?:ember|\\.)?|Dec(?:ember|\\.)?)';
const DAYNUM = '(\\d{1,2})(?:st|nd|rd|th)?';
const YEAR = '((?:19|20)\\d{2})';
// Space before the comma too: some corpora are tokenised ("May 03 , 2013").
const SEP = '\\s*,?\\s*';

interface Rule {
  re: RegExp;
  resolve(m: RegExpMatchArray, anchor: Day | null, future: boolean): [Day, Day] | null;
}

/** Days since the epoch (UTC): plain integers make the arithmetic trivial. */
type Day = number;

const MS_PER_DAY = 86_400_000;

function day(y: number, m: number, d: number): Day | null {
  const t = Date.UTC(y, m, d);
  const back = new Date(t);
  if (back.getUTCMonth() !== m || back.getUTCDate() !== d) return null; // 31 February and the like
  return t / MS_PER_DAY;
}

export function isoDay(d: Day): string {
  return new Date(d * MS_PER_DAY).toISOString().slice(0, 10);
}

export function parseDay(iso: string | null | undefined): Day | null {
  const m = iso ? /^(\d{4})-(\d{2})-(\d{2})/.exec(iso) : null;
  return m ? day(Number(m[1]), Number(m[2]) - 1, Number(m[3])) : null;
}

function parts(d: Day): { y: number; m: number; wd: number } {
  const dt = new Date(d * MS_PER_DAY);
  return { y: dt.getUTCFullYear(), m: dt.getUTCMonth(), wd: dt.getUTCDay() };
}

function monthIndex(word: string): number {
  const w = word.toLowerCase().replace('.', '').slice(0, 3);
  return MONTHS.findIndex((m) => m.startsWith(w));
}

function monthSpan(y: number, m: number): [Day, Day] {
  return [Date.UTC(y, m, 1) / MS_PER_DAY, Date.UTC(y, m + 1, 0) / MS_PER_DAY];
}

/** Monday-to-Sunday week containing d. */
function weekSpan(d: Day): [Day, Day] {
  const monday = d - ((parts(d).wd + 6) % 7);
  return [monday, monday + 6];
}

/** A month without a year: the latest one not after the anchor, or the next one for future talk. */
function monthNear(m: number, anchor: Day, future: boolean): [Day, Day] {
  const a = parts(anchor);
  let y = a.y;
  if (future ? m < a.m : m > a.m) y += future ? 1 : -1;
  return monthSpan(y, m);
}

/** A day of a month without a year: this year's, unless that is well after the anchor in past talk. */
function dayNear(m: number, d: number, anchor: Day, future: boolean): Day | null {
  const y = parts(anchor).y;
  const same = day(y, m, d);
  if (same === null) return null;
  if (!future && same > anchor + 7) return day(y - 1, m, d);
  if (future && same < anchor - 7) return day(y + 1, m, d);
  return same;
}

function single(d: Day | null): [Day, Day] | null {
  return d === null ? null : [d, d];
}

const RULES: Rule[] = [
  { re: /\b(\d{4})-(\d{2})-(\d{2})\b/g, resolve: (m) => single(day(Number(m[1]), Number(m[2]) - 1, Number(m[3]))) },
  {
    re: new RegExp(`\\b${MON}\\s+${DAYNUM}${SEP}${YEAR}\\b`, 'g'),
    resolve: (m) => single(day(Number(m[3]), monthIndex(m[1]!), Number(m[2]))),
  },
  {
    re: new RegExp(`\\b${DAYNUM}\\s+(?:of\\s+)?${MON}${SEP}${YEAR}\\b`, 'g'),
    resolve: (m) => single(day(Number(m[3]), monthIndex(m[2]!), Number(m[1]))),
  },
  { re: new RegExp(`\\b${MON}\\s+(?:of\\s+)?${YEAR}\\b`, 'g'), resolve: (m) => monthSpan(Number(m[2]), monthIndex(m[1]!)) },
  {
    re: new RegExp(`\\b${MON}\\s+${DAYNUM}\\b(?!\\s*,?\\s*\\d)`, 'g'),
    resolve: (m, a, f) => (a === null ? null : single(dayNear(monthIndex(m[1]!), Number(m[2]), a, f))),
  },
  {
    re: new RegExp(`\\b${DAYNUM}\\s+(?:of\\s+)?${MON}\\b(?!\\s*,?\\s*\\d)`, 'g'),
    resolve: (m, a, f) => (a === null ? null : single(dayNear(monthIndex(m[2]!), Number(m[1]), a, f))),
  },
  // "in May", "since March": a bare month needs a preposition, so the modal "may" never matches.
  {
    re: new RegExp(`\\b(?:in|since|until|by|during|early|late|mid-?|last|this|next)\\s+${MON}\\b(?!\\s*,?\\s*\\d)`, 'g'),
    resolve: (m, a, f) => {
      if (a === null) return null;
      const w = m[0].toLowerCase();
      return monthNear(monthIndex(m[1]!), a, w.startsWith('next') || (f && !w.startsWith('last')));
    },
  },
  { re: /\b(?:today|tonight|this (?:morning|afternoon|evening)|earlier today)\b/gi, resolve: (_m, a) => single(a) },
  { re: /\b(?:yesterday|last night|overnight)\b/gi, resolve: (_m, a) => single(a === null ? null : a - 1) },
  { re: /\b(?:the day before yesterday)\b/gi, resolve: (_m, a) => single(a === null ? null : a - 2) },
  { re: /\btomorrow\b/gi, resolve: (_m, a) => single(a === null ? null : a + 1) },
  {
    re: /\b(last|this|next|past) (week|month|year)(?:end)?\b/gi,
    resolve: (m, a) => {
      if (a === null) return null;
      const which = m[1]!.toLowerCase();
      const unit = m[2]!.toLowerCase();
      if (which === 'past') return unit === 'week' ? [a - 7, a] : unit === 'month' ? [a - 30, a] : [a - 365, a];
      const step = which === 'last' ? -1 : which === 'next' ? 1 : 0;
      if (unit === 'week') return weekSpan(a + 7 * step);
      const p = parts(a);
      if (unit === 'month') return monthSpan(p.y, p.m + step);
      return [Date.UTC(p.y + step, 0, 1) / MS_PER_DAY, Date.UTC(p.y + step, 11, 31) / MS_PER_DAY];
    },
  },
  {
    re: /\b(\d{1,2}|an?|one|two|three|four|five|six|seven|eight|nine|ten) (day|week|month|year)s? ago\b/gi,
    resolve: (m, a) => {
      if (a === null) return null;
      const n = NUMBERS[m[1]!.toLowerCase()] ?? Number(m[1]);
      const unit = m[2]!.toLowerCase();
      const d = a - n * (unit === 'day' ? 1 : unit === 'week' ? 7 : unit === 'month' ? 30 : 365);
      return unit === 'day' ? [d, d] : unit === 'week' ? weekSpan(d) : [d - 15, d + 15];
    },
  },
  {
    re: /\b(?:(last|next|this|on|on last|on next)\s+)?(Sunday|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday)\b/g,
    resolve: (m, a, f) => {
      if (a === null) return null;
      const wd = WEEKDAYS.indexOf(m[2]!.toLowerCase());
      const lead = (m[1] ?? '').toLowerCase();
      const back = (parts(a).wd - wd + 7) % 7; // days since the latest such weekday, 0 if today
      if (lead.endsWith('next') || (f && !lead.endsWith('last'))) return single(a + (((wd - parts(a).wd + 7) % 7) || 7));
      if (lead.endsWith('last')) return single(a - (back || 7));
      return single(a - back);
    },
  },
];

// Words shortly before a date that make it point forward.
const FUTURE = /\b(?:will|shall|'ll|due|scheduled|set to|plans? to|planning|expected|next|upcoming|until|ahead of)\b[^.!?]{0,40}$/i;

export function resolveDates(text: string, publishedAt?: string | null): DateMention[] {
  const anchor = parseDay(publishedAt);
  const found: DateMention[] = [];
  for (const rule of RULES) {
    for (const m of text.matchAll(rule.re)) {
      const start = m.index;
      const future = FUTURE.test(text.slice(Math.max(0, start - 50), start));
      const span = rule.resolve(m, anchor, future);
      if (span) found.push({ text: m[0], start, end: start + m[0].length, from: isoDay(span[0]), to: isoDay(span[1]) });
    }
  }
  // Longest match wins where rules overlap ("May 3, 2013" over "May 3").
  found.sort((x, y) => x.start - y.start || y.end - x.end);
  const out: DateMention[] = [];
  for (const d of found) {
    const last = out[out.length - 1];
    if (last && d.start < last.end) continue;
    out.push(d);
  }
  return out;
}
