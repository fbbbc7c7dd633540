// What one document says about its happening: terms, cast, event nouns, places and days.
import common from '../lexicon/events-common.json' with { type: 'json' };
import { tokenize, isStopword } from '../text/tokens.js';
import { resolveDates, parseDay, isoDay } from './dates.js';
import { findNames, nameKey, type PlaceKind } from './names.js';
import { findNouns } from './nouns.js';
import { unglue } from './unglue.js';
import { top } from './vectors.js';
import type { EventDocument, EventFeatures, Weights } from './types.js';

export const MAX_DOC_TERMS = 120;
const MAX_PARTICIPANTS = 25;
const MAX_PLACES = 15;
/** News puts the happening in the first lines; that part counts more. */
const LEAD_CHARS = 600;
/** The lead vector: title and first sentence or two. */
const CORE_CHARS = 300;
const MAX_LEAD_TERMS = 40;
/** A date mentioned this far from the anchor belongs to background, not to the happening. */
const SPAN_BEFORE_DAYS = 14;
const SPAN_AFTER_DAYS = 3;

const COMMON = new Set(common);
// Finer places pin a happening down; countries and capitals standing for governments do not (they
// stay in the terms), or every story about one war would share its places.
const PLACE_WEIGHT: Record<PlaceKind, number> = { country: 0, seat: 0, region: 1, city: 1 };
const LOCATIVE_BOOST = 0.5;
/** Framing nouns (meeting, war, deal) tell less about which happening it is than specific ones. */
const GENERIC_NOUN = 0.3;
/** A year as a word: not part of a longer number, an amount or a share ("2008", not "$2008" or "2008%"). */
const YEAR = /(?<![\d$€£.,:/-])((?:19|20)\d{2})(?![\d%]|[.,:/-]\d|\s*(?:per ?cent|percent)\b)/g;
const MAX_YEARS = 6;

function yearWeights(text: string, lead: number): Weights {
  const seen = new Map<string, { count: number; first: number }>();
  for (const m of text.matchAll(YEAR)) {
    const y = m[1]!;
    const e = seen.get(y);
    if (e) e.count++;
    else seen.set(y, { count: 1, first: m.index });
  }
  const out: Weights = {};
  for (const [y, e] of seen) out[y] = salience(e.count, e.first, lead);
  return top(out, MAX_YEARS);
}

function salience(count: number, first: number, lead: number): number {
  return (1 + Math.log(count)) * (first < lead ? 1.5 : 1);
}

/**
 * Term weights over the whole text and, from the same tokens, the lead vector: the content terms
 * wholly inside the title and the first CORE_CHARS of the body (one tokenisation for both).
 */
function termWeights(title: string, body: string, lead: number): { terms: Weights; surface: Record<string, string>; core: Weights } {
  const tf: Weights = {};
  const surface: Record<string, string> = {};
  const core: Weights = {};
  const text = title ? `${title}\n${body}` : body;
  const bodyStart = title ? title.length + 1 : 0;
  const coreEnd = bodyStart + CORE_CHARS;
  for (const t of tokenize(text)) {
    if (t.lower.length < 2 || isStopword(t.lower) || /^\d{1,2}$/.test(t.lower)) continue;
    if (t.start + t.raw.length <= coreEnd && !COMMON.has(t.lower)) core[t.stem] = 1;
    const inLead = t.start < bodyStart + lead;
    const w = (COMMON.has(t.lower) ? 0.25 : 1) * (inLead ? 1.5 : 1) * (/^\p{Lu}/u.test(t.raw) ? 1.3 : 1);
    tf[t.stem] = (tf[t.stem] ?? 0) + w;
    surface[t.stem] ??= t.lower;
  }
  const terms: Weights = {};
  for (const [s, x] of Object.entries(tf)) terms[s] = 1 + Math.log(1 + x);
  const kept = top(terms, MAX_DOC_TERMS);
  return { terms: kept, surface: Object.fromEntries(Object.keys(kept).map((s) => [s, surface[s]!])), core };
}

/**
 * The day the text is anchored to: its publication date, else a full date in its first lines
 * (a dateline). The happening spans the anchor and the nearby days the text mentions.
 */
function dateSpan(text: string, publishedAt: string | null): { from: string | null; to: string | null } {
  const mentions = resolveDates(text, publishedAt);
  let anchor = parseDay(publishedAt);
  if (anchor === null) {
    const dateline = mentions.find((m) => m.start < 400 && m.from === m.to);
    anchor = dateline ? parseDay(dateline.from) : null;
  }
  if (anchor === null) return { from: null, to: null };
  let lo = anchor;
  let hi = anchor;
  for (const m of mentions) {
    const f = parseDay(m.from)!;
    const t = parseDay(m.to)!;
    // Single days only: "last week" or "in May" is too wide to narrow a happening down.
    if (f !== t || f < anchor - SPAN_BEFORE_DAYS || f > anchor + SPAN_AFTER_DAYS) continue;
    lo = Math.min(lo, f);
    hi = Math.max(hi, t);
  }
  return { from: isoDay(lo), to: isoDay(hi) };
}

export function documentFeatures(doc: EventDocument): EventFeatures {
  const title = doc.title?.trim() ?? '';
  const body = unglue(doc.text);
  const full = title ? `${title}\n${body}` : body;
  const lead = (title ? title.length + 1 : 0) + LEAD_CHARS;
  const { terms, surface, core } = termWeights(title, body, LEAD_CHARS);

  const found = findNames(full);
  const participants: Weights = {};
  const names: Record<string, string> = {};
  for (const p of found.participants) {
    participants[p.key] = salience(p.count, p.first, lead);
    names[p.key] = p.name;
  }
  // Extraction's actors are confirmed participants: they count at least as a lead mention.
  for (const a of doc.actors ?? []) {
    const key = nameKey(a);
    participants[key] = Math.max(participants[key] ?? 0, 1.5) + 0.5;
    // Extraction's name, unless it is a lone surname and the text gives the full name ("Donald Trump" over "Trump").
    const seen = names[key];
    if (!seen || a.includes(' ') || !seen.includes(' ')) names[key] = a;
  }
  const keptParticipants = top(participants, MAX_PARTICIPANTS);

  const places: Weights = {};
  for (const p of found.places) {
    const w = salience(p.count, p.first, lead) * PLACE_WEIGHT[p.kind] * (1 + (LOCATIVE_BOOST * p.locative) / p.count);
    if (w > 0) places[p.name] = Math.max(places[p.name] ?? 0, w);
  }

  const nouns: Weights = {};
  for (const n of findNouns(full)) {
    nouns[n.noun] = salience(n.count, n.first, lead) * (title && n.first < title.length ? 1.5 : 1) * (n.generic ? GENERIC_NOUN : 1);
  }

  return {
    terms,
    lead: top(core, MAX_LEAD_TERMS),
    surface,
    participants: keptParticipants,
    // Who stands with an event noun, of the participants kept: for titles, not for grouping.
    cast: Object.fromEntries(Object.entries(found.cast).filter(([k]) => k in keptParticipants)),
    names: Object.fromEntries(Object.keys(keptParticipants).map((k) => [k, names[k]!])),
    nouns,
    places: top(places, MAX_PLACES),
    years: yearWeights(full, lead),
    ...dateSpan(full, doc.publishedAt ?? null),
  };
}
