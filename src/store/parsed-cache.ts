// Event summaries are JSON in the store and read for the events each ingest's regrouping touches; a
// summary that has not changed since it was last read is not parsed again. The stored text is the
// key, so an update by any writer (another process, another instance) is a miss, never stale.

const MAX_ENTRIES = 5_000;

export class ParsedCache {
  private readonly entries = new Map<number, { raw: string; value: unknown }>();

  parse<T>(id: number, raw: string): T {
    const hit = this.entries.get(id);
    if (hit && hit.raw === raw) return hit.value as T;
    const value = JSON.parse(raw) as T;
    if (this.entries.size >= MAX_ENTRIES) this.entries.clear();
    this.entries.set(id, { raw, value });
    return value;
  }
}
