// Scores extract() against annotated attribution data (../shared/data/attribution/*.jsonl).
//   npx tsx scripts/eval-attribution.ts [FILE.jsonl ...] [--explain]
// A predicted statement matches a gold content span when at least 30% (and, reported too, 80%) of
// the gold span's characters fall inside it; pairs are one-to-one, greedy by overlap. Speaker
// accuracy is over matched pairs whose gold source is not a bare pronoun; cue accuracy over
// matched pairs with a non-empty gold cue. PolNeAR repeats an article once per annotator (ids
// differ only after the last "_"): the first annotation is used.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { extract } from '../src/analysis/extract/index.js';
import type { ExtractedStatement } from '../src/analysis/types.js';

interface GoldPart {
  spans?: Array<[number, number]>;
  text?: string;
}
interface GoldAttribution {
  source?: GoldPart;
  cue?: GoldPart;
  content?: GoldPart;
}
interface Article {
  id: string;
  text: string;
  attributions: GoldAttribution[];
}
interface Gold {
  spans: Array<[number, number]>;
  len: number;
  text: string;
  source: string | null;
  cue: string | null;
}
interface Pair {
  gold: Gold;
  pred: ExtractedStatement;
}

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const DATA = resolve(ROOT, '../shared/data/attribution');
const PRONOUNS: ReadonlySet<string> = new Set(['he', 'she', 'they', 'it', 'i', 'we', 'you', 'who', 'him', 'her', 'them', 'his', 'its', 'their', 'which', 'that']);
const DROP: ReadonlySet<string> = new Set([
  'the', 'a', 'an', 'mr', 'mrs', 'ms', 'miss', 'dr', 'sen', 'senator', 'rep', 'gov', 'governor', 'president', 'presidential', 'former',
  'prime', 'minister', 'secretary', 'of', 'and', 'for', 'vice', 'chief', 'gen', 'general', 'prof', 'professor', 'sir', 'lord', 'dame',
  'candidate', 'nominee', 'democratic', 'republican', 'us', 'u', 's', 'said', 'says', 'told', 'rev', 'hon', 'lt', 'col', 'sgt', 'capt', 'jr', 'sr',
]);

function loadArticles(file: string): Article[] {
  const seen = new Set<string>();
  const out: Article[] = [];
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    if (line.trim() === '') continue;
    const row = JSON.parse(line) as Article;
    const cut = row.id.lastIndexOf('_');
    const key = file.includes('polnear') && cut > 0 ? row.id.slice(0, cut) : row.id;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(row);
  }
  return out;
}

function golds(a: Article): Gold[] {
  const out: Gold[] = [];
  for (const g of a.attributions) {
    const spans = g.content?.spans;
    if (spans === undefined || spans.length === 0) continue;
    const len = spans.reduce((n, [s, e]) => n + Math.max(0, e - s), 0);
    if (len === 0) continue;
    out.push({ spans, len, text: g.content?.text ?? '', source: g.source?.text ?? null, cue: g.cue?.text ?? null });
  }
  return out;
}

function overlap(g: Gold, p: ExtractedStatement): number {
  let n = 0;
  for (const [s, e] of g.spans) n += Math.max(0, Math.min(e, p.end) - Math.max(s, p.start));
  return n / g.len;
}

/** One-to-one matching, greedy by the share of the gold span covered. */
function match(gs: Gold[], ps: ExtractedStatement[], threshold: number): Pair[] {
  const cands: Array<{ gi: number; pi: number; o: number }> = [];
  gs.forEach((g, gi) => {
    ps.forEach((p, pi) => {
      const o = overlap(g, p);
      if (o >= threshold) cands.push({ gi, pi, o });
    });
  });
  cands.sort((x, y) => y.o - x.o || x.gi - y.gi || x.pi - y.pi);
  const usedG = new Set<number>();
  const usedP = new Set<number>();
  const out: Pair[] = [];
  for (const c of cands) {
    if (usedG.has(c.gi) || usedP.has(c.pi)) continue;
    usedG.add(c.gi);
    usedP.add(c.pi);
    out.push({ gold: gs[c.gi], pred: ps[c.pi] });
  }
  return out;
}

function nameWords(s: string): string[] {
  return s
    .toLowerCase()
    .replace(/['’]s\b/g, '')
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w !== '' && !DROP.has(w));
}

export function sameSpeaker(gold: string, pred: string | null): boolean {
  if (pred === null) return false;
  const g = nameWords(gold);
  const p = nameWords(pred);
  if (g.length === 0 || p.length === 0) return gold.trim().toLowerCase() === pred.trim().toLowerCase();
  if (g[g.length - 1] === p[p.length - 1]) return true;
  const gs = new Set(g);
  const ps = new Set(p);
  return p.every((w) => gs.has(w)) || g.every((w) => ps.has(w));
}

function cueWords(s: string): string {
  return s.toLowerCase().replace(/[^\p{L}\p{N}' ]+/gu, ' ').replace(/\s+/g, ' ').trim();
}

function sameCue(gold: string, pred: string | null): boolean {
  if (pred === null) return false;
  const g = ` ${cueWords(gold)} `;
  const p = ` ${cueWords(pred)} `;
  return g.includes(p) || p.includes(g);
}

function prf(matched: number, predicted: number, gold: number): { p: number; r: number; f: number } {
  const p = predicted === 0 ? 0 : matched / predicted;
  const r = gold === 0 ? 0 : matched / gold;
  return { p, r, f: p + r === 0 ? 0 : (2 * p * r) / (p + r) };
}

const fmt = (x: number): string => x.toFixed(3);
const short = (s: string, n = 110): string => (s.length > n ? `${s.slice(0, n)}…` : s).replace(/\s+/g, ' ');

function evaluate(file: string, explain: boolean): void {
  const articles = loadArticles(file);
  let nGold = 0;
  let nPred = 0;
  let m30 = 0;
  let m80 = 0;
  let spkN = 0;
  let spkOk = 0;
  let cueN = 0;
  let cueOk = 0;
  let chars = 0;
  const t0 = performance.now();
  for (const a of articles) {
    const gs = golds(a);
    const ps = extract(a.text).statements;
    chars += a.text.length;
    nGold += gs.length;
    nPred += ps.length;
    const pairs = match(gs, ps, 0.3);
    m30 += pairs.length;
    m80 += match(gs, ps, 0.8).length;
    const wrong: Pair[] = [];
    for (const pr of pairs) {
      const src = pr.gold.source?.trim() ?? '';
      if (src !== '' && !PRONOUNS.has(src.toLowerCase())) {
        spkN++;
        if (sameSpeaker(src, pr.pred.speaker)) spkOk++;
        else wrong.push(pr);
      }
      const cue = cueWords(pr.gold.cue ?? '');
      if (cue !== '') {
        cueN++;
        if (sameCue(cue, pr.pred.cue)) cueOk++;
      }
    }
    if (explain) {
      const hitG = new Set(pairs.map((x) => x.gold));
      const hitP = new Set(pairs.map((x) => x.pred));
      const missG = gs.filter((g) => !hitG.has(g));
      const extraP = ps.filter((p) => !hitP.has(p));
      if (missG.length + extraP.length + wrong.length === 0) continue;
      console.log(`\n## ${a.id}  gold ${gs.length}  predicted ${ps.length}  matched ${pairs.length}`);
      for (const g of missG) console.log(`  MISS  [${g.source ?? '-'} | ${g.cue ?? '-'}] ${short(g.text)}`);
      for (const p of extraP) console.log(`  EXTRA [${p.speaker ?? '-'} | ${p.cue ?? '-'}] ${short(p.text)}`);
      for (const w of wrong) console.log(`  SPKR  gold "${w.gold.source}" got "${w.pred.speaker}" :: ${short(w.pred.text, 80)}`);
    }
  }
  const ms = performance.now() - t0;
  const a30 = prf(m30, nPred, nGold);
  const a80 = prf(m80, nPred, nGold);
  const name = file.split('/').pop() ?? file;
  console.log(`\n# ${name}: ${articles.length} articles, ${nGold} gold attributions, ${nPred} predicted statements`);
  console.log(`content @30%  P ${fmt(a30.p)}  R ${fmt(a30.r)}  F1 ${fmt(a30.f)}  (${m30} matched)`);
  console.log(`content @80%  P ${fmt(a80.p)}  R ${fmt(a80.r)}  F1 ${fmt(a80.f)}  (${m80} matched)`);
  console.log(`speaker accuracy ${fmt(spkN === 0 ? 0 : spkOk / spkN)}  (${spkOk}/${spkN} matched pairs with a non-pronoun gold source)`);
  console.log(`cue accuracy     ${fmt(cueN === 0 ? 0 : cueOk / cueN)}  (${cueOk}/${cueN} matched pairs with a gold cue)`);
  console.log(`time ${ms.toFixed(0)} ms, ${((chars / 1e6) / (ms / 1000)).toFixed(2)} MB/s`);
}

function main(): void {
  const args = process.argv.slice(2);
  const explain = args.includes('--explain');
  let files = args.filter((x) => !x.startsWith('--'));
  if (files.length === 0) files = readdirSync(DATA).filter((f) => f.endsWith('.jsonl') && !f.includes('train')).map((f) => join(DATA, f));
  for (const f of files) {
    const path = existsSync(f) ? f : join(DATA, f);
    if (!existsSync(path)) {
      console.error(`no such file: ${f}`);
      process.exitCode = 1;
      continue;
    }
    evaluate(path, explain);
  }
}

main();
