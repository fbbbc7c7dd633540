// The five seed articles: batch grouping gives the three gold events, and their events' titles.
import t from 'tap';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { absorb, documentFeatures, groupDocuments, eventTitle, summarize, type EventDocument } from '../../../src/analysis/events/index.js';

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

const features = docs.map((d) => documentFeatures(d));

t.test('batch grouping of the seeds gives the gold events', async (t) => {
  t.same(partition(groupDocuments(docs)), GOLD);
});

t.test('the call event is titled by its participants and what happened', async (t) => {
  const title = eventTitle(absorb(summarize(features[3]!), features[4]!));
  t.match(title, /phone call/);
  t.match(title, /Trump/);
  t.match(title, /Putin/);
  t.notMatch(title, /\d{4}/, 'no date printed in either text, so none in the title');
});

t.test('the dated seed carries its month in the title', async (t) => {
  t.match(eventTitle(summarize(features[2]!)), /February 2025$/);
});
