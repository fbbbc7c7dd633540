// The five seed articles, ingested one by one in every order, end in the three gold events.
import t from 'tap';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { documentFeatures, groupDocuments, EventIndex, eventTitle, type EventDocument } from '../../../src/analysis/events/index.js';

const root = fileURLToPath(new URL('../../../', import.meta.url));
interface Entry { file: string; title: string | null; publishedAt: string | null }
const manifest = JSON.parse(readFileSync(`${root}seeds/manifest.json`, 'utf8')) as Entry[];
const docs: EventDocument[] = manifest.map((m) => ({ text: readFileSync(`${root}seeds/${m.file}`, 'utf8'), title: m.title, publishedAt: m.publishedAt }));
// Gold (shared/seeds/expected.json, `events`): call = 003+004, alaska = 000+001, february = 002.
const GOLD = [['000', '001'], ['002'], ['003', '004']];

function partition(ids: string[]): string[][] {
  const by = new Map<string, string[]>();
  ids.forEach((id, i) => by.set(id, [...(by.get(id) ?? []), String(i).padStart(3, '0')]));
  return [...by.values()].map((g) => g.sort()).sort((a, b) => (a[0]! < b[0]! ? -1 : 1));
}

function permutations(xs: number[]): number[][] {
  if (xs.length <= 1) return [xs];
  return xs.flatMap((x, i) => permutations([...xs.slice(0, i), ...xs.slice(i + 1)]).map((p) => [x, ...p]));
}

const features = docs.map((d) => documentFeatures(d));

t.test('batch grouping of the seeds gives the gold events', async (t) => {
  t.same(partition(groupDocuments(docs)), GOLD);
});

t.test('every one of the 120 ingest orders ends in the same three events', async (t) => {
  const failures: string[] = [];
  for (const order of permutations([0, 1, 2, 3, 4])) {
    const index = new EventIndex();
    const got = order.map((i) => index.ingest(features[i]!));
    const byDoc: string[] = [];
    order.forEach((d, k) => (byDoc[d] = index.resolve(got[k]!)));
    if (JSON.stringify(partition(byDoc)) !== JSON.stringify(GOLD)) failures.push(order.join(''));
  }
  t.same(failures, [], 'orders that did not give the gold events');
});

t.test('the call event is titled by its participants and what happened', async (t) => {
  const index = new EventIndex();
  const id = index.ingest(features[3]!);
  t.equal(index.ingest(features[4]!), id);
  const title = eventTitle(index.summaries.get(id)!);
  t.match(title, /phone call/);
  t.match(title, /Trump/);
  t.match(title, /Putin/);
  t.notMatch(title, /\d{4}/, 'no date printed in either text, so none in the title');
});

t.test('the dated seed carries its month in the title', async (t) => {
  const index = new EventIndex();
  const id = index.ingest(features[2]!);
  t.match(eventTitle(index.summaries.get(id)!), /February 2025$/);
});
