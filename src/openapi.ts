import { buildApp } from './app.js';
import { memoryStore } from './store/store.js';

/** The OpenAPI document as YAML, generated from the routes' zod schemas. */
export async function openapiYaml(): Promise<string> {
  const store = await memoryStore();
  const app = await buildApp({ store, config: { logLevel: 'silent', bodyLimitBytes: 1_048_576 } });
  try {
    await app.ready();
    return app.swagger({ yaml: true });
  } finally {
    await app.close();
    await store.close();
  }
}
