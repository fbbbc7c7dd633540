// Document frequencies of event keys, kept in memory between ingests. Event grouping looks up
// hundreds of keys per document (its own and its linked documents'); reading them from the table
// each time cost more than the linking itself. The cache answers only while the store holds as
// many documents as when it was filled, so a write by another process or instance empties it.

export class DfCache {
  private readonly counts = new Map<string, number>();
  private documents = -1;
  /** Changes whenever a count may have: a reader made before answers no more (see reader). */
  private generation = 0;

  /** The keys it does not know for `documents` stored documents (another count than before empties it). */
  missing(keys: Iterable<string>, documents: number): string[] {
    if (documents !== this.documents) {
      this.reset();
      this.documents = documents;
    }
    const out: string[] = [];
    for (const k of keys) if (!this.counts.has(k)) out.push(k);
    return out;
  }

  /**
   * The frequencies of `keys`, all known (after missing and fill), as they are now: 0 for any other
   * key, as a map of just these keys would answer. Reads the cache itself rather than a copy (a few
   * thousand keys per document were copied twice); used after the cache changed, it throws.
   */
  reader(keys: ReadonlySet<string>): (key: string) => number {
    const generation = this.generation;
    return (key) => {
      if (generation !== this.generation) throw new Error('document frequencies read after they changed');
      return keys.has(key) ? (this.counts.get(key) ?? 0) : 0;
    };
  }

  /** Frequencies read from the table while the store held `documents` documents. */
  fill(read: Map<string, number>, keys: string[], documents: number): void {
    if (documents !== this.documents) return;
    for (const k of keys) this.counts.set(k, read.get(k) ?? 0);
  }

  /** After a committed ingest: one more document, carrying these keys. */
  committed(keys: Iterable<string>, documentsBefore: number): void {
    if (documentsBefore !== this.documents) {
      this.clear();
      return;
    }
    this.generation++;
    for (const k of new Set(keys)) {
      const n = this.counts.get(k);
      if (n !== undefined) this.counts.set(k, n + 1);
    }
    this.documents = documentsBefore + 1;
  }

  clear(): void {
    this.reset();
    this.documents = -1;
  }

  private reset(): void {
    this.counts.clear();
    this.generation++;
  }
}
