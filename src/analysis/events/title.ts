// Human-readable views of a summary: "Trump–Putin phone call, May 2025".
import nameWords from '../lexicon/events-names.json' with { type: 'json' };
import eventNouns from '../lexicon/events-nouns.json' with { type: 'json' };
import keywordWords from '../lexicon/events-keywords.json' with { type: 'json' };
import common from '../lexicon/events-common.json' with { type: 'json' };
import verbs from '../lexicon/extract-verbs.json' with { type: 'json' };
import { isCredit } from '../text/credits.js';
import { contentStems, isStopword } from '../text/tokens.js';
import { isParticipantName, isPlaceName, nameKey } from './names.js';
import { top, topKeys } from './vectors.js';
import type { EventSummary, SummaryParticipant } from './types.js';

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const TITLE_PARTICIPANTS = 2;
const LISTED_PARTICIPANTS = 12;
const KEYWORDS = 8;
// Nouns that frame many events without naming one ("war" is the background of a ceasefire call).
const BACKGROUND = new Set(eventNouns.filter((e) => 'background' in e && e.background).map((e) => e.noun));
/**
 * A place joins the title when the texts' first lines name it (where news says where it happened;
 * "an economist in Tokyo" further down is no venue), it carries half a document's place weight per
 * document and twice the next place's.
 */
const PLACE_SHARE = 0.5;
const PLACE_LEAD = 2;
const ROLE_WORDS = new Set(nameWords.titles.map((w) => w.toLowerCase().replace(/\.$/, '')));
// Words that say how a happening was reported or nothing at all: never keywords (by surface form).
const NOT_KEYWORDS = new Set([
  ...keywordWords.function,
  ...common,
  ...verbs.auxiliaries,
  ...verbs.adverbs,
  // Inflected reporting verbs ("says", "warned"); the bare form may be a noun ("call", "claim").
  ...Object.values(verbs.verbs).flatMap((v) => v.forms.filter((f) => f !== v.forms[0] && !/ing$/.test(f))),
]);
// Light and aspectual verbs, by stem: "end the war", "continue talks" name no happening.
const LIGHT_STEMS = new Set(keywordWords.light);
/** Amounts and numbers ("2.5", "280bn", "76%"). */
const AMOUNT = /^[\d.,]+(?:bn|m|k|%)?$/;

export function eventSpan(s: EventSummary): { from: string | null; to: string | null } {
  return { from: s.from, to: s.to };
}

/** A person's surname, a body's whole name. */
function shortName(name: string): string {
  const key = nameKey(name);
  return key.includes(' ') || key === name.toLowerCase() ? name : (name.split(' ').pop() ?? name);
}

function monthLabel(s: EventSummary): string | null {
  if (!s.from || !s.to) return null;
  const [fy, fm] = [Number(s.from.slice(0, 4)), Number(s.from.slice(5, 7)) - 1];
  const [ty, tm] = [Number(s.to.slice(0, 4)), Number(s.to.slice(5, 7)) - 1];
  if (fy === ty && fm === tm) return `${MONTHS[fm]} ${fy}`;
  if (fy === ty) return `${MONTHS[fm]}–${MONTHS[tm]} ${fy}`;
  return `${MONTHS[fm]} ${fy}–${MONTHS[tm]} ${ty}`;
}

/**
 * Who an event is about, for people: those most of its documents mention first, then the heaviest.
 * Grouping counts every name a document brings; a reader needs no demonyms, continents or places
 * ("European", "Alaska" from extraction) nor happenings ("World War II").
 */
function ranked(s: EventSummary): [string, SummaryParticipant][] {
  return Object.entries(s.participants)
    .filter(([, p]) => isParticipantName(p.name))
    .sort((a, b) => b[1].docs - a[1].docs || b[1].weight - a[1].weight || (a[0] < b[0] ? -1 : 1));
}

export function eventParticipants(s: EventSummary, n = LISTED_PARTICIPANTS): string[] {
  return ranked(s)
    .slice(0, n)
    .map(([, p]) => p.name);
}

/**
 * Whom the title names: most of the documents must name them. First those the texts put with an
 * event noun, by how much ("Trump's summit with Putin": Trump, then Putin), people and bodies
 * before the countries they act for; then the most named. A commentator quoted at length
 * ("Kallas warns…") is no party to the summit.
 */
function mainParticipants(s: EventSummary): string[] {
  const cast = s.cast ?? {};
  const majority = ranked(s).filter(([, p]) => p.docs * 2 > s.documents);
  const castFirst = majority
    .filter(([k]) => (cast[k] ?? 0) > 0)
    .sort((a, b) => Number(isPlaceName(a[1].name)) - Number(isPlaceName(b[1].name)) || cast[b[0]]! - cast[a[0]]!);
  const chosen = [...castFirst, ...majority.filter(([k]) => !((cast[k] ?? 0) > 0))];
  return chosen.slice(0, TITLE_PARTICIPANTS).map(([, p]) => shortName(p.name));
}

/** Where it happened, when one finer place stands out across the documents ("in Alaska"). */
function mainPlace(s: EventSummary): string | null {
  const [first, second] = Object.entries(top(s.places, 2));
  if (!first || first[1] < PLACE_SHARE * s.documents || (second && first[1] < PLACE_LEAD * second[1])) return null;
  return contentStems(first[0]).every((stem) => stem in s.lead) ? first[0] : null;
}

export function eventKeywords(s: EventSummary): string[] {
  // Keywords add to the title: no participants' names or places, role words, function words,
  // reporting words, credits or amounts. A possessive counts as its noun ("eu's" is "eu").
  const names = new Set([...Object.values(s.participants).map((p) => p.name), ...Object.keys(s.places)].flatMap((n) => n.toLowerCase().split(/\s+/)));
  const out: string[] = [];
  for (const k of topKeys(s.terms, KEYWORDS * 4)) {
    const w = (s.surface[k] ?? k).replace(/['’]s$/, '');
    if (out.includes(w) || !keyword(w, k) || names.has(w)) continue;
    out.push(w);
    if (out.length === KEYWORDS) break;
  }
  return out;
}

function keyword(w: string, stem: string): boolean {
  if (w.length < 2 || w.includes('.') || AMOUNT.test(w) || /ly$/.test(w)) return false;
  if (isStopword(w) || NOT_KEYWORDS.has(w) || LIGHT_STEMS.has(stem) || ROLE_WORDS.has(w)) return false;
  return !isCredit(w);
}

export function eventTitle(s: EventSummary): string {
  // Who took part; failing that, where it happened ("Anchorage earthquake").
  const who = mainParticipants(s).join('–');
  const place = mainPlace(s);
  const noun = topKeys(s.nouns, 3).find((n) => !BACKGROUND.has(n)) ?? topKeys(s.nouns, 1)[0];
  const what = noun ?? eventKeywords(s).slice(0, 2).join(', ');
  const subject = who || (topKeys(s.places, 1)[0] ?? '');
  let head = [subject, what].filter(Boolean).join(subject && noun ? ' ' : ': ') || 'Untitled event';
  if (who && noun && place) head += ` in ${place}`;
  const when = monthLabel(s);
  return when ? `${head}, ${when}` : head;
}
