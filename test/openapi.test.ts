import t from 'tap';
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { openapiYaml } from '../src/openapi.js';

t.test('openapi.yaml is generated from the current schemas', async (t) => {
  const committed = readFileSync(new URL('../openapi.yaml', import.meta.url), 'utf8');
  const current = await openapiYaml();
  t.ok(committed === current, 'openapi.yaml is up to date (run `npm run openapi`)');
  const doc = parse(committed) as { paths: Record<string, unknown>; info: { title: string } };
  t.equal(doc.info.title, 'divergence');
  t.ok(Object.keys(doc.paths).length >= 12);
});
