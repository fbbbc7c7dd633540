// The tables of event grouping by document links. Every document keeps its features and blocking
// keys; the recent documents (those grouping may still move) also keep their links to earlier
// documents, and all their links (later documents' to them too) summed per event; every pair of
// events keeps the sum of the links between their documents. The sums are kept equal to the links
// they add up by every write here (new links, moves, folds), so grouping never rereads old links.
// Older documents' links are dropped: they live on in the event sums.
import type { Queryable } from './db.js';
import { padded, placeholders, rowChunks } from './rows.js';

export interface EventLinkTotal {
  /** a < b. */
  a: number;
  b: number;
  total: number;
}

export interface UngroupedDocument {
  id: number;
  text: string;
  title: string | null;
  publishedAt: string | null;
  /** Names of the actors its statements were attributed to. */
  actors: string[];
}

type Delta = [number, number, number];

export class EventGraph {
  constructor(private readonly q: Queryable) {}

  /** `linked`: grouping placed the document by links it stores; false for features added afterwards. */
  async insertFeatures(documentId: number, digest: string, features: string, keys: string[], linked: boolean): Promise<void> {
    await this.q.run('INSERT INTO document_features (document_id, digest, features, linked) VALUES (?, ?, ?, ?)', [documentId, digest, features, linked ? 1 : 0]);
    await this.insertRows('document_keys (key, document_id)', [...new Set(keys)].map((k) => [k, documentId]));
  }

  /** Documents sharing most of these keys, then the newest, at most `limit`: with their features' digest and their event. */
  async documentsByKeys(keys: string[], limit: number): Promise<{ id: number; digest: string; event: number | null }[]> {
    if (keys.length === 0) return [];
    const list = padded(keys);
    const rows = await this.q.all(
      `SELECT k.document_id, f.digest, d.event_id FROM (
         SELECT document_id, CAST(COUNT(*) AS INTEGER) AS shared FROM document_keys WHERE key IN (${placeholders(list.length)})
         GROUP BY document_id ORDER BY shared DESC, document_id DESC LIMIT ?
       ) k JOIN document_features f ON f.document_id = k.document_id JOIN documents d ON d.id = k.document_id
       ORDER BY k.shared DESC, k.document_id DESC`,
      [...list, limit],
    );
    return rows.map((r) => ({ id: Number(r.document_id), digest: String(r.digest), event: r.event_id === null ? null : Number(r.event_id) }));
  }

  /** Digests of these documents' features; documents stored without features are absent. */
  async digests(ids: number[]): Promise<Map<number, string>> {
    if (ids.length === 0) return new Map();
    const list = padded(ids);
    const rows = await this.q.all(`SELECT document_id, digest FROM document_features WHERE document_id IN (${placeholders(list.length)})`, list);
    return new Map(rows.map((r) => [Number(r.document_id), String(r.digest)]));
  }

  /** Features (JSON) of these documents. */
  async features(ids: number[]): Promise<Map<number, string>> {
    if (ids.length === 0) return new Map();
    const list = padded(ids);
    const rows = await this.q.all(`SELECT document_id, features FROM document_features WHERE document_id IN (${placeholders(list.length)})`, list);
    return new Map(rows.map((r) => [Number(r.document_id), String(r.features)]));
  }

  /** The newest documents without features (stored before grouping kept them), newest first. */
  async ungrouped(limit: number): Promise<UngroupedDocument[]> {
    const rows = await this.q.all(
      `SELECT id, text, title, published_at FROM documents
       WHERE id < COALESCE((SELECT MIN(document_id) FROM document_features), (SELECT MAX(id) + 1 FROM documents))
       ORDER BY id DESC LIMIT ?`,
      [limit],
    );
    if (rows.length === 0) return [];
    const ids = rows.map((r) => Number(r.id));
    const named = await this.q.all(
      `SELECT DISTINCT s.document_id, a.name FROM statements s JOIN actors a ON a.id = s.actor_id WHERE s.document_id IN (${placeholders(ids.length)})`,
      ids,
    );
    return rows.map((r) => ({
      id: Number(r.id),
      text: String(r.text),
      title: r.title === null ? null : String(r.title),
      publishedAt: r.published_at === null ? null : String(r.published_at),
      actors: named.filter((n) => Number(n.document_id) === Number(r.id)).map((n) => String(n.name)),
    }));
  }

  async newestDocument(): Promise<number> {
    const r = await this.q.get('SELECT MAX(id) AS id FROM documents');
    return r?.id == null ? 0 : Number(r.id);
  }

  /** The event of each of these documents that is in one. */
  async eventsOf(ids: number[]): Promise<Map<number, number>> {
    if (ids.length === 0) return new Map();
    const list = padded(ids);
    const rows = await this.q.all(`SELECT id, event_id FROM documents WHERE id IN (${placeholders(list.length)}) AND event_id IS NOT NULL`, list);
    return new Map(rows.map((r) => [Number(r.id), Number(r.event_id)]));
  }

  /** How many documents each of these events holds. */
  async eventSizes(eventIds: number[]): Promise<Map<number, number>> {
    if (eventIds.length === 0) return new Map();
    const list = padded(eventIds);
    const rows = await this.q.all(
      `SELECT event_id, CAST(COUNT(*) AS INTEGER) AS size FROM documents WHERE event_id IN (${placeholders(list.length)}) GROUP BY event_id`,
      list,
    );
    return new Map(rows.map((r) => [Number(r.event_id), Number(r.size)]));
  }

  /** Of each of these events' documents after `since`, the `perEvent` newest, those placed by their links (newest first). */
  async recentDocuments(eventIds: number[], perEvent: number, since: number): Promise<Map<number, number[]>> {
    const out = new Map<number, number[]>(eventIds.map((e) => [e, []]));
    if (eventIds.length === 0) return out;
    const list = padded(eventIds);
    const rows = await this.q.all(
      `SELECT ranked.event_id, ranked.id FROM (
         SELECT event_id, id, ROW_NUMBER() OVER (PARTITION BY event_id ORDER BY id DESC) AS newest
         FROM documents WHERE event_id IN (${placeholders(list.length)}) AND id > ?
       ) ranked JOIN document_features f ON f.document_id = ranked.id
       WHERE ranked.newest <= ? AND f.linked = 1 ORDER BY ranked.event_id, ranked.id DESC`,
      [...list, since, perEvent],
    );
    for (const r of rows) out.get(Number(r.event_id))?.push(Number(r.id));
    return out;
  }

  /** Events a person merged others into or renamed: grouping keeps them whole. */
  async pinned(eventIds: number[]): Promise<Set<number>> {
    if (eventIds.length === 0) return new Set();
    const list = padded(eventIds);
    const rows = await this.q.all(
      `SELECT id FROM events e WHERE id IN (${placeholders(list.length)})
       AND (title_locked = 1 OR EXISTS (SELECT 1 FROM event_pins p WHERE p.event_id = e.id))`,
      list,
    );
    return new Set(rows.map((r) => Number(r.id)));
  }

  async pin(eventId: number): Promise<void> {
    await this.q.run('INSERT INTO event_pins (event_id) VALUES (?) ON CONFLICT DO NOTHING', [eventId]);
  }

  /** Links between two of these recent documents (a the newer). */
  async linksAmong(ids: number[]): Promise<{ a: number; b: number; similarity: number }[]> {
    if (ids.length < 2) return [];
    const values = padded(ids);
    const list = placeholders(values.length);
    const rows = await this.q.all(
      `SELECT document_id, other_id, similarity FROM recent_links WHERE document_id IN (${list}) AND other_id IN (${list})`,
      [...values, ...values],
    );
    return rows.map((r) => ({ a: Number(r.document_id), b: Number(r.other_id), similarity: Number(r.similarity) }));
  }

  /** Each of these recent documents' links summed per event, for these events. */
  async documentEventLinks(ids: number[], eventIds: number[]): Promise<{ document: number; event: number; total: number }[]> {
    if (ids.length === 0 || eventIds.length === 0) return [];
    const [documents, events] = [padded(ids), padded(eventIds)];
    const rows = await this.q.all(
      `SELECT document_id, event_id, total FROM recent_event_links WHERE document_id IN (${placeholders(documents.length)}) AND event_id IN (${placeholders(events.length)})`,
      [...documents, ...events],
    );
    return rows.map((r) => ({ document: Number(r.document_id), event: Number(r.event_id), total: Number(r.total) }));
  }

  /** Event links between any two of these events. */
  async eventLinks(eventIds: number[]): Promise<EventLinkTotal[]> {
    if (eventIds.length < 2) return [];
    const values = padded(eventIds);
    const list = placeholders(values.length);
    const rows = await this.q.all(`SELECT a_id, b_id, total FROM event_links WHERE a_id IN (${list}) AND b_id IN (${list})`, [...values, ...values]);
    return rows.map((r) => ({ a: Number(r.a_id), b: Number(r.b_id), total: Number(r.total) }));
  }

  /**
   * Stores a new document's links to earlier documents and adds them to every sum: its own, the
   * recent ones' (after `since`) and its event's. The sums are made in SQL from the stored links.
   */
  async insertLinks(documentId: number, links: { other: number; similarity: number }[], since: number): Promise<void> {
    await this.insertRows('recent_links (document_id, other_id, similarity)', links.map((l) => [documentId, l.other, l.similarity]));
    const upsert = (table: string, key: string) => `ON CONFLICT (${key}) DO UPDATE SET total = ${table}.total + excluded.total`;
    const linked = 'recent_links l JOIN documents own ON own.id = l.document_id JOIN documents d ON d.id = l.other_id';
    await this.q.run(
      `INSERT INTO recent_event_links (document_id, event_id, total)
       SELECT l.document_id, d.event_id, SUM(l.similarity) FROM ${linked}
       WHERE l.document_id = ? AND d.event_id IS NOT NULL GROUP BY l.document_id, d.event_id
       ${upsert('recent_event_links', 'document_id, event_id')}`,
      [documentId],
    );
    await this.q.run(
      `INSERT INTO recent_event_links (document_id, event_id, total)
       SELECT l.other_id, own.event_id, l.similarity FROM ${linked}
       WHERE l.document_id = ? AND l.other_id > ? AND own.event_id IS NOT NULL
       ${upsert('recent_event_links', 'document_id, event_id')}`,
      [documentId, since],
    );
    const newer = 'CASE WHEN own.event_id > d.event_id THEN own.event_id ELSE d.event_id END';
    const older = 'CASE WHEN own.event_id > d.event_id THEN d.event_id ELSE own.event_id END';
    await this.q.run(
      `INSERT INTO event_links (b_id, a_id, total)
       SELECT ${newer}, ${older}, SUM(l.similarity) FROM ${linked}
       WHERE l.document_id = ? AND d.event_id <> own.event_id GROUP BY own.event_id, d.event_id
       ${upsert('event_links', 'b_id, a_id')}`,
      [documentId],
    );
  }

  /** After a recent document moved from one event to another: every sum its links are in follows. */
  async moveLinks(documentId: number, from: number | null, to: number): Promise<void> {
    // Its own links, and later documents' links to it (moves are rare: those are read through the recent ones).
    const rows = await this.q.all(
      `SELECT l.other_id, l.similarity, d.event_id FROM recent_links l JOIN documents d ON d.id = l.other_id WHERE l.document_id = ?
       UNION ALL
       SELECT l.document_id, l.similarity, d.event_id FROM recent_links l JOIN documents d ON d.id = l.document_id WHERE l.document_id > ? AND l.other_id = ?`,
      [documentId, documentId, documentId],
    );
    const eventDeltas: Delta[] = [];
    const documentDeltas: Delta[] = [];
    for (const r of rows) {
      const [other, s] = [Number(r.other_id), Number(r.similarity)];
      if (r.event_id !== null) {
        if (from !== null) eventDeltas.push([from, Number(r.event_id), -s]);
        eventDeltas.push([to, Number(r.event_id), s]);
      }
      // The other document's own sums counted this one under its old event (rows of documents no
      // longer recent are dropped at the next prune).
      if (from !== null) documentDeltas.push([other, from, -s]);
      documentDeltas.push([other, to, s]);
    }
    await this.addEventLinks(eventDeltas);
    await this.addRecentEventLinks(documentDeltas);
  }

  /** After event `from` was folded into `into`: its sums become `into`'s. */
  async foldLinks(into: number, from: number): Promise<void> {
    // Folds are rare: finding `from` as the older event of a pair reads the table through.
    const rows = await this.q.all('SELECT a_id, b_id, total FROM event_links WHERE a_id = ? OR b_id = ?', [from, from]);
    await this.q.run('DELETE FROM event_links WHERE a_id = ? OR b_id = ?', [from, from]);
    await this.addEventLinks(rows.map((r) => [into, Number(r.a_id) === from ? Number(r.b_id) : Number(r.a_id), Number(r.total)]));
    // A small table (recent documents only): read through.
    const sums = await this.q.all('SELECT document_id, total FROM recent_event_links WHERE event_id = ?', [from]);
    await this.q.run('DELETE FROM recent_event_links WHERE event_id = ?', [from]);
    await this.addRecentEventLinks(sums.map((r) => [Number(r.document_id), into, Number(r.total)]));
  }

  /** Drops the links of documents up to `until`: no longer recent, they are only in event sums now. */
  async prune(until: number): Promise<void> {
    await this.q.run('DELETE FROM recent_links WHERE document_id <= ?', [until]);
    await this.q.run('DELETE FROM recent_event_links WHERE document_id <= ?', [until]);
  }

  /** Adds to event links; links within one event are not kept. */
  private async addEventLinks(deltas: Delta[]): Promise<void> {
    await this.addTotals('event_links', 'b_id, a_id', deltas.filter(([x, y]) => x !== y).map(([x, y, s]) => (x > y ? [x, y, s] : [y, x, s])));
  }

  private async addRecentEventLinks(deltas: Delta[]): Promise<void> {
    await this.addTotals('recent_event_links', 'document_id, event_id', deltas);
  }

  /** Adds each delta to the stored total of its key (deltas of one key summed first). */
  private async addTotals(table: string, key: string, deltas: Delta[]): Promise<void> {
    const sums = new Map<string, Delta>();
    for (const [a, b, s] of deltas) {
      const cur = sums.get(`${a} ${b}`);
      if (cur) cur[2] += s;
      else sums.set(`${a} ${b}`, [a, b, s]);
    }
    const rows = [...sums.values()];
    for (const chunk of rowChunks(rows)) {
      await this.q.run(
        `INSERT INTO ${table} (${key}, total) VALUES ${chunk.map(() => '(?, ?, ?)').join(', ')}
         ON CONFLICT (${key}) DO UPDATE SET total = ${table}.total + excluded.total`,
        chunk.flat(),
      );
    }
  }

  private async insertRows(table: string, rows: (string | number)[][]): Promise<void> {
    for (const chunk of rowChunks(rows)) {
      await this.q.run(`INSERT INTO ${table} VALUES ${chunk.map((r) => `(${placeholders(r.length)})`).join(', ')}`, chunk.flat());
    }
  }
}
