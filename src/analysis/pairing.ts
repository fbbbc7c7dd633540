import { contentStems } from './text/tokens.js';

// Blocking keys for candidate pairs: the store indexes statements by these, so a new statement is
// compared only with statements that share one (never with the whole store).

/** The most distinctive content stems kept per statement. */
const MAX_STEM_KEYS = 8;

export interface KeyedStatement {
  speaker: string | null;
  text: string;
  about: string[];
}

export function eventBlockKey(eventId: string): string {
  return `event:${eventId}`;
}

export function statementKeys(s: KeyedStatement, eventId: string | null): string[] {
  const keys = new Set<string>();
  if (eventId !== null) keys.add(eventBlockKey(eventId));
  if (s.speaker) keys.add(`speaker:${s.speaker.toLowerCase()}`);
  for (const a of s.about) keys.add(`actor:${a.toLowerCase()}`);
  // Longer stems are rarer on the whole; short ones ("say", "new") would block everything together.
  const stems = [...new Set(contentStems(s.text))].filter((x) => x.length >= 4).sort((a, b) => b.length - a.length || (a < b ? -1 : 1));
  for (const stem of stems.slice(0, MAX_STEM_KEYS)) keys.add(`stem:${stem}`);
  return [...keys];
}
