import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { Event, EventDetail, EventMerge, EventPatch, EventsQuery, IdParams, page } from '../../../schemas/index.js';
import type { EventSummary } from '../../analysis/events/index.js';
import { FLAG_THRESHOLD } from '../../analysis/score/index.js';
import { notFound } from '../../errors.js';
import { actorIdsFor } from '../../service/actor-filter.js';
import { mergeEvents, renameEvent } from '../../service/events.js';
import { divergenceViews, eventView, statementView } from '../../service/views.js';
import { rowId } from '../../store/ids.js';
import type { Store } from '../../store/store.js';
import type { RouteDeps } from '../deps.js';
import { problems } from '../responses.js';

// Enough for any real event; a larger one is better explored through /statements?event=.
const DETAIL_STATEMENTS = 1000;
const DETAIL_DIVERGENCES = 200;

async function eventDetail(store: Store, id: string) {
  const event = await store.event<EventSummary>(rowId('event', id));
  if (!event) throw notFound('event', id);
  const statements = await store.statements({ eventId: event.id }, { limit: DETAIL_STATEMENTS });
  const bySpeaker = new Map<string, { speaker: string | null; speakerId: string | null; statements: ReturnType<typeof statementView>[] }>();
  for (const s of statements.items.map(statementView)) {
    const key = s.speakerId ?? `name:${s.speaker ?? ''}`;
    const group = bySpeaker.get(key) ?? { speaker: s.speaker, speakerId: s.speakerId, statements: [] };
    group.statements.push(s);
    bySpeaker.set(key, group);
  }
  const divergences = await store.divergences({ eventId: event.id, minScore: FLAG_THRESHOLD, sort: 'score' }, { limit: DETAIL_DIVERGENCES });
  return {
    ...eventView(event),
    actors: [...bySpeaker.values()].sort((a, b) => b.statements.length - a.statements.length),
    divergences: await divergenceViews(store, divergences.items),
  };
}

export const eventRoutes: FastifyPluginAsyncZod<RouteDeps> = async (app, { store }) => {
  app.get(
    '/events',
    {
      schema: {
        tags: ['events'],
        summary: 'Events, newest first',
        querystring: EventsQuery,
        response: { 200: page(Event), ...problems(400) },
      },
    },
    async (req) => {
      const q = req.query;
      const result = await store.events<EventSummary>(
        {
          ...(q.q !== undefined ? { q: q.q } : {}),
          ...(q.actor !== undefined ? { actorIds: (await actorIdsFor(store, q.actor)) ?? [] } : {}),
          ...(q.from !== undefined ? { from: q.from.slice(0, 10) } : {}),
          ...(q.to !== undefined ? { to: q.to.slice(0, 10) } : {}),
        },
        { limit: q.limit, ...(q.cursor !== undefined ? { cursor: q.cursor } : {}) },
      );
      return { items: result.items.map(eventView), nextCursor: result.nextCursor };
    },
  );

  app.get(
    '/events/:id',
    {
      schema: {
        tags: ['events'],
        summary: 'One event: its statements grouped by speaker, and its divergences',
        params: IdParams,
        response: { 200: EventDetail, ...problems(404) },
      },
    },
    async (req) => eventDetail(store, req.params.id),
  );

  app.patch(
    '/events/:id',
    {
      schema: {
        tags: ['events'],
        summary: 'Rename an event; the title then survives later ingests',
        params: IdParams,
        body: EventPatch,
        response: { 200: EventDetail, ...problems(400, 404, 415) },
      },
    },
    async (req) => {
      await renameEvent(store, rowId('event', req.params.id), req.body.title);
      return eventDetail(store, req.params.id);
    },
  );

  app.post(
    '/events/:id/merge',
    {
      schema: {
        tags: ['events'],
        summary: 'Merge another event into this one',
        description: 'Moves the documents, statements and divergences of `from` into this event and deletes `from`. Later articles about either join the merged event.',
        params: IdParams,
        body: EventMerge,
        response: { 200: EventDetail, ...problems(400, 404, 409, 415) },
      },
    },
    async (req) => {
      await mergeEvents(store, rowId('event', req.params.id), rowId('event', req.body.from));
      return eventDetail(store, req.params.id);
    },
  );
};
