// The service's event grouping in memory: what the store keeps in its tables (document features,
// keys, links and event links), for fitting and testing the stream without a database. The store
// version (src/service/event-assign.ts) follows the same steps with the same functions.
import { eventKeys, lookupKeys } from './keys.js';
import { LinkScorer, NormCache, prepareDocument, type PreparedDocument } from './links.js';
import { clearEvent, opensEvent, placeOnly, planRegroup, type DocumentEventLink, type DocumentLink, type NeighbourEvent, type RegroupPlan } from './regroup.js';
import { LINKED_DOCUMENTS, RECENT_DOCUMENTS, closestEvents, movableDocuments } from './neighbourhood.js';
import { CorpusCounter, STREAM_PARAMS, type MatchParams } from './similarity.js';
import type { EventFeatures } from './types.js';

export class EventStream {
  private readonly counter = new CorpusCounter();
  /** As the store's ingest keeps them across documents. */
  private readonly norms = new NormCache();
  private readonly prepared: PreparedDocument[] = [];
  private readonly byKey = new Map<string, number[]>();
  /** Links of each document, both directions. */
  private readonly links: Map<number, number>[] = [];
  private readonly eventOf: number[] = [];
  private readonly members = new Map<number, number[]>();
  private readonly eventLinks = new Map<number, Map<number, number>>();
  private nextEvent = 1;

  constructor(private readonly params: MatchParams = STREAM_PARAMS) {}

  /** Places a document; returns its index. Events of earlier documents may change: read them with event(). */
  ingest(f: EventFeatures): number {
    const d = this.prepared.length;
    const keys = eventKeys(f);
    const scorer = new LinkScorer(this.counter, this.params, this.norms);
    const shared = new Map<number, number>();
    const lookup = lookupKeys(keys, this.counter);
    for (const k of new Set(lookup)) for (const j of this.byKey.get(k) ?? []) shared.set(j, (shared.get(j) ?? 0) + 1);
    const near = [...shared.entries()].sort((a, b) => b[1] - a[1] || b[0] - a[0]).slice(0, LINKED_DOCUMENTS);
    const prepared = prepareDocument(f);
    const own = new Map<number, number>();
    for (const [j] of near) {
      const s = scorer.similarity(prepared, this.prepared[j]!);
      if (s > 0) own.set(j, s);
    }

    const links: DocumentLink[] = [...own].map(([j, s]) => ({ a: d, b: j, similarity: s }));
    const neighbourEvents = new Set([...own.keys()].map((j) => this.eventOf[j]!));
    const eventOf = new Map([...own.keys()].map((j) => [j, this.eventOf[j]!]));
    const sizes = new Map([...neighbourEvents].map((e) => [e, this.members.get(e)!.length]));
    // As the store: a document that opens an event or clearly joins one is placed without regrouping.
    const opens = opensEvent(links, scorer.cut);
    const clear = opens ? null : clearEvent(links, eventOf, sizes, scorer.cut);
    const plan = opens || clear !== null ? placeOnly(d, clear) : this.plan(d, links, eventOf, closestEvents(links, eventOf, sizes), scorer.cut);

    this.prepared.push(prepared);
    this.links.push(own);
    for (const [j, s] of own) this.links[j]!.set(d, s);
    // Indexed under the keys later documents would look up (as the store keeps them).
    for (const k of new Set(lookup)) {
      const list = this.byKey.get(k);
      if (list) list.push(d);
      else this.byKey.set(k, [d]);
    }
    this.counter.add(f);
    for (const g of plan.groups) {
      const target = g.event ?? this.nextEvent++;
      if (!this.members.has(target)) this.members.set(target, []);
      for (const e of g.absorbs) this.fold(target, e);
      for (const m of g.documents) this.move(m, target);
    }
    for (const e of plan.emptied) this.drop(e);
    return d;
  }

  /** Regrouping around the new document d from what the stream holds. */
  private plan(d: number, links: DocumentLink[], eventOf: Map<number, number>, neighbourEvents: Set<number>, cut: number): RegroupPlan {
    const since = d - RECENT_DOCUMENTS;
    const movable = movableDocuments(new Map([...neighbourEvents].map((e) => [e, this.members.get(e)!.filter((m) => m > since)])));
    const events: NeighbourEvent[] = [...neighbourEvents].map((e) => ({
      id: e,
      size: this.members.get(e)!.length,
      movable: this.members.get(e)!.filter((m) => movable.has(m)),
      pinned: false,
    }));
    const movableLinks: DocumentLink[] = [];
    const movableToEvents: DocumentEventLink[] = [];
    for (const m of movable) {
      eventOf.set(m, this.eventOf[m]!);
      const toEvents = new Map<number, number>();
      for (const [x, s] of this.links[m]!) {
        if (movable.has(x) && m < x) movableLinks.push({ a: x, b: m, similarity: s });
        const e = this.eventOf[x]!;
        if (neighbourEvents.has(e)) toEvents.set(e, (toEvents.get(e) ?? 0) + s);
      }
      for (const [e, total] of toEvents) movableToEvents.push({ document: m, event: e, total });
    }
    const eventLinks = [];
    for (const a of neighbourEvents) for (const [b, total] of this.eventLinks.get(a) ?? []) if (a < b && neighbourEvents.has(b)) eventLinks.push({ a, b, total });
    return planRegroup({ document: d, events, links, movableLinks, movableToEvents, eventLinks, eventOf, cut });
  }

  /** The event a document is in now. */
  event(document: number): number {
    return this.eventOf[document]!;
  }

  private addEventLink(a: number, b: number, s: number): void {
    if (a === b) return;
    for (const [x, y] of [[a, b], [b, a]] as const) {
      let row = this.eventLinks.get(x);
      if (!row) this.eventLinks.set(x, (row = new Map()));
      row.set(y, (row.get(y) ?? 0) + s);
    }
  }

  private fold(into: number, from: number): void {
    for (const m of this.members.get(from)!) this.eventOf[m] = into;
    this.members.get(into)!.push(...this.members.get(from)!);
    for (const [x, s] of this.eventLinks.get(from) ?? []) this.addEventLink(into, x, s);
    this.drop(from);
  }

  /** Puts a document (new, or moving from its event) in an event, keeping event links current. */
  private move(d: number, to: number): void {
    const from = this.eventOf[d];
    if (from === to) return;
    if (from !== undefined) {
      const list = this.members.get(from)!;
      list.splice(list.indexOf(d), 1);
    }
    this.members.get(to)!.push(d);
    this.eventOf[d] = to;
    for (const [x, s] of this.links[d]!) {
      const ex = this.eventOf[x];
      if (ex === undefined) continue;
      if (from !== undefined) this.addEventLink(from, ex, -s);
      this.addEventLink(to, ex, s);
    }
  }

  private drop(e: number): void {
    this.members.delete(e);
    for (const x of this.eventLinks.get(e)?.keys() ?? []) this.eventLinks.get(x)?.delete(e);
    this.eventLinks.delete(e);
  }
}
