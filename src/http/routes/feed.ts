import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { FeedQuery, type Divergence } from '../../../schemas/index.js';
import { DomainError } from '../../errors.js';
import { divergenceFilter } from '../../service/actor-filter.js';
import { divergenceViews } from '../../service/views.js';
import { actorResolver, matchesFilters } from '../../service/webhook-match.js';
import { encodeCursor } from '../../store/cursor.js';
import { maybeRowId, rowId } from '../../store/ids.js';
import type { RouteDeps } from '../deps.js';
import { problems } from '../responses.js';

// Comment lines keep proxies from closing an idle stream.
const KEEPALIVE_MS = 15_000;
/** A client that reconnects waits this long (the `retry` field). */
const RETRY_MS = 3_000;
/** At most this many stored divergences are replayed on one connection; the client resumes from the last. */
const REPLAY_MAX = 5_000;
const REPLAY_PAGE = 200;

function frame(d: Divergence): string {
  return `id: ${d.id}\nevent: divergence\ndata: ${JSON.stringify(d)}\n\n`;
}

/** Where a replay starts: the Last-Event-ID header of a reconnect, else `after`. */
function replayFrom(header: string | string[] | undefined, after: string | undefined): number | null {
  const last = Array.isArray(header) ? header[header.length - 1] : header;
  if (last !== undefined && last.trim() !== '') {
    const id = maybeRowId('divergence', last.trim());
    if (id === null) throw new DomainError('INVALID_INPUT', `Last-Event-ID ${JSON.stringify(last)} is not a divergence id this feed sent`);
    return id;
  }
  return after === undefined ? null : rowId('divergence', after);
}

export const feedRoutes: FastifyPluginAsyncZod<RouteDeps> = async (app, { store, feed }) => {
  app.get(
    '/feed',
    {
      schema: {
        tags: ['divergences'],
        summary: 'Live feed of new divergences (server-sent events), with replay',
        description:
          'A text/event-stream; each `divergence` event carries one Divergence as JSON, as GET /divergences/:id returns it, ' +
          'with its id as the event id. Filters mean what they mean on GET /divergences. After a reconnect (Last-Event-ID) ' +
          'or with `after`, the stored divergences found since are sent first, oldest first, so nothing is missed.',
        querystring: FeedQuery,
        produces: ['text/event-stream'],
        response: problems(400, 404, 422),
      },
    },
    async (req, reply) => {
      const q = req.query;
      const from = replayFrom(req.headers['last-event-id'], q.after);
      const stored = await divergenceFilter(store, q, 'id');
      // the same filters for live divergences, which arrive as views
      const filters = { ...(q.event !== undefined ? { event: q.event } : {}), ...(q.actor !== undefined ? { actor: q.actor } : {}), ...(q.kind !== undefined ? { kind: q.kind } : {}), minScore: stored.minScore };

      reply.hijack();
      const res = reply.raw;
      res.writeHead(200, {
        'content-type': 'text/event-stream; charset=utf-8',
        'cache-control': 'no-cache',
        connection: 'keep-alive',
        'x-accel-buffering': 'no',
      });
      res.write(`retry: ${RETRY_MS}\n: connected\n\n`);

      // Subscribe before reading the backlog, and hold live divergences until it is sent: one found
      // meanwhile is then sent once, in order.
      const actors = actorResolver(store);
      let lastSent = from ?? 0;
      let held: Divergence[] | null = [];
      let chain = Promise.resolve();
      const send = (d: Divergence): void => {
        chain = chain.then(async () => {
          if (rowId('divergence', d.id) <= lastSent || !(await matchesFilters(d, filters, actors))) return;
          lastSent = rowId('divergence', d.id);
          res.write(frame(d));
        });
      };
      const unsubscribe = feed.subscribe((d) => (held ? held.push(d) : send(d)));
      const timer = setInterval(() => res.write(': keepalive\n\n'), KEEPALIVE_MS);
      timer.unref();
      let open = true;
      req.raw.on('close', () => {
        open = false;
        clearInterval(timer);
        unsubscribe();
      });

      try {
        if (from !== null) {
          let cursor: string | null = encodeCursor({ value: 0, id: from });
          for (let sent = 0; cursor !== null && open && sent < REPLAY_MAX; ) {
            const page = await store.divergences(stored, { limit: REPLAY_PAGE, cursor });
            for (const d of await divergenceViews(store, page.items)) {
              res.write(frame(d));
              lastSent = rowId('divergence', d.id);
              sent++;
            }
            cursor = page.nextCursor;
          }
        }
      } catch (err) {
        req.log.error({ err }, 'feed replay failed');
        res.write(`event: error\ndata: ${JSON.stringify({ code: 'STORE_UNAVAILABLE', detail: 'The replay could not be read' })}\n\n`);
      }
      const backlog = held;
      held = null;
      for (const d of backlog) send(d);
    },
  );
};
