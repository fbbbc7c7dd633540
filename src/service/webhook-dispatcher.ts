import type { FastifyBaseLogger } from 'fastify';
import fastJsonStringify from 'fast-json-stringify';
import { z } from 'zod';
import { WebhookPayload } from '../../schemas/index.js';
import type { WebhookSettings } from '../config.js';
import { publicId } from '../store/ids.js';
import type { Store } from '../store/store.js';
import type { AttemptOutcome, ClaimedDelivery } from '../store/webhooks.js';
import { divergenceViews } from './views.js';
import { ReceiverConnections } from './webhook-connections.js';
import { sendDelivery } from './webhook-send.js';
import { deliveryRefusal, systemResolver, type HostResolver } from './webhook-target.js';

/** How many due deliveries one instance leases in one transaction. */
const BATCH = 20;
/** Attempts one instance has in flight at most; a slow receiver holds a slot only until its timeout. */
const MAX_IN_FLIGHT = 64;
/** A lease outlasts the attempt it covers, so no other instance sends the row meanwhile. */
const LEASE_MARGIN_MS = 10_000;
/** Ended deliveries are pruned at the first look, then at most this often. */
export const PRUNE_EVERY_MS = 3_600_000;
const DAY_MS = 86_400_000;

// The payload goes out as the API would serialise it (same schema, same stringifier).
const stringifyPayload = fastJsonStringify(
  z.toJSONSchema(WebhookPayload, { target: 'draft-7', io: 'output', unrepresentable: 'any' }) as Parameters<typeof fastJsonStringify>[0],
);

/** The wait before attempt n+1 after n failed attempts: doubling from the base, capped. */
export function retryDelayMs(failedAttempts: number, settings: Pick<WebhookSettings, 'retryBaseMs' | 'retryMaxMs'>): number {
  return Math.min(settings.retryMaxMs, settings.retryBaseMs * 2 ** Math.max(0, failedAttempts - 1));
}

/** What a dispatcher takes from its surroundings; tests give their own. */
export interface DispatcherDeps {
  /** Resolves a receiver's host name (default: the system resolver, as dns.lookup). */
  resolve?: HostResolver;
  /** The time in ms (default: Date.now). */
  now?: () => number;
}

/**
 * Sends stored deliveries that are due: leases a batch in a store transaction (so instances sharing a
 * database never send one row at once), POSTs each without waiting for the others, and records
 * delivered, retry-at or failed. Looks when kicked (new deliveries, a slot freed) and every pollMs
 * (retries, rows left by a restart or another instance). Prunes ended deliveries past the retention.
 */
export class WebhookDispatcher {
  private timer: NodeJS.Timeout | null = null;
  private claiming: Promise<void> | null = null;
  private readonly inFlight = new Set<Promise<void>>();
  private again = false;
  /** The last look stopped for want of a free slot: a finished attempt looks again. */
  private saturated = false;
  private started = false;
  private stopped = false;
  private readonly shutdown = new AbortController();
  private readonly connections = new ReceiverConnections();
  private lastPruneAt: number | null = null;
  /** Stored webhooks were checked against the settings (at the first look). */
  private checkedStored = false;
  private readonly resolve: HostResolver;
  private readonly now: () => number;

  constructor(
    private readonly store: Store,
    private readonly settings: WebhookSettings,
    private readonly log: FastifyBaseLogger,
    deps: DispatcherDeps = {},
  ) {
    this.resolve = deps.resolve ?? systemResolver;
    this.now = deps.now ?? Date.now;
  }

  start(): void {
    if (this.started || this.stopped) return;
    this.started = true;
    this.schedule(0);
  }

  /** New deliveries were stored: look now rather than at the next poll. */
  kick(): void {
    if (!this.started || this.stopped) return;
    if (this.claiming) this.again = true;
    else this.schedule(0);
  }

  /** Stops looking, aborts attempts in flight (their leases are given back), waits for them, and closes the connections. */
  async stop(): Promise<void> {
    this.stopped = true;
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    this.shutdown.abort();
    await this.claiming;
    await Promise.all(this.inFlight);
    this.connections.close();
  }

  private schedule(delayMs: number): void {
    if (this.stopped) return;
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.look(), delayMs);
    this.timer.unref();
  }

  private async look(): Promise<void> {
    this.timer = null;
    if (this.claiming || this.stopped) return;
    this.again = false;
    this.claiming = this.failRefusedWebhooks()
      .catch((err: unknown) => this.log.error({ err }, 'checking stored webhooks failed'))
      .then(() => this.claimAndSend())
      .catch((err: unknown) => this.log.error({ err }, 'claiming webhook deliveries failed'))
      .then(() => this.pruneIfDue())
      .then(
        () => undefined,
        (err: unknown) => this.log.error({ err }, 'pruning webhook deliveries failed'),
      );
    await this.claiming;
    this.claiming = null;
    this.schedule(this.again ? 0 : this.settings.pollMs);
  }

  /**
   * Deletes delivered and failed deliveries that ended more than retentionDays ago, unless it did so less than
   * PRUNE_EVERY_MS ago. Answers how many went, or null when it was not time. Every instance prunes; the
   * deletes are idempotent.
   */
  async pruneIfDue(): Promise<number | null> {
    const now = this.now();
    if (this.lastPruneAt !== null && now - this.lastPruneAt < PRUNE_EVERY_MS) return null;
    // Counted from the try, so a failing store is tried again in an hour rather than at every poll.
    this.lastPruneAt = now;
    const before = new Date(now - this.settings.retentionDays * DAY_MS).toISOString();
    const deleted = await this.store.webhooks.pruneDeliveries(before);
    if (deleted > 0) this.log.info({ deleted, before }, 'pruned ended webhook deliveries');
    return deleted;
  }

  /**
   * Once, before the first claim: a webhook stored while WEBHOOK_ALLOW_PRIVATE allowed its address (or by an
   * instance that allows it) is never sent to here. Its pending deliveries fail with the reason, and a warning
   * says so once; later ones fail at their first attempt, without retries.
   */
  private async failRefusedWebhooks(): Promise<void> {
    if (this.checkedStored || this.settings.allowPrivate) return;
    this.checkedStored = true;
    for (const w of await this.store.webhooks.allWebhooks()) {
      const reason = deliveryRefusal(w.url, false);
      if (!reason) continue;
      const failed = await this.store.webhooks.failPending(w.id, reason, new Date(this.now()).toISOString());
      this.log.warn({ webhook: publicId('webhook', w.id), url: w.url, failed }, `webhook not sent to: ${reason}; its deliveries fail`);
    }
  }

  private async claimAndSend(): Promise<void> {
    while (!this.stopped) {
      const room = Math.min(BATCH, MAX_IN_FLIGHT - this.inFlight.size);
      this.saturated = room <= 0;
      if (this.saturated) return;
      const at = this.now();
      const leaseUntil = new Date(at + this.settings.timeoutMs + LEASE_MARGIN_MS).toISOString();
      const batch = await this.store.webhooks.claimDue(new Date(at).toISOString(), leaseUntil, room);
      for (const d of batch) this.track(d);
      if (batch.length < room) return;
    }
  }

  private track(d: ClaimedDelivery): void {
    const attempt: Promise<void> = this.attempt(d)
      .catch((err: unknown) => this.log.error({ err, delivery: d.id }, 'webhook attempt failed'))
      .finally(() => {
        this.inFlight.delete(attempt);
        if (this.saturated) this.kick();
      });
    this.inFlight.add(attempt);
  }

  private async attempt(d: ClaimedDelivery): Promise<void> {
    const record = await this.store.divergence(d.divergenceId);
    const [divergence] = record ? await divergenceViews(this.store, [record]) : [];
    if (!divergence) {
      await this.store.webhooks.recordAttempt(d.id, { kind: 'failed', statusCode: null, error: 'the divergence no longer exists', at: new Date(this.now()).toISOString() });
      return;
    }
    const result = await sendDelivery({
      url: d.url,
      body: stringifyPayload({ type: 'divergence.created', divergence }),
      deliveryId: publicId('delivery', d.id),
      secret: d.secret,
      timeoutMs: this.settings.timeoutMs,
      signal: this.shutdown.signal,
      resolve: this.resolve,
      allowPrivate: this.settings.allowPrivate,
      connections: this.connections,
    });
    if (!result.ok && result.aborted) {
      await this.store.webhooks.releaseLease(d.id);
      return;
    }
    await this.store.webhooks.recordAttempt(d.id, this.outcome(d, result));
  }

  private outcome(d: ClaimedDelivery, result: Awaited<ReturnType<typeof sendDelivery>>): AttemptOutcome {
    const now = this.now();
    if (result.ok) return { kind: 'delivered', statusCode: result.statusCode, at: new Date(now).toISOString() };
    const attempts = d.attempts + 1;
    if (attempts >= this.settings.maxAttempts || result.permanent) return { kind: 'failed', statusCode: result.statusCode, error: result.error, at: new Date(now).toISOString() };
    this.log.info({ delivery: d.id, attempts, error: result.error }, 'webhook delivery failed; will retry');
    return { kind: 'retry', statusCode: result.statusCode, error: result.error, nextAttemptAt: new Date(now + retryDelayMs(attempts, this.settings)).toISOString() };
  }
}
