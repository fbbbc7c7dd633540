import type { Divergence } from '../../schemas/index.js';
import { FLAG_THRESHOLD } from '../analysis/score/index.js';
import { publicId, rowId } from '../store/ids.js';
import type { Queries } from '../store/queries.js';
import type { WebhookFilterRecord, WebhookRecord } from '../store/webhooks.js';
import { actorIdsFor } from './actor-filter.js';

/** Actor ids (act_N) an actor filter names, resolved once per batch of divergences. */
export type ActorResolver = (actor: string) => Promise<Set<string>>;

export function actorResolver(store: Queries): ActorResolver {
  const cache = new Map<string, Promise<Set<string>>>();
  return (actor) => {
    let ids = cache.get(actor);
    if (!ids) {
      ids = actorIdsFor(store, actor).then((rows) => new Set((rows ?? []).map((id) => publicId('actor', id))));
      cache.set(actor, ids);
    }
    return ids;
  };
}

/** Whether a divergence passes a webhook's filters, read as GET /divergences reads its query. */
export async function matchesFilters(d: Divergence, filters: WebhookFilterRecord, actors: ActorResolver): Promise<boolean> {
  if (d.score < (filters.minScore ?? FLAG_THRESHOLD)) return false;
  if (filters.kind !== undefined && d.kind !== filters.kind) return false;
  if (filters.event !== undefined && d.eventId !== filters.event) return false;
  if (filters.actor !== undefined) {
    const ids = await actors(filters.actor);
    if (!ids.has(d.a.speakerId ?? '') && !ids.has(d.b.speakerId ?? '')) return false;
  }
  return true;
}

/** The (webhook, divergence) pairs that call for a delivery. */
export async function deliveriesFor(divergences: Divergence[], webhooks: WebhookRecord[], actors: ActorResolver): Promise<{ webhookId: number; divergenceId: number }[]> {
  const out: { webhookId: number; divergenceId: number }[] = [];
  for (const d of divergences) {
    const divergenceId = rowId('divergence', d.id);
    for (const w of webhooks) if (await matchesFilters(d, w.filters, actors)) out.push({ webhookId: w.id, divergenceId });
  }
  return out;
}
