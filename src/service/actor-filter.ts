import type { DivergenceKind } from '../analysis/types.js';
import { FLAG_THRESHOLD } from '../analysis/score/index.js';
import { maybeRowId, rowId } from '../store/ids.js';
import type { DivergenceFilter, Queries } from '../store/queries.js';

/** An `actor` query parameter names an actor by id (act_3) or by any of its names. */
export async function actorIdsFor(store: Queries, actor: string | undefined): Promise<number[] | undefined> {
  if (actor === undefined) return undefined;
  const id = maybeRowId('actor', actor);
  if (id !== null) return [id];
  return (await store.actorsByNames([actor.trim()])).map((a) => a.id);
}

/** The stored-divergence filter a query means (GET /divergences, GET /feed): minScore defaults to the flag threshold. */
export async function divergenceFilter(
  store: Queries,
  q: { event?: string | undefined; actor?: string | undefined; kind?: DivergenceKind | undefined; minScore?: number | undefined; since?: string | undefined },
  sort: DivergenceFilter['sort'],
): Promise<DivergenceFilter> {
  return {
    minScore: q.minScore ?? FLAG_THRESHOLD,
    sort,
    ...(q.event !== undefined ? { eventId: rowId('event', q.event) } : {}),
    ...(q.actor !== undefined ? { actorIds: (await actorIdsFor(store, q.actor)) ?? [] } : {}),
    ...(q.kind !== undefined ? { kind: q.kind } : {}),
    ...(q.since !== undefined ? { since: new Date(q.since).toISOString() } : {}),
  };
}
