import { buildApp } from './app.js';
import { loadConfig } from './config.js';
import { Feed } from './service/feed.js';
import { bridgeFeedThroughPostgres } from './service/feed-postgres.js';
import { loadSeedsIfEmpty } from './service/seeds.js';
import { openStore } from './store/store.js';
import { isMain } from './is-main.js';

/** Process entry: config → store → app → listen; closes cleanly on SIGINT/SIGTERM. */
export async function serve(): Promise<void> {
  const config = loadConfig();
  const store = await openStore(config);
  const feed = new Feed();
  const app = await buildApp({ store, config, feed });
  const stopFeedBridge = await bridgeFeedThroughPostgres(store, feed, app.log);
  if (config.loadSeeds) {
    const n = await loadSeedsIfEmpty(store, config.seedDir);
    if (n > 0) app.log.info({ seeds: n, dir: config.seedDir }, 'loaded the seed articles into the empty store');
  }
  let closing = false;
  const shutdown = async (signal: string): Promise<void> => {
    if (closing) return;
    closing = true;
    app.log.info({ signal }, 'shutting down');
    await app.close();
    await stopFeedBridge();
    await store.close();
    process.exit(0);
  };
  process.on('SIGINT', () => void shutdown('SIGINT'));
  process.on('SIGTERM', () => void shutdown('SIGTERM'));
  const address = await app.listen({ port: config.port, host: config.host });
  const base = address.replace('://0.0.0.0', '://localhost');
  app.log.info(`divergence ${config.databaseUrl ? 'on PostgreSQL' : `on SQLite in ${config.dataDir}`}: dashboard ${base}/  API docs ${base}/docs`);
}

/** Starts the service; a failure to start ends the process with the reason. */
export function start(): void {
  serve().catch((err: unknown) => {
    console.error(err instanceof Error ? err.message : err);
    process.exit(1);
  });
}

if (isMain(import.meta.url)) start();
