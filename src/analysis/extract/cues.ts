// Reporting cues: single verbs in any form ("said", "warns", "adding") and fixed phrases
// ("according to", "called for", "was quoted as saying"), matched on tokens outside quotes.
import type { Tok } from './lex.js';
import { ANON_HEADS, PHRASES, VERB_FORMS, type Frame } from './lexicon.js';

export interface Cue {
  t0: number;
  t1: number;
  s: number;
  e: number;
  lemma: string;
  frame: Frame;
  weak: boolean;
  belief: boolean;
  bare: boolean;
  participle: boolean;
  inf: boolean;
  evidence: boolean;
  question: boolean;
  topic: boolean;
  speech: boolean;
  prep: readonly string[];
  prepOnly: boolean;
  control: boolean;
}

// A verb form right after these is a noun or an infinitive of another verb's object: "the report", "to say".
const NOT_AFTER: ReadonlySet<string> = new Set(['the', 'a', 'an', 'this', 'that', 'these', 'those', 'his', 'her', 'its', 'their', 'our', 'my', 'your', 'to', 'no', 'any', 'every', 'each', 'such']);

export function cueAt(toks: Tok[], i: number, limit: number): Cue | null {
  const t = toks[i];
  if (t === undefined || i >= limit || !t.word || t.q >= 0 || t.poss) return null;
  const prev = toks[i - 1];
  const phrases = PHRASES.get(t.low);
  if (phrases !== undefined) {
    for (const p of phrases) {
      if (i + p.words.length > limit) continue;
      let ok = true;
      for (let k = 1; k < p.words.length; k++) {
        const w = toks[i + k];
        if (!w.word || w.low !== p.words[k] || w.q >= 0) {
          ok = false;
          break;
        }
      }
      if (!ok) continue;
      if (p.frame !== 'according' && prev !== undefined && prev.word && NOT_AFTER.has(prev.low) && prev.low !== 'to') continue;
      const last = toks[i + p.words.length - 1];
      return {
        t0: i, t1: i + p.words.length, s: t.s, e: last.e, lemma: p.words.join(' '), frame: p.frame, weak: false, belief: false, bare: false,
        participle: t.low.endsWith('ing'), inf: false, evidence: false, question: false, topic: false, speech: false, prep: [], prepOnly: false, control: false,
      };
    }
  }
  const v = VERB_FORMS.get(t.low);
  if (v === undefined) return null;
  // "continues to insist", "appeared to suggest": after a raising verb the cue is still the subject's
  if (prev !== undefined && prev.word && NOT_AFTER.has(prev.low) && !(prev.low === 'to' && (RAISING.has(toks[i - 2]?.low ?? '') || tookTo(toks, i - 1) >= 0))) return null;
  // "Says" inside a title-case run; "Lords Bingham, Steyn, Hope and Carswell": a capital after a comma names someone
  if (t.cap && i > 0 && prev !== undefined && (prev.word || prev.text === ',')) return null;
  // "Having said that, …" / "That said, …": the writer turning, no one reported
  if ((prev?.low === 'having' && ['that', 'this', 'so'].includes(toks[i + 1]?.low ?? '') || prev?.low === 'that' && prev.cap) && [toks[i + 1]?.text, toks[i + 2]?.text].includes(',')) return null;
  // "an hourlong show aired", "a strong signal that": a determiner and an adjective make the bare form a noun
  const det = toks[i - 2];
  if (v.lemma === t.low && NOUN_FORMS.has(t.low) && det !== undefined && det.word && ARTICLES.has(det.low) && prev !== undefined && prev.word && !prev.cap && !prev.poss && !/s$/.test(prev.low) && !ANON_HEADS.has(prev.low)) return null;
  // "questions remain", "claims were": a noun-like cue's -s form with a verb right after is a plural noun, that verb's subject —
  // the cue's own content would begin with a subject
  if (t.low === `${v.lemma}s` && NOUN_FORMS.has(v.lemma) && toks[i + 1]?.word === true && PLURAL_VERB.test(toks[i + 1].low)) return null;
  // "the song is called Moped", "a film to be called Touching From A Distance": a passive "called" names a thing
  if (v.frame === 'call' && t.low === 'called' && prev !== undefined && prev.word && (BE.has(prev.low) || PASSIVE_BE.has(prev.low))) return null;
  // "the poll questioned 1,943 adults": to question people in numbers is to poll them, no one speaks
  if (v.lemma === 'question' && (/^\p{N}/u.test(toks[i + 1]?.text ?? '') || POLLED.has(toks[i + 1]?.low ?? ''))) return null;
  // "Republican advocates such as …": a plural noun
  if (toks[i + 1]?.low === 'such' && toks[i + 2]?.low === 'as') return null;
  let t1 = i + 1;
  if (v.particle !== null) {
    const n = toks[i + 1];
    if (n === undefined || n.low !== v.particle) return null;
    t1 = i + 2;
  }
  // "is defending", "he’s claiming", "is promising to": a progressive is finite, not a participle phrase (intentions and
  // hopes excepted: "is seeking to …" stays a description)
  const participle = v.participle && (v.frame === 'intent' || v.belief || !progressive(toks, i));
  return { t0: i, t1, s: t.s, e: toks[t1 - 1].e, lemma: v.lemma, frame: v.frame, weak: v.weak, belief: v.belief, bare: v.bare, participle, inf: v.inf, evidence: v.evidence, question: v.question, topic: v.topic, speech: v.speech, prep: v.prep, prepOnly: v.prepOnly, control: v.control };
}

// Cue forms that are also common nouns: "a strong signal", "an hourlong show".
const NOUN_FORMS: ReadonlySet<string> = new Set([
  'show', 'report', 'plan', 'call', 'claim', 'signal', 'comment', 'hope', 'fear', 'doubt', 'promise', 'pledge', 'vow', 'note', 'estimate', 'forecast',
  'reply', 'demand', 'threat', 'warning', 'boast', 'charge', 'counter', 'guess', 'cry', 'shout', 'sense', 'complaint', 'question', 'attack', 'praise', 'blast',
  'support', 'back', 'post', 'tweet', 'blog', 'project', 'offer', 'remark', 'concern', 'wish', 'aim', 'decline', 'protest', 'joke', 'quip', 'lament',
]);
const POLLED: ReadonlySet<string> = new Set(['people', 'adults', 'voters', 'respondents', 'users', 'consumers', 'residents', 'parents', 'members', 'more', 'over', 'some', 'about', 'nearly', 'almost']);
// verbs that agree with a plural subject and cannot open a clause reported by the cue
const PLURAL_VERB = /^(?:are|were|have|remain|remained|persist|persisted|came|grew|rose|fell|mounted|surfaced|emerged)$/;
const ARTICLES: ReadonlySet<string> = new Set(['a', 'an', 'the', 'this', 'that', 'his', 'her', 'its', 'their', 'our', 'my', 'your']);

/** Verbs after which "to VERB" keeps the subject's own voice: "continues to insist that …". */
export const RAISING: ReadonlySet<string> = new Set([
  'continue', 'continues', 'continued', 'appear', 'appears', 'appeared', 'seem', 'seems', 'seemed', 'began', 'begin', 'begins', 'tend', 'tends',
  'tended', 'used', 'yet',
]);

const TAKE: ReadonlySet<string> = new Set(['took', 'take', 'takes', 'taking']);
const GO: ReadonlySet<string> = new Set(['went', 'go', 'goes', 'going']);

/** "took to Twitter overnight to accuse …", "went on television to blame …": the token of "took"/"went" for the "to" at `to`,
 * or -1. The purpose clause speaks for the subject. */
export function tookTo(toks: Tok[], to: number): number {
  for (let k = to - 2; k >= 0 && k >= to - 6; k--) {
    const t = toks[k];
    if (!t.word) return -1;
    if ((TAKE.has(t.low) && toks[k + 1]?.low === 'to' || GO.has(t.low) && toks[k + 1]?.low === 'on') && k + 2 < to) return k;
  }
  return -1;
}

const BE: ReadonlySet<string> = new Set(['is', 'are', 'was', 'were', "isn't", "aren't", "wasn't", "weren't", 'am', "'m", "'re"]);
const PASSIVE_BE: ReadonlySet<string> = new Set(['be', 'been', 'being', "'s"]);
const BETWEEN: ReadonlySet<string> = new Set(['not', 'also', 'still', 'now', 'again', 'already', 'increasingly', 'repeatedly', 'openly', 'publicly', 'privately', 'once']);

function progressive(toks: Tok[], i: number): boolean {
  let k = i - 1;
  while (k >= 0 && toks[k].word && BETWEEN.has(toks[k].low)) k--;
  const t = toks[k];
  if (t === undefined || !t.word) return false;
  const low = t.low.replace(/’/g, "'");
  if (BE.has(low)) return true;
  // "he’s claiming": the pronoun token keeps its ’s
  return /['’]s$/i.test(t.text) && !t.poss;
}
