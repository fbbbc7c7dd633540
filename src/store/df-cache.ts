// Document frequencies of event keys, kept in memory between ingests. Event grouping looks up
// hundreds of keys per document (its own and its linked documents'); reading them from the table
// each time cost more than the linking itself. The cache answers only while the store holds as
// many documents as when it was filled, so a write by another process or instance empties it.

export class DfCache {
  private readonly counts = new Map<string, number>();
  private documents = -1;

  /** The cached frequencies of these keys, and the keys it does not know, for `documents` stored documents. */
  lookup(keys: string[], documents: number): { known: Map<string, number>; missing: string[] } {
    if (documents !== this.documents) {
      this.counts.clear();
      this.documents = documents;
    }
    const known = new Map<string, number>();
    const missing: string[] = [];
    for (const k of keys) {
      const n = this.counts.get(k);
      if (n === undefined) missing.push(k);
      else known.set(k, n);
    }
    return { known, missing };
  }

  /** Frequencies read from the table while the store held `documents` documents. */
  fill(read: Map<string, number>, keys: string[], documents: number): void {
    if (documents !== this.documents) return;
    for (const k of keys) this.counts.set(k, read.get(k) ?? 0);
  }

  /** After a committed ingest: one more document, carrying these keys. */
  committed(keys: Iterable<string>, documentsBefore: number): void {
    if (documentsBefore !== this.documents) {
      this.counts.clear();
      this.documents = -1;
      return;
    }
    for (const k of new Set(keys)) {
      const n = this.counts.get(k);
      if (n !== undefined) this.counts.set(k, n + 1);
    }
    this.documents = documentsBefore + 1;
  }

  clear(): void {
    this.counts.clear();
    this.documents = -1;
  }
}
