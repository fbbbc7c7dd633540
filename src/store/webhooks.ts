import type { DivergenceKind } from '../analysis/types.js';
import { decodeCursor, pageOf } from './cursor.js';
import type { Db, Row, SqlValue } from './db.js';
import type { PageRequest } from './queries.js';
import type { Page } from './records.js';
import { placeholders } from './rows.js';

export interface WebhookFilterRecord {
  event?: string;
  actor?: string;
  kind?: DivergenceKind;
  minScore?: number;
}

export interface WebhookRecord {
  id: number;
  url: string;
  secret: string | null;
  filters: WebhookFilterRecord;
  createdAt: string;
}

export type DeliveryStatus = 'pending' | 'delivered' | 'failed';
/** A delivery in these states is never sent again. */
const ENDED: DeliveryStatus[] = ['delivered', 'failed'];

export interface DeliveryRecord {
  id: number;
  webhookId: number;
  divergenceId: number;
  status: DeliveryStatus;
  attempts: number;
  lastStatusCode: number | null;
  lastError: string | null;
  nextAttemptAt: string | null;
  deliveredAt: string | null;
  /** When it was delivered or failed; null while pending. */
  endedAt: string | null;
  createdAt: string;
}

/** A due delivery one instance has leased, with what it needs to send it. */
export interface ClaimedDelivery {
  id: number;
  divergenceId: number;
  attempts: number;
  url: string;
  secret: string | null;
}

/** What one attempt came to: delivered, retry at a time, or given up. */
export type AttemptOutcome =
  | { kind: 'delivered'; statusCode: number; at: string }
  | { kind: 'retry'; statusCode: number | null; error: string; nextAttemptAt: string }
  | { kind: 'failed'; statusCode: number | null; error: string; at: string };

const WEBHOOK_COLUMNS = 'w.id, w.url, w.secret, w.filters, w.created_at';
const DELIVERY_COLUMNS = `d.id, d.webhook_id, d.divergence_id, d.status, d.attempts, d.last_status_code, d.last_error,
  d.next_attempt_at, d.delivered_at, d.ended_at, d.created_at`;

const optNum = (v: unknown): number | null => (v === null || v === undefined ? null : Number(v));
const optStr = (v: unknown): string | null => (v === null || v === undefined ? null : String(v));

function toWebhook(r: Row): WebhookRecord {
  return {
    id: Number(r.id),
    url: String(r.url),
    secret: optStr(r.secret),
    filters: JSON.parse(String(r.filters)) as WebhookFilterRecord,
    createdAt: String(r.created_at),
  };
}

function toDelivery(r: Row): DeliveryRecord {
  return {
    id: Number(r.id),
    webhookId: Number(r.webhook_id),
    divergenceId: Number(r.divergence_id),
    status: String(r.status) as DeliveryStatus,
    attempts: Number(r.attempts),
    lastStatusCode: optNum(r.last_status_code),
    lastError: optStr(r.last_error),
    nextAttemptAt: optStr(r.next_attempt_at),
    deliveredAt: optStr(r.delivered_at),
    endedAt: optStr(r.ended_at),
    createdAt: String(r.created_at),
  };
}

const now = (): string => new Date().toISOString();

/** Webhooks and their deliveries; timestamps are ISO strings, so they compare as text. */
export class WebhookStore {
  constructor(private readonly db: Db) {}

  async createWebhook(input: { url: string; secret: string | null; filters: WebhookFilterRecord }): Promise<WebhookRecord> {
    const r = await this.db.get(`INSERT INTO webhooks (url, secret, filters, created_at) VALUES (?, ?, ?, ?) RETURNING id`, [
      input.url,
      input.secret,
      JSON.stringify(input.filters),
      now(),
    ]);
    const created = r && (await this.webhook(Number(r.id)));
    if (!created) throw new Error('INSERT INTO webhooks returned no row');
    return created;
  }

  async webhook(id: number): Promise<WebhookRecord | undefined> {
    const r = await this.db.get(`SELECT ${WEBHOOK_COLUMNS} FROM webhooks w WHERE w.id = ?`, [id]);
    return r && toWebhook(r);
  }

  /** Oldest first. */
  async webhooks(page: PageRequest): Promise<Page<WebhookRecord>> {
    const after = decodeCursor(page.cursor);
    const rows = await this.db.all(`SELECT ${WEBHOOK_COLUMNS} FROM webhooks w WHERE w.id > ? ORDER BY w.id LIMIT ?`, [after?.id ?? 0, page.limit + 1]);
    return pageOf(rows.map(toWebhook), page.limit, (w) => ({ value: w.id, id: w.id }));
  }

  /** Every webhook, to match a new divergence against. */
  async allWebhooks(): Promise<WebhookRecord[]> {
    return (await this.db.all(`SELECT ${WEBHOOK_COLUMNS} FROM webhooks w ORDER BY w.id`)).map(toWebhook);
  }

  /** Deletes a webhook and its deliveries; false when there was none. */
  async deleteWebhook(id: number): Promise<boolean> {
    await this.db.run(`DELETE FROM webhook_deliveries WHERE webhook_id = ?`, [id]);
    return (await this.db.run(`DELETE FROM webhooks WHERE id = ?`, [id])).changes > 0;
  }

  /**
   * A pending delivery per (webhook, divergence), due now. Insert-or-ignore: every instance that hears of
   * a divergence calls this and one row stays. A webhook deleted meanwhile gets none. Returns how many were new.
   */
  async enqueueDeliveries(pairs: { webhookId: number; divergenceId: number }[]): Promise<number> {
    let created = 0;
    for (const p of pairs) {
      const at = now();
      const r = await this.db.run(
        `INSERT INTO webhook_deliveries (webhook_id, divergence_id, status, attempts, next_attempt_at, created_at)
         SELECT w.id, ?, 'pending', 0, ?, ? FROM webhooks w WHERE w.id = ?
         ON CONFLICT (webhook_id, divergence_id) DO NOTHING`,
        [p.divergenceId, at, at, p.webhookId],
      );
      created += r.changes;
    }
    return created;
  }

  async delivery(id: number): Promise<DeliveryRecord | undefined> {
    const r = await this.db.get(`SELECT ${DELIVERY_COLUMNS} FROM webhook_deliveries d WHERE d.id = ?`, [id]);
    return r && toDelivery(r);
  }

  /** A webhook's deliveries, newest first. */
  async deliveries(webhookId: number, filter: { status?: DeliveryStatus }, page: PageRequest): Promise<Page<DeliveryRecord>> {
    const where = ['d.webhook_id = ?'];
    const params: SqlValue[] = [webhookId];
    if (filter.status) {
      where.push('d.status = ?');
      params.push(filter.status);
    }
    const after = decodeCursor(page.cursor);
    if (after) {
      where.push('d.id < ?');
      params.push(after.id);
    }
    const rows = await this.db.all(`SELECT ${DELIVERY_COLUMNS} FROM webhook_deliveries d WHERE ${where.join(' AND ')} ORDER BY d.id DESC LIMIT ?`, [
      ...params,
      page.limit + 1,
    ]);
    return pageOf(rows.map(toDelivery), page.limit, (d) => ({ value: d.id, id: d.id }));
  }

  /**
   * Leases up to `limit` due deliveries until `leaseUntil`, in one store transaction so that two instances
   * never lease the same row; the UPDATE re-checks the lease besides, so it holds without the lock too.
   */
  async claimDue(at: string, leaseUntil: string, limit: number): Promise<ClaimedDelivery[]> {
    return this.db.exclusive(async (tx) => {
      const due = (t: string): string => `${t}.status = 'pending' AND ${t}.next_attempt_at <= ? AND (${t}.leased_until IS NULL OR ${t}.leased_until <= ?)`;
      const rows = await tx.all(
        `SELECT d.id, d.divergence_id, d.attempts, w.url, w.secret
         FROM webhook_deliveries d JOIN webhooks w ON w.id = d.webhook_id
         WHERE ${due('d')} ORDER BY d.next_attempt_at, d.id LIMIT ?`,
        [at, at, limit],
      );
      if (rows.length === 0) return [];
      const ids = rows.map((r) => Number(r.id));
      const leased = await tx.all(
        `UPDATE webhook_deliveries SET leased_until = ? WHERE id IN (${placeholders(ids.length)}) AND ${due('webhook_deliveries')} RETURNING id`,
        [leaseUntil, ...ids, at, at],
      );
      const mine = new Set(leased.map((r) => Number(r.id)));
      return rows
        .filter((r) => mine.has(Number(r.id)))
        .map((r) => ({ id: Number(r.id), divergenceId: Number(r.divergence_id), attempts: Number(r.attempts), url: String(r.url), secret: optStr(r.secret) }));
    });
  }

  /** Records one attempt and ends the lease. */
  async recordAttempt(id: number, outcome: AttemptOutcome): Promise<void> {
    const status: DeliveryStatus = outcome.kind === 'retry' ? 'pending' : outcome.kind;
    await this.db.run(
      `UPDATE webhook_deliveries SET status = ?, attempts = attempts + 1, last_status_code = ?, last_error = ?,
         next_attempt_at = ?, delivered_at = ?, ended_at = ?, leased_until = NULL
       WHERE id = ? AND status = 'pending'`,
      [
        status,
        outcome.statusCode,
        outcome.kind === 'delivered' ? null : outcome.error,
        outcome.kind === 'retry' ? outcome.nextAttemptAt : null,
        outcome.kind === 'delivered' ? outcome.at : null,
        outcome.kind === 'retry' ? null : outcome.at,
        id,
      ],
    );
  }

  /**
   * Deletes delivered and failed deliveries that ended before `before` (ISO), `batch` rows per statement so no
   * one delete holds the store long. Counted from the end, not the creation: a delivery retried for days is
   * kept as long as any other once it ends. Pending ones stay whatever their age, leased or not. Answers how many went.
   */
  async pruneDeliveries(before: string, batch = 1_000): Promise<number> {
    let deleted = 0;
    for (;;) {
      const { changes } = await this.db.run(
        `DELETE FROM webhook_deliveries WHERE id IN (
           SELECT id FROM webhook_deliveries WHERE status IN (${placeholders(ENDED.length)}) AND ended_at < ? ORDER BY id LIMIT ?)`,
        [...ENDED, before, batch],
      );
      deleted += changes;
      if (changes < batch) return deleted;
    }
  }

  /**
   * Fails a webhook's pending deliveries without an attempt (no attempt could succeed), leased or not: a sender
   * that holds one records nothing over it. Answers how many.
   */
  async failPending(webhookId: number, error: string, at: string): Promise<number> {
    const { changes } = await this.db.run(
      `UPDATE webhook_deliveries SET status = 'failed', last_status_code = NULL, last_error = ?, next_attempt_at = NULL, leased_until = NULL, ended_at = ?
       WHERE webhook_id = ? AND status = 'pending'`,
      [error, at, webhookId],
    );
    return changes;
  }

  /** Gives a lease back without counting an attempt (the sender is shutting down). */
  async releaseLease(id: number): Promise<void> {
    await this.db.run(`UPDATE webhook_deliveries SET leased_until = NULL WHERE id = ? AND status = 'pending'`, [id]);
  }
}
