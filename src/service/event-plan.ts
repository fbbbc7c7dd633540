// Carries out a regrouping plan in the store: new events, folds, moves, emptied events deleted, and
// the summaries of every event it touches kept current.
import { absorb, eventSpan, eventTitle, mergeSummaries, summarize, withoutDocument } from '../analysis/events/index.js';
import type { EventFeatures, EventSummary, RegroupPlan } from '../analysis/events/index.js';
import { eventBlockKey } from '../analysis/pairing.js';
import type { EventWrite, Mutations } from '../store/mutations.js';
import { storedFeatures } from './event-features.js';

/** Stands for the new document in a plan until it is stored. */
export const NEW_DOCUMENT = -1;

/** Event summaries as the plan changes them: each read once, each changed one written once at the end. */
class Summaries {
  private readonly known = new Map<number, EventSummary>();
  private readonly changed = new Set<number>();

  constructor(private readonly tx: Mutations) {}

  async get(id: number): Promise<EventSummary | undefined> {
    if (!this.known.has(id)) {
      const s = (await this.tx.eventSummaries<EventSummary>([id])).get(id);
      if (s) this.known.set(id, s);
    }
    return this.known.get(id);
  }

  /** A summary just stored (a new event): known, not changed. */
  stored(id: number, s: EventSummary): void {
    this.known.set(id, s);
  }

  set(id: number, s: EventSummary): void {
    this.known.set(id, s);
    this.changed.add(id);
  }

  forget(id: number): void {
    this.known.delete(id);
    this.changed.delete(id);
  }

  async write(): Promise<void> {
    for (const id of this.changed) await this.tx.updateEvent(id, eventWrite(this.known.get(id)!));
  }
}

/** Carries out the plan around the new document (its features given); returns the new document's event. */
export async function applyPlan(tx: Mutations, plan: RegroupPlan, features: EventFeatures): Promise<number> {
  const moving = plan.groups.flatMap((g) => g.documents).filter((d) => d !== NEW_DOCUMENT);
  const movedFeatures = moving.length > 0 ? await storedFeatures(tx, moving) : new Map<number, EventFeatures>();
  const currentEvent = moving.length > 0 ? await tx.graph.eventsOf(moving) : new Map<number, number>();
  const featuresOf = (d: number): EventFeatures | undefined => (d === NEW_DOCUMENT ? features : movedFeatures.get(d));
  const summaries = new Summaries(tx);

  let placed: number | null = null;
  const targets: { event: number; documents: number[] }[] = [];
  for (const g of plan.groups) {
    let target = g.event;
    if (target === null) {
      // A new event, summarised from the documents that open it.
      const opening = g.documents.map(featuresOf).filter((f): f is EventFeatures => f !== undefined);
      const summary = opening.slice(1).reduce(absorb, summarize(opening[0] ?? features));
      target = await tx.insertEvent(eventWrite(summary));
      summaries.stored(target, summary);
      if (g.documents.includes(NEW_DOCUMENT)) placed = target;
      // Its documents move in below without being absorbed twice.
      for (const d of g.documents) if (d !== NEW_DOCUMENT) await moveTo(d, target, false);
      continue;
    }
    for (const from of g.absorbs) {
      const [a, b] = [await summaries.get(target), await summaries.get(from)];
      const merged = a && b ? mergeSummaries(a, b) : (a ?? b ?? summarize(features));
      await tx.foldEvent(target, from, eventWrite(merged));
      await tx.renameStatementKey(eventBlockKey(String(from)), eventBlockKey(String(target)));
      summaries.forget(from);
      summaries.stored(target, merged);
      for (const [d, e] of currentEvent) if (e === from) currentEvent.set(d, target);
    }
    if (g.documents.includes(NEW_DOCUMENT)) {
      placed = target;
      const s = await summaries.get(target);
      if (s) summaries.set(target, absorb(s, features));
    }
    targets.push({ event: target, documents: g.documents.filter((d) => d !== NEW_DOCUMENT) });
  }
  for (const { event, documents } of targets) for (const d of documents) await moveTo(d, event, true);
  for (const e of plan.emptied) if (await tx.deleteEmptyEvent(e)) summaries.forget(e);
  await summaries.write();
  if (placed === null) throw new Error('regrouping placed the new document nowhere');
  return placed;

  /** Moves a document (if not there already); `absorbed`: the target's summary takes it in. */
  async function moveTo(d: number, event: number, absorbed: boolean): Promise<void> {
    const from = currentEvent.get(d);
    if (from === undefined || from === event) return;
    await tx.moveDocument(d, event, eventBlockKey(String(from)), eventBlockKey(String(event)));
    currentEvent.set(d, event);
    const f = featuresOf(d);
    if (!f) return;
    const left = await summaries.get(from);
    if (left) summaries.set(from, withoutDocument(left, f));
    const joined = absorbed ? await summaries.get(event) : undefined;
    if (joined) summaries.set(event, absorb(joined, f));
  }
}

/** An event's stored row from its summary. */
export function eventWrite(summary: EventSummary): EventWrite<EventSummary> {
  const span = eventSpan(summary);
  return { title: eventTitle(summary), summary, from: span.from, to: span.to };
}
