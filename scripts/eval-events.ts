// Event grouping quality on a JSON Lines file of {id, text, event, topic?, publishedAt?, title?}:
// B-cubed precision/recall/F1 and adjusted Rand index of groupDocuments (what `divergence group`
// answers), of one-cluster-per-topic, and of single-pass TF-IDF cosine clustering. With --service,
// also the grouping the running service makes: each article through the real ingest, one at a time.
//   npx tsx scripts/eval-events.ts FILE.jsonl [--tfidf-threshold 0.3] [--service]
import { readFileSync } from 'node:fs';
import { groupDocuments, type EventDocument } from '../src/analysis/events/index.js';
import { contentStems } from '../src/analysis/text/tokens.js';
import { ingestDocument } from '../src/service/ingest.js';
import { memoryStore } from '../src/store/store.js';

/** One line of ../shared/data/events/*.jsonl. */
export interface Row {
  id: string;
  text: string;
  event: string;
  topic?: string | number;
  title?: string | null;
  publishedAt?: string | null;
}

export interface Scores {
  precision: number;
  recall: number;
  f1: number;
  ari: number;
  clusters: number;
}

export function bcubed(pred: string[], gold: string[]): { precision: number; recall: number; f1: number } {
  const pairKey = (i: number) => `${pred[i]}\u0000${gold[i]}`;
  const both = new Map<string, number>();
  const byPred = new Map<string, number>();
  const byGold = new Map<string, number>();
  for (let i = 0; i < pred.length; i++) {
    both.set(pairKey(i), (both.get(pairKey(i)) ?? 0) + 1);
    byPred.set(pred[i]!, (byPred.get(pred[i]!) ?? 0) + 1);
    byGold.set(gold[i]!, (byGold.get(gold[i]!) ?? 0) + 1);
  }
  let p = 0;
  let r = 0;
  for (let i = 0; i < pred.length; i++) {
    const n = both.get(pairKey(i))!;
    p += n / byPred.get(pred[i]!)!;
    r += n / byGold.get(gold[i]!)!;
  }
  p /= pred.length;
  r /= pred.length;
  return { precision: p, recall: r, f1: p + r === 0 ? 0 : (2 * p * r) / (p + r) };
}

export function adjustedRand(pred: string[], gold: string[]): number {
  const c2 = (n: number) => (n * (n - 1)) / 2;
  const count = (xs: string[]) => {
    const m = new Map<string, number>();
    for (const x of xs) m.set(x, (m.get(x) ?? 0) + 1);
    return m;
  };
  const joint = count(pred.map((p, i) => `${p}\u0000${gold[i]}`));
  let index = 0;
  for (const n of joint.values()) index += c2(n);
  let a = 0;
  for (const n of count(pred).values()) a += c2(n);
  let b = 0;
  for (const n of count(gold).values()) b += c2(n);
  const expected = (a * b) / c2(pred.length);
  const max = (a + b) / 2;
  return max === expected ? 1 : (index - expected) / (max - expected);
}

export function score(pred: string[], gold: string[]): Scores {
  return { ...bcubed(pred, gold), ari: adjustedRand(pred, gold), clusters: new Set(pred).size };
}

/** Single-pass clustering over TF-IDF vectors (IDF from the whole file), joining the closest centroid above threshold. */
export function tfidfBaseline(texts: string[], threshold: number): string[] {
  const docs = texts.map((t) => {
    const tf = new Map<string, number>();
    for (const s of contentStems(t)) tf.set(s, (tf.get(s) ?? 0) + 1);
    return tf;
  });
  const df = new Map<string, number>();
  for (const d of docs) for (const s of d.keys()) df.set(s, (df.get(s) ?? 0) + 1);
  const vectors = docs.map((d) => {
    const v = new Map<string, number>();
    let n = 0;
    for (const [s, c] of d) {
      const w = (1 + Math.log(c)) * Math.log(docs.length / df.get(s)!);
      v.set(s, w);
      n += w * w;
    }
    n = Math.sqrt(n) || 1;
    for (const [s, w] of v) v.set(s, w / n);
    return v;
  });
  const centroids: Map<string, number>[] = [];
  const out: string[] = [];
  for (const v of vectors) {
    let best = -1;
    let bestSim = threshold;
    centroids.forEach((c, k) => {
      let dot = 0;
      let cn = 0;
      for (const w of c.values()) cn += w * w;
      for (const [s, w] of v) dot += w * (c.get(s) ?? 0);
      const sim = cn ? dot / Math.sqrt(cn) : 0;
      if (sim >= bestSim) [best, bestSim] = [k, sim];
    });
    if (best < 0) {
      best = centroids.length;
      centroids.push(new Map());
    }
    const c = centroids[best]!;
    for (const [s, w] of v) c.set(s, (c.get(s) ?? 0) + w);
    out.push(`t${best}`);
  }
  return out;
}

function fmt(name: string, s: Scores): string {
  const f = (x: number) => x.toFixed(3);
  return `${name.padEnd(28)} P ${f(s.precision)}  R ${f(s.recall)}  F1 ${f(s.f1)}  ARI ${f(s.ari)}  clusters ${s.clusters}`;
}

/** Each document's event after ingesting the file in order into a fresh store, as the service would. */
async function serviceGrouping(rows: Row[]): Promise<string[]> {
  const store = await memoryStore();
  try {
    const docIds: number[] = [];
    for (const r of rows) docIds.push((await ingestDocument(store, { text: r.text, title: r.title ?? null, publishedAt: r.publishedAt ?? null })).documentId);
    // read at the end: later merges move earlier documents
    const out: string[] = [];
    for (const id of docIds) out.push(String((await store.document(id))?.eventId ?? `none${id}`));
    return out;
  } finally {
    await store.close();
  }
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const file = args.find((a) => !a.startsWith('--'));
  if (!file) {
    console.error('usage: npx tsx scripts/eval-events.ts FILE.jsonl [--tfidf-threshold X]');
    process.exit(2);
  }
  const ti = args.indexOf('--tfidf-threshold');
  const rows: Row[] = readFileSync(file, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as Row);
  const gold = rows.map((r) => String(r.event));
  const docs: EventDocument[] = rows.map((r) => ({ text: r.text, title: r.title ?? null, publishedAt: r.publishedAt ?? null }));

  const t0 = performance.now();
  const pred = groupDocuments(docs);
  const ms = performance.now() - t0;
  console.log(`${rows.length} documents, ${new Set(gold).size} gold events; groupDocuments took ${ms.toFixed(0)} ms`);
  console.log(fmt('groupDocuments (whole file)', score(pred, gold)));
  if (rows.every((r) => r.topic !== undefined)) {
    // The similarity parameters were fitted on odd topics (scripts/fit-events.ts): even ones are held out.
    for (const [name, odd] of [['  fit part (odd topics)', true], ['  held out (even topics)', false]] as const) {
      const part = rows.map((r, i) => i).filter((i) => Number(rows[i]!.topic) % 2 === (odd ? 1 : 0));
      console.log(fmt(name, score(groupDocuments(part.map((i) => docs[i]!)), part.map((i) => gold[i]!))));
    }
    console.log(fmt('one cluster per topic', score(rows.map((r) => String(r.topic)), gold)));
  }
  if (args.includes('--service')) {
    const t1 = performance.now();
    const served = await serviceGrouping(rows);
    console.log(fmt('service ingest (in order)', score(served, gold)), `${((performance.now() - t1) / 1000).toFixed(1)} s`);
  }
  const texts = rows.map((r) => (r.title ? `${r.title}\n${r.text}` : r.text));
  if (ti >= 0) {
    console.log(fmt(`tf-idf single-pass @${args[ti + 1]}`, score(tfidfBaseline(texts, Number(args[ti + 1])), gold)));
  } else {
    // The baseline gets its best threshold on this file: a generous comparison.
    let best: { t: number; s: Scores } | null = null;
    for (let t = 0.1; t <= 0.61; t += 0.05) {
      const s = score(tfidfBaseline(texts, t), gold);
      if (!best || s.f1 > best.s.f1) best = { t, s };
    }
    console.log(fmt(`tf-idf single-pass @${best!.t.toFixed(2)}*`, best!.s));
    console.log('* best threshold for the baseline on this file, searched 0.10–0.60');
  }
}

if (import.meta.url === `file://${process.argv[1]}`) await main();
