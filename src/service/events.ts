import type { EventSummary } from '../analysis/events/index.js';
import { mergeSummaries } from '../analysis/events/index.js';
import { eventBlockKey } from '../analysis/pairing.js';
import { DomainError, notFound } from '../errors.js';
import { publicId } from '../store/ids.js';
import type { Store } from '../store/store.js';
import { eventWrite } from './event-assign.js';

/** Merges event `from` into `into`; the merge sticks because grouping keeps the merged event pinned. */
export async function mergeEvents(store: Store, into: number, from: number): Promise<void> {
  if (into === from) throw new DomainError('INVALID_MERGE', 'An event cannot be merged into itself');
  await store.exclusive(async (tx) => {
    const a = await tx.event<EventSummary>(into);
    if (!a) throw notFound('event', publicId('event', into));
    const b = await tx.event<EventSummary>(from);
    if (!b) throw notFound('event', publicId('event', from));
    const merged = mergeSummaries(a.summary, b.summary);
    await tx.mergeEvents(into, from, eventWrite(merged));
    await tx.renameStatementKey(eventBlockKey(String(from)), eventBlockKey(String(into)));
  });
}

export async function renameEvent(store: Store, id: number, title: string): Promise<void> {
  const renamed = await store.exclusive((tx) => tx.renameEvent(id, title));
  if (!renamed) throw notFound('event', publicId('event', id));
}
