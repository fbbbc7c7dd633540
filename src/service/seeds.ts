import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { z } from 'zod';
import type { Store } from '../store/store.js';
import { ingestDocument, type IngestInput } from './ingest.js';

const Manifest = z.array(
  z.object({
    file: z.string(),
    title: z.string().nullable(),
    outlet: z.string().nullable(),
    author: z.string().nullable().optional(),
    url: z.string().nullable(),
    publishedAt: z.string().nullable(),
  }),
);

export async function readSeeds(dir: string): Promise<IngestInput[]> {
  const manifest = Manifest.parse(JSON.parse(await readFile(join(dir, 'manifest.json'), 'utf8')));
  return Promise.all(
    manifest.map(async (m) => ({
      text: await readFile(join(dir, m.file), 'utf8'),
      title: m.title,
      outlet: m.outlet,
      url: m.url,
      publishedAt: m.publishedAt,
    })),
  );
}

/** Loads the seed articles into an empty store; a store that holds anything is left alone. */
export async function loadSeedsIfEmpty(store: Store, dir: string): Promise<number> {
  if ((await store.counts()).documents > 0) return 0;
  const seeds = await readSeeds(dir);
  for (const seed of seeds) await ingestDocument(store, seed);
  return seeds.length;
}
