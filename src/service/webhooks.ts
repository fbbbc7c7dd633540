import type { FastifyBaseLogger } from 'fastify';
import type { Divergence } from '../../schemas/index.js';
import type { Store } from '../store/store.js';
import type { Feed } from './feed.js';
import { actorResolver, deliveriesFor } from './webhook-match.js';

/**
 * Turns new divergences into stored deliveries. It listens to the Feed, which on PostgreSQL every
 * instance hears: each inserts the same rows (insert-or-ignore) and one row per (webhook, divergence) stays.
 */
export class WebhookEnqueuer {
  private batch: Divergence[] = [];
  private flushing: Promise<void> = Promise.resolve();
  private unsubscribe: (() => void) | null = null;

  constructor(
    private readonly store: Store,
    private readonly onEnqueued: () => void,
    private readonly log: FastifyBaseLogger,
  ) {}

  listen(feed: Feed): void {
    this.unsubscribe = feed.subscribe((d) => {
      // The feed hands divergences one by one; those of one ingest are matched together.
      if (this.batch.length === 0) queueMicrotask(() => void this.flush());
      this.batch.push(d);
    });
  }

  /** Stops listening and waits for divergences already heard to be stored as deliveries. */
  async close(): Promise<void> {
    this.unsubscribe?.();
    this.unsubscribe = null;
    await this.flush();
  }

  private flush(): Promise<void> {
    const divergences = this.batch;
    this.batch = [];
    if (divergences.length === 0) return this.flushing;
    this.flushing = this.flushing.then(() => this.enqueue(divergences)).catch((err: unknown) => this.log.error({ err }, 'storing webhook deliveries failed'));
    return this.flushing;
  }

  private async enqueue(divergences: Divergence[]): Promise<void> {
    const webhooks = await this.store.webhooks.allWebhooks();
    if (webhooks.length === 0) return;
    const pairs = await deliveriesFor(divergences, webhooks, actorResolver(this.store));
    if ((await this.store.webhooks.enqueueDeliveries(pairs)) > 0) this.onEnqueued();
  }
}
