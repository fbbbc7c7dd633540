// The service's grouping in memory (EventStream: what src/service/event-assign.ts does in the store):
// the seed articles in every order end in their three gold events.
import t from 'tap';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { EventStream, documentFeatures, type EventFeatures } from '../../../src/analysis/events/index.js';

const root = fileURLToPath(new URL('../../../', import.meta.url));
const manifest = JSON.parse(readFileSync(`${root}seeds/manifest.json`, 'utf8')) as { file: string; title: string | null; publishedAt: string | null }[];
const seeds: EventFeatures[] = manifest.map((m) => documentFeatures({ text: readFileSync(`${root}seeds/${m.file}`, 'utf8'), title: m.title, publishedAt: m.publishedAt }));
// Gold (shared/seeds/expected.json, `events`): call = 003+004, alaska = 000+001, february = 002.
const GOLD = '0+1 | 2 | 3+4';

function permutations(xs: number[]): number[][] {
  if (xs.length <= 1) return [xs];
  return xs.flatMap((x, i) => permutations([...xs.slice(0, i), ...xs.slice(i + 1)]).map((p) => [x, ...p]));
}

t.test('every one of the 120 ingest orders ends in the three gold events', async (t) => {
  const failures: string[] = [];
  for (const order of permutations([0, 1, 2, 3, 4])) {
    const stream = new EventStream();
    const index = order.map((i) => stream.ingest(seeds[i]!));
    const groups = new Map<number, number[]>();
    order.forEach((seed, k) => {
      const e = stream.event(index[k]!);
      groups.set(e, [...(groups.get(e) ?? []), seed].sort());
    });
    const partition = [...groups.values()].map((g) => g.join('+')).sort().join(' | ');
    if (partition !== GOLD) failures.push(`${order.join('')}: ${partition}`);
  }
  t.same(failures, []);
});
