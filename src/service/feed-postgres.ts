import type { FastifyBaseLogger } from 'fastify';
import { rowId } from '../store/ids.js';
import type { Store } from '../store/store.js';
import type { Feed } from './feed.js';
import { divergenceViews } from './views.js';

export const FEED_CHANNEL = 'divergence_feed';
// NOTIFY payloads must stay under 8000 bytes.
const IDS_PER_NOTIFY = 500;

/**
 * Fans the live feed out across instances: publish() sends the new divergences' ids by NOTIFY,
 * and every instance (this one too) loads them and delivers to its own /feed listeners.
 */
export async function bridgeFeedThroughPostgres(store: Store, feed: Feed, log: FastifyBaseLogger): Promise<() => Promise<void>> {
  const pubsub = store.pubsub;
  if (!pubsub) return async () => undefined;
  const stop = await pubsub.listen(FEED_CHANNEL, (payload) => {
    void (async () => {
      const ids = JSON.parse(payload) as number[];
      const records = await store.divergencesByIds(ids);
      feed.deliver(await divergenceViews(store, records));
    })().catch((err: unknown) => log.error({ err }, 'feed notification failed'));
  });
  feed.useTransport((divergences) => {
    const ids = divergences.map((d) => rowId('divergence', d.id));
    for (let i = 0; i < ids.length; i += IDS_PER_NOTIFY) {
      pubsub.notify(FEED_CHANNEL, JSON.stringify(ids.slice(i, i + IDS_PER_NOTIFY))).catch((err: unknown) => log.error({ err }, 'feed notify failed'));
    }
  });
  return stop;
}
