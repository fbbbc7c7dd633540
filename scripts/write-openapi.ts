// npm run openapi: regenerates openapi.yaml from the zod schemas (test/openapi.test.ts fails on drift).
import { writeFileSync } from 'node:fs';
import { openapiYaml } from '../src/openapi.js';

writeFileSync(new URL('../openapi.yaml', import.meta.url), await openapiYaml());
console.error('wrote openapi.yaml');
