import { maybeRowId } from '../store/ids.js';
import type { Queries } from '../store/queries.js';

/** An `actor` query parameter names an actor by id (act_3) or by any of its names. */
export async function actorIdsFor(store: Queries, actor: string | undefined): Promise<number[] | undefined> {
  if (actor === undefined) return undefined;
  const id = maybeRowId('actor', actor);
  if (id !== null) return [id];
  return (await store.actorsByNames([actor.trim()])).map((a) => a.id);
}
