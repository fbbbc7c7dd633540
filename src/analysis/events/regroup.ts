// The service's event grouping around a new document: average linkage, as batch grouping does, over
// the events near it. Each of those events keeps its older documents as one unit while its recent
// documents are taken apart and regrouped with the new one, so a young event's early mistakes are
// corrected as evidence arrives and the past stays put. Pinned events (a person merged or renamed
// them) are kept whole.
import { addSum, averageLinkage, type LinkageUnit, type UnitSums } from './linkage.js';
import { eventMeans } from './neighbourhood.js';

export interface NeighbourEvent {
  id: number;
  /** All its documents. */
  size: number;
  /** Its documents that may move to another event: recent ones; none when pinned. */
  movable: number[];
  /** A person merged or renamed it: never split, never folded into another pinned event. */
  pinned: boolean;
}

/** Similarity between two documents. */
export interface DocumentLink {
  a: number;
  b: number;
  similarity: number;
}

/** Summed similarity between the documents of two events (over all their links). */
export interface EventLink {
  a: number;
  b: number;
  total: number;
}

/** Summed similarity between one document and the documents of one event. */
export interface DocumentEventLink {
  document: number;
  event: number;
  total: number;
}

export interface Neighbourhood {
  /** The new document: in no event yet. */
  document: number;
  events: NeighbourEvent[];
  /** The new document's links. */
  links: DocumentLink[];
  /** Links between two movable documents. */
  movableLinks: DocumentLink[];
  /** Each movable document's summed links to each neighbouring event (its own too). */
  movableToEvents: DocumentEventLink[];
  /** Between the neighbouring events, each pair once. */
  eventLinks: EventLink[];
  /** The event of every document the links reach, other than the new one. */
  eventOf: ReadonlyMap<number, number>;
  /** Mean similarity two units need to be merged. */
  cut: number;
}

export interface RegroupedEvent {
  /** The existing event that ends up holding the group, or null for a new event. */
  event: number | null;
  /** Existing events folded into it. */
  absorbs: number[];
  /** The movable documents, and the new one, that end up in it. */
  documents: number[];
}

export interface RegroupPlan {
  /** Groups that change something: hold the new document, fold events or receive documents. */
  groups: RegroupedEvent[];
  /** Events all of whose documents moved elsewhere: to be deleted. */
  emptied: number[];
}

interface Unit extends LinkageUnit {
  /** The event whose older part this unit is, or null for a single movable (or the new) document. */
  event: number | null;
  document: number | null;
}

const pairKey = (a: number, b: number) => (a < b ? `${a} ${b}` : `${b} ${a}`);
/** Sums below this are rounding left by running additions and subtractions. */
const RESIDUE = 1e-9;

/**
 * A new document none of whose links reaches the cut opens an event of its own without regrouping:
 * every mean it would be part of stays below the cut, so it merges with nothing. Most new stories.
 */
export function opensEvent(links: DocumentLink[], cut: number): boolean {
  return links.every((l) => l.similarity < cut);
}

/** A new document whose mean similarity to one event is this many cuts, and to every other event below the cut, joins it without regrouping. */
const CLEAR_JOIN = 2;

/**
 * The event a new document clearly belongs to, or null. Regrouping would only put it there: the mean
 * between that event grown by the document and another event lies between theirs before (below the
 * cut, or they would be one) and the document's own (below), so no merge follows; and a document
 * this close makes its event tighter, not looser. Most follow-ups of a running story.
 */
export function clearEvent(links: DocumentLink[], eventOf: ReadonlyMap<number, number>, sizes: ReadonlyMap<number, number>, cut: number): number | null {
  const [best, second] = eventMeans(links, eventOf, sizes);
  if (!best || best.mean < CLEAR_JOIN * cut) return null;
  return !second || second.mean < cut ? best.event : null;
}

/** The plan that puts the new document in this event (null: a new one) and changes nothing else. */
export function placeOnly(document: number, event: number | null): RegroupPlan {
  return { groups: [{ event, absorbs: [], documents: [document] }], emptied: [] };
}

export function planRegroup(n: Neighbourhood): RegroupPlan {
  const units: Unit[] = [{ size: 1, pinned: false, event: null, document: n.document }];
  const unitOfDocument = new Map<number, number>([[n.document, 0]]);
  const olderPart = new Map<number, number>();
  const events = [...n.events].sort((a, b) => a.id - b.id);
  for (const e of events) {
    const movable = e.pinned ? [] : [...new Set(e.movable)].sort((a, b) => a - b);
    if (e.size > movable.length) {
      olderPart.set(e.id, units.length);
      units.push({ size: e.size - movable.length, pinned: e.pinned, event: e.id, document: null });
    }
    for (const d of movable) {
      unitOfDocument.set(d, units.length);
      units.push({ size: 1, pinned: false, event: null, document: d });
    }
  }
  const unitOf = (d: number): number | undefined => {
    const u = unitOfDocument.get(d);
    if (u !== undefined) return u;
    const e = n.eventOf.get(d);
    return e === undefined ? undefined : olderPart.get(e);
  };

  const sums: UnitSums = new Map();
  for (const l of n.links) {
    const ub = unitOf(l.b);
    if (ub !== undefined) addSum(sums, 0, ub, l.similarity);
  }
  // Sums to an event's older part are the sums to the whole event less those to its movable documents.
  // Only documents taken apart here count as movable (not those of pinned events).
  const movable = (d: number) => d !== n.document && unitOfDocument.has(d);
  const movableLinks = n.movableLinks.filter((l) => movable(l.a) && movable(l.b));
  const toMovable = new Map<string, number>();
  const add = (m: Map<string, number>, key: string, s: number) => m.set(key, (m.get(key) ?? 0) + s);
  for (const l of movableLinks) {
    addSum(sums, unitOfDocument.get(l.a)!, unitOfDocument.get(l.b)!, l.similarity);
    add(toMovable, `${l.a} ${n.eventOf.get(l.b)}`, l.similarity);
    add(toMovable, `${l.b} ${n.eventOf.get(l.a)}`, l.similarity);
  }
  const byEvents = new Map<string, number>();
  for (const l of n.movableToEvents) {
    if (!movable(l.document)) continue;
    const older = olderPart.get(l.event);
    const rest = l.total - (toMovable.get(`${l.document} ${l.event}`) ?? 0);
    // Running sums drift by rounding: a residue is no link.
    if (older !== undefined && rest > RESIDUE) addSum(sums, unitOfDocument.get(l.document)!, older, rest);
    const own = n.eventOf.get(l.document);
    if (own !== undefined && own !== l.event) add(byEvents, pairKey(own, l.event), l.total);
  }
  for (const l of movableLinks) {
    const [ea, eb] = [n.eventOf.get(l.a), n.eventOf.get(l.b)];
    if (ea !== undefined && eb !== undefined && ea !== eb) add(byEvents, pairKey(ea, eb), -l.similarity);
  }
  // Between two older parts: the event link less what the movable documents of either side hold.
  for (const el of n.eventLinks) {
    const ua = olderPart.get(el.a);
    const ub = olderPart.get(el.b);
    if (ua === undefined || ub === undefined) continue;
    const rest = el.total - (byEvents.get(pairKey(el.a, el.b)) ?? 0);
    if (rest > RESIDUE) addSum(sums, ua, ub, rest);
  }

  const groups = averageLinkage(units, sums, n.cut);
  const claimed = new Set<number>();
  const planned: (RegroupedEvent & { changed: boolean })[] = [];
  // Groups holding older parts keep one of those events (a pinned one if any, else the oldest).
  const withOlder = groups.filter((g) => g.some((u) => units[u]!.event !== null));
  const withoutOlder = groups.filter((g) => g.every((u) => units[u]!.event === null));
  for (const g of withOlder) {
    const olderUnits = g.map((u) => units[u]!).filter((u) => u.event !== null);
    const keep = (olderUnits.find((u) => u.pinned) ?? olderUnits[0]!).event!;
    const absorbs = olderUnits.map((u) => u.event!).filter((e) => e !== keep);
    for (const u of olderUnits) claimed.add(u.event!);
    const documents = documentsOf(g, units);
    const changed = absorbs.length > 0 || documents.some((d) => d === n.document || n.eventOf.get(d) !== keep);
    planned.push({ event: keep, absorbs, documents, changed });
  }
  // A group of movable documents alone keeps the event most of them come from, unless another group
  // has it; else it is a new event.
  for (const g of withoutOlder) {
    const documents = documentsOf(g, units);
    const counts = new Map<number, number>();
    for (const d of documents) {
      const e = n.eventOf.get(d);
      if (e !== undefined && !claimed.has(e)) counts.set(e, (counts.get(e) ?? 0) + 1);
    }
    const keep = [...counts.entries()].sort((a, b) => b[1] - a[1] || a[0] - b[0])[0]?.[0] ?? null;
    if (keep !== null) claimed.add(keep);
    const changed = keep === null || documents.some((d) => n.eventOf.get(d) !== keep);
    planned.push({ event: keep, absorbs: [], documents, changed });
  }
  const emptied = events.filter((e) => !claimed.has(e.id)).map((e) => e.id);
  return { groups: planned.filter((g) => g.changed).map(({ changed: _, ...g }) => g), emptied };
}

function documentsOf(group: number[], units: Unit[]): number[] {
  return group.map((u) => units[u]!.document).filter((d): d is number => d !== null);
}
