// The statements of one event ranked against each statement of a new document (keys in common first,
// then newest), from one read of the event's postings per document instead of a query per statement
// and purpose.
import type { Queries } from '../store/queries.js';

export class EventPostings {
  private constructor(
    private readonly eventKey: string,
    /** The keys read: a ranking by any other key would need postings not read. */
    private readonly read: Set<string>,
    private readonly keysOf: Map<number, Set<string>>,
  ) {}

  /** Reads the event's statements with which of `keyLists`' keys each is indexed under. */
  static async read(q: Queries, eventKey: string, keyLists: string[][]): Promise<EventPostings> {
    const keys = [...new Set([eventKey, ...keyLists.flat()])];
    const postings = await q.eventPostings(eventKey, keys);
    return new EventPostings(eventKey, new Set(keys), new Map([...postings].map(([id, ks]) => [id, new Set(ks)])));
  }

  /** A statement indexed under `keys` since the read (one of the document's own). */
  add(id: number, keys: string[]): void {
    if (!keys.includes(this.eventKey)) return;
    this.keysOf.set(id, new Set(keys.filter((k) => this.read.has(k))));
  }

  /** The `limit` statements of the event sharing most of `rankKeys` (the event's key among them), then the newest. */
  rank(rankKeys: string[], limit: number): number[] {
    const wanted = new Set([this.eventKey, ...rankKeys]);
    for (const k of wanted) if (!this.read.has(k)) throw new Error(`key ${k} was not read`);
    const shared: [number, number][] = [];
    for (const [id, keys] of this.keysOf) {
      let n = 0;
      for (const k of keys) if (wanted.has(k)) n++;
      shared.push([id, n]);
    }
    shared.sort((a, b) => b[1] - a[1] || b[0] - a[0]);
    return shared.slice(0, limit).map(([id]) => id);
  }
}
