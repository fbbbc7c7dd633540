import Fastify, { type FastifyInstance } from 'fastify';
import { validatorCompiler, type ZodTypeProvider } from 'fastify-type-provider-zod';
import { DEFAULT_WEBHOOK_SETTINGS, type Config, type WebhookSettings } from './config.js';
import { registerErrorHandling } from './http/plugins/errors.js';
import { registerFastSerializer } from './http/plugins/serializer.js';
import { registerSwagger } from './http/plugins/swagger.js';
import { actorRoutes } from './http/routes/actors.js';
import { compareRoutes } from './http/routes/compare.js';
import { dashboardRoutes } from './http/routes/dashboard.js';
import { divergenceRoutes } from './http/routes/divergences.js';
import { documentRoutes } from './http/routes/documents.js';
import { eventRoutes } from './http/routes/events.js';
import { feedRoutes } from './http/routes/feed.js';
import { healthRoutes } from './http/routes/health.js';
import { readyRoutes } from './http/routes/ready.js';
import { statementRoutes } from './http/routes/statements.js';
import { webhookRoutes } from './http/routes/webhooks.js';
import { Feed } from './service/feed.js';
import { WebhookDispatcher } from './service/webhook-dispatcher.js';
import { WebhookEnqueuer } from './service/webhooks.js';
import type { Store } from './store/store.js';
import { VERSION } from './version.js';

export interface AppOptions {
  store: Store;
  config: Pick<Config, 'logLevel' | 'bodyLimitBytes'> & { webhooks?: Partial<WebhookSettings> };
  feed?: Feed;
}

/** The HTTP API around a store. Never listens: server.ts and the tests decide that. */
export async function buildApp({ store, config, feed = new Feed() }: AppOptions): Promise<FastifyInstance> {
  const app = Fastify({
    logger: config.logLevel === 'silent' ? false : { level: config.logLevel },
    bodyLimit: config.bodyLimitBytes,
  }).withTypeProvider<ZodTypeProvider>();

  app.setValidatorCompiler(validatorCompiler);
  registerFastSerializer(app);
  registerErrorHandling(app);
  await registerSwagger(app, VERSION);

  const deps = { store, feed, version: VERSION };
  await app.register(healthRoutes, deps);
  await app.register(readyRoutes, deps);
  await app.register(documentRoutes, deps);
  await app.register(statementRoutes, deps);
  await app.register(actorRoutes, deps);
  await app.register(eventRoutes, deps);
  await app.register(divergenceRoutes, deps);
  await app.register(compareRoutes, deps);
  await app.register(feedRoutes, deps);
  await app.register(dashboardRoutes, deps);
  const webhooks: WebhookSettings = { ...DEFAULT_WEBHOOK_SETTINGS, ...config.webhooks };
  await app.register(webhookRoutes, { ...deps, webhooks });
  startWebhooks(app, store, feed, webhooks);
  return app;
}

/** Stores a delivery for each new divergence a webhook wants, and sends them while the app runs. */
function startWebhooks(app: FastifyInstance, store: Store, feed: Feed, settings: WebhookSettings): void {
  const dispatcher = new WebhookDispatcher(store, settings, app.log);
  const enqueuer = new WebhookEnqueuer(store, () => dispatcher.kick(), app.log);
  enqueuer.listen(feed);
  app.addHook('onReady', async () => dispatcher.start());
  app.addHook('onClose', async () => {
    await enqueuer.close();
    await dispatcher.stop();
  });
}
