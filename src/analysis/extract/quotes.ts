// Balanced quote spans in one paragraph: curly and straight double quotes, top-level curly single
// quotes (British style), nesting. An opening quote left unclosed runs to the paragraph end, which is
// how a quote that continues into the next paragraph is printed.

export interface QuoteSpan {
  /** Offset of the opening mark. */
  s: number;
  /** Offset just after the closing mark, or the paragraph end when unclosed. */
  e: number;
  closed: boolean;
  single: boolean;
}

// Two apostrophes ('') and two backticks (``) stand for double quotes in some wire and archive text.
const MARK = /''|``|[“”"‘’«»]/g;
const SPACE_OR_OPEN = /[\s([{\-—–/“"‘«]/;
const LETTER = /[\p{L}\p{N}]/u;
// A single quote must close soon, or it was an apostrophe.
const MAX_SINGLE = 400;

interface Open {
  at: number;
  single: boolean;
}

export function findQuotes(text: string, start: number, end: number): QuoteSpan[] {
  const out: QuoteSpan[] = [];
  const stack: Open[] = [];
  const before = (i: number): string => (i > start ? text[i - 1] : ' ');
  const after = (i: number): string => (i + 1 < end ? text[i + 1] : ' ');
  // `j` is the mark's last character (marks of two characters: '' and ``)
  const opener = (i: number, j = i): boolean => SPACE_OR_OPEN.test(before(i)) && !/\s/.test(after(j));
  const closer = (i: number, j = i): boolean => !/\s/.test(before(i)) && !LETTER.test(after(j));
  const topDouble = (): number => stack.findIndex((o) => !o.single);
  const closeAt = (idx: number, e: number, closed: boolean): void => {
    const o = stack[idx];
    stack.length = idx;
    if (idx === 0) out.push({ s: o.at, e, closed, single: o.single });
  };

  MARK.lastIndex = start;
  for (let m = MARK.exec(text); m !== null && m.index < end; m = MARK.exec(text)) {
    const i = m.index;
    const c = m[0];
    if (c === "''") {
      const j = i + 1;
      const d = topDouble();
      if (d >= 0 && (closer(i, j) || !opener(i, j))) closeAt(d, j + 1, true);
      else if (d < 0 && opener(i, j)) stack.push({ at: i, single: false });
    } else if (c === '``') {
      const d = topDouble();
      if (d >= 0) closeAt(d, i, false);
      stack.push({ at: i, single: false });
    } else if (c === '“' || c === '«') {
      const d = topDouble();
      // A second opening double quote with the first still open: the first was never closed,
      // unless it reads as a misused closer ("word“ next").
      if (d >= 0 && closer(i) && !opener(i)) closeAt(d, i + 1, true);
      else {
        if (d >= 0) closeAt(d, i, false);
        stack.push({ at: i, single: false });
      }
    } else if (c === '”' || c === '»') {
      const d = topDouble();
      if (d >= 0) closeAt(d, i + 1, true);
      else if (opener(i) && !closer(i)) stack.push({ at: i, single: false });
    } else if (c === '"') {
      const d = topDouble();
      if (d >= 0 && (closer(i) || !opener(i))) closeAt(d, i + 1, true);
      else if (d < 0 && opener(i)) stack.push({ at: i, single: false });
    } else if (c === '‘') {
      if (opener(i)) stack.push({ at: i, single: true });
    } else if (c === '’') {
      const top = stack[stack.length - 1];
      if (top !== undefined && top.single && closer(i)) {
        if (i - top.at > MAX_SINGLE) stack.pop();
        else closeAt(stack.length - 1, i + 1, true);
      }
    }
  }
  // Unclosed: a double quote runs to the paragraph end; a lone single was an apostrophe.
  const d = topDouble();
  if (d === 0) out.push({ s: stack[0].at, e: end, closed: false, single: false });
  out.sort((a, b) => a.s - b.s);
  return out;
}
