// What a cue introduces and where it ends: a that-clause, a colon, a quote, a bare clause, an object then a clause —
// chosen by the cue's frame — cut where a new clause or a coordinated cue begins.
import type { Tok } from './lex.js';
import { cueAt, type Cue } from './cues.js';
import { parseNP, parseNPForward } from './np.js';
import { AUXILIARIES, DOCUMENT_HEADS, VERB_FORMS } from './lexicon.js';
import { CUT_CONJUNCTIONS, DASHES, DETERMINER_LIKE, FINITE, MIN_CLAUSE_WORDS, NOT_CLAUSE_START, OBJECT_PRONOUNS, PREPOSITIONS, QUANTIFIERS, SENTENCE_PUNCT, SUBJECT_PRONOUNS, SUBORDINATORS, WH_WORDS, clauseLike, clauseStarts, complementizer, infinitive, isAdverb, isTimeWord, negated, skipTime, wordCount } from './grammar.js';
import { callContent, controlContent, evalContent } from './stance-objects.js';
import { questionContent } from './questions.js';

/** "the new poll shows …", "polls have found …": a document or finding right before the cue. */
function documentBefore(toks: Tok[], t0: number): boolean {
  let k = t0 - 1;
  while (k >= 0 && toks[k].word && (AUXILIARIES.has(toks[k].low) || isAdverb(toks[k]))) k--;
  const t = toks[k];
  return t !== undefined && t.word && !t.poss && DOCUMENT_HEADS.has(t.low);
}

/** What follows the cue: a that-clause, a colon, a quote, or (for plain saying verbs) a bare clause. */
export function contentAfter(toks: Tok[], cue0: Cue, lim: number, text: string): [number, number] | null {
  const j = cue0.t1;
  // a finding with a document as its subject takes a bare clause: "the poll shows Smith leading"
  const cue = cue0.evidence && documentBefore(toks, cue0.t0) ? { ...cue0, weak: false, bare: true, frame: 'clause' as const } : cue0;
  let a = cue.inf ? infinitive(toks, j, lim) : -1;
  if (a < 0 && cue.question) a = questionContent(toks, cue, j, lim, text);
  // "have not said when …", "isn't saying whether …": a withheld answer is an indirect question
  if (a < 0 && cue.lemma === 'say' && negated(toks, cue.t0) && WH_WORDS.has(toks[j]?.low ?? '')) a = j;
  if (a < 0 && cue.control) a = controlContent(toks, j, lim, text);
  if (a < 0) switch (cue.frame) {
    case 'eval':
      // "announced on Friday the arrest of …": past a time adjunct
      a = evalContent(toks, skipTime(toks, j, lim), lim);
      break;
    case 'intent':
      break;
    case 'for':
      a = toks[j]?.word === true ? j : -1;
      break;
    case 'as':
      for (let k = j; k < Math.min(lim, j + 12); k++) {
        if (SENTENCE_PUNCT.has(toks[k].text)) break;
        if (toks[k].low === 'as' && toks[k].q < 0) {
          a = j;
          break;
        }
      }
      break;
    case 'call':
      a = callContent(toks, j, lim, text);
      break;
    case 'object':
      a = objectContent(toks, cue, j, lim, text);
      break;
    default:
      a = clauseContent(toks, cue, j, lim);
  }
  if (a < 0 || a >= lim) return null;
  while (a < lim && (toks[a].text === ',' || toks[a].text === ':')) a++;
  const b = cutContent(toks, a, lim, text);
  if (b - a < 1) return null;
  const quoted = toks[a].mark === 'open';
  if (!quoted && wordCount(toks, a, b) < MIN_CLAUSE_WORDS && !shortObject(toks, cue, a, b, text)) return null;
  // "says Kallas." is an inverted attribution, not content
  if (!quoted && a === cue.t1 && cue.frame !== 'eval') {
    const np = parseNP(toks, a, b, text);
    if (np !== null && np.t1 >= b) return null;
  }
  return [a, b];
}

/** A stance's whole object may be short when it names someone or something: "endorsed Trump", "mocked the complaint",
 * "declined to comment" — never a pronoun or a bare adverb ("backed it", "agreed again"). */
function shortObject(toks: Tok[], cue: Cue, a: number, b: number, text: string): boolean {
  const t = toks[a];
  if (b - a > 3 || !t.word) return false;
  if (cue.inf && t.low === 'to') return b - a === 2 && toks[a + 1].word;
  if (cue.frame !== 'eval') return false;
  const np = parseNP(toks, a, b, text);
  if (np !== null && np.t1 === b && (np.kind === 'name' || np.kind === 'place' || np.kind === 'role')) return true;
  const head = toks[b - 1];
  return b - a === 2 && /^(?:the|that|this|his|her|their|its)$/.test(t.low) && head.word && !head.cap && !isAdverb(head) && !NOT_IN_OBJECT.has(head.low);
}

const NOT_IN_OBJECT: ReadonlySet<string> = new Set(['same', 'other', 'one', 'way', 'most', 'least', 'time', 'day', 'week', 'year', 'month', 'moment']);

const SEEK_REACH = 12;

/** Skip a short adjunct ("on Sunday", "in a statement late Friday", "several times") to that / a colon. */
function seekThat(toks: Tok[], from: number, lim: number): number {
  for (let k = from; k < Math.min(lim, from + SEEK_REACH); k++) {
    const t = toks[k];
    if (SENTENCE_PUNCT.has(t.text)) return -1;
    // "said on the other hand, “the system works”": the adjunct ends at a comma before a quote
    if (t.text === ',' && toks[k + 1]?.mark === 'open' && k > from) return k + 1;
    if (t.q >= 0) continue;
    if (t.word && t.low === 'that') return complementizer(toks, k) ? k + 1 : -1;
    if (t.text === ':') return k + 1;
    if (t.word && (FINITE.test(t.low) || (k > from && VERB_FORMS.has(t.low) && !t.poss && !DETERMINER_LIKE.has(toks[k - 1].low)))) return -1;
  }
  return -1;
}

function clauseContent(toks: Tok[], cue: Cue, j0: number, lim: number): number {
  let j = j0;
  while (j < lim && toks[j].text === ',' && toks[j + 1]?.mark === 'open') j++;
  j = skipTime(toks, j, lim);
  const t = toks[j];
  if (t === undefined || j >= lim) return -1;
  // "said that was not her view": after a saying verb, "that" before a finite verb is the clause's subject
  if (t.low === 'that' && t.word && cue.bare && !cue.weak && cue.frame === 'clause' && toks[j + 1]?.word === true && FINITE.test(toks[j + 1].low)) return j;
  if (t.text === ':' || (t.low === 'that' && t.word)) return j + 1;
  if (t.mark === 'open') return j;
  // "insists, most recently in an interview, that …": an adjunct set off by commas
  // (", Scheer said, that the country …" is an interrupted sentence resuming, left to the content-first pattern)
  const n = toks[j + 1];
  if (t.text === ',' && n !== undefined && n.word && !VERB_FORMS.has(n.low) && (isAdverb(n) || PREPOSITIONS.has(n.low) || isTimeWord(n))) return seekThat(toks, j + 1, lim);
  // "said about 20 people have …": a quantity, not a preposition
  const quantity = QUANTIFIERS.has(t.low) && /^\p{N}/u.test(toks[j + 1]?.text ?? '');
  const sought = !quantity && (t.word && !clauseStarts(t) || PREPOSITIONS.has(t.low) || isAdverb(t)) ? seekThat(toks, j, lim) : -1;
  if (sought >= 0) return sought;
  // "said after the convention he would not …": a short adjunct, then a pronoun subject and its verb
  if (cue.bare && !cue.weak && cue.frame === 'clause' && PREPOSITIONS.has(t.low)) {
    for (let m = j + 2; m < Math.min(lim, j + 7); m++) {
      const w = toks[m];
      if (!w.word || w.q >= 0 || FINITE.test(w.low) || VERB_FORMS.has(w.low)) break;
      if (SUBJECT_PRONOUNS.test(w.low) && !w.poss && w.low !== 'it' && clauseLike(toks, m, lim)) return m;
    }
  }
  // a belief verb takes a bare clause only with its own subject and finite verb: "believes the plan will fail", not "thinks so"
  if (cue.frame === 'that' && cue.bare && !cue.weak) {
    const opens = clauseStarts(t) || !NOT_CLAUSE_START.has(t.low) && !isAdverb(t) && !/(?:ing|ed)$/.test(t.low);
    return t.word && opens && !SUBORDINATORS.has(t.low) && clauseLike(toks, j, lim) ? j : -1;
  }
  // a bare clause only after plain saying verbs: "said the plan would fail"
  if (cue.weak || !cue.bare || !t.word || cue.frame !== 'clause') return -1;
  // "said while many have received support, this was not the case": a subordinate clause, then the main one
  if (SUBORDINATORS.has(t.low)) {
    for (let k = j + 2; k < lim - 1; k++) {
      if (toks[k].q >= 0) continue;
      if (toks[k].text === ',') {
        const n = toks[k + 1];
        return n.word && !NOT_CLAUSE_START.has(n.low) && !/^(?:which|who|whom|whose|where|when)$/.test(n.low) ? j : -1;
      }
      if (SENTENCE_PUNCT.has(toks[k].text)) return -1;
    }
    return -1;
  }
  // "says too much is made of …", "said nothing has changed": a quantity word as the subject of a finite verb
  if (QUANTITY_SUBJECTS.has(t.low)) return quantityClause(toks, j, lim) ? j : -1;
  if (NOT_CLAUSE_START.has(t.low) && !quantity) return -1;
  // "writes extensively about the Kremlin": an adverb and a phrase, no clause
  if (isAdverb(t) && !AUXILIARIES.has(t.low) && !clauseLike(toks, j + 1, lim)) return -1;
  return j;
}

const QUANTITY_SUBJECTS: ReadonlySet<string> = new Set(['too', 'much', 'more', 'less', 'little', 'nothing', 'something', 'anything', 'no', 'none', 'not']);

/** A finite verb within the first four words, with no comma or preposition before it. */
function quantityClause(toks: Tok[], j: number, lim: number): boolean {
  for (let k = j + 1; k < Math.min(lim, j + 5); k++) {
    const t = toks[k];
    if (!t.word) return false;
    if (FINITE.test(t.low) || /^(?:will|would|could|should|can|may|might|must)$/.test(t.low)) return true;
    if (PREPOSITIONS.has(t.low) && t.low !== 'of') return false;
  }
  return false;
}

/** VERB OBJECT (that|:|"…"|bare clause): "told the BBC that …", "told court she is …". */
function objectContent(toks: Tok[], cue: Cue, j: number, lim: number, text: string): number {
  const t = toks[j];
  if (t === undefined || j >= lim) return -1;
  if (t.text === ':' || t.low === 'that') return j + 1;
  if (t.mark === 'open') return j;
  if (!t.word || PREPOSITIONS.has(t.low)) return -1;
  // "warned there was a real risk …", "warned he would …": no object, a clause with its own subject
  if (cue.bare && (SUBJECT_PRONOUNS.test(t.low) || t.low === 'there') && !t.poss && clauseLike(toks, j, lim)) return j;
  let k = -1;
  if (OBJECT_PRONOUNS.has(t.low)) k = j + 1;
  else {
    const np = parseNPForward(toks, j, lim, text);
    if (np !== null && np.kind !== 'pronoun') k = np.t1;
  }
  if (k < 0) {
    // "told the crowd that …": a plain object phrase, then "that"
    if (DETERMINER_LIKE.has(t.low) && !PREPOSITIONS.has(t.low)) {
      for (let m = j + 1; m < Math.min(lim, j + 5); m++) {
        const w = toks[m];
        if (!w.word || w.q >= 0 || FINITE.test(w.low)) break;
        if (w.low === 'that') return m + 1;
        // "told his advisers to find …", "told the forum he was …": a plain object, then an order or a clause of its own
        if (infinitive(toks, m, lim) >= 0) return j;
        if (cue.bare && SUBJECT_PRONOUNS.test(w.low) && !w.poss && m > j + 1 && clauseLike(toks, m, lim)) return m;
      }
    }
    return seekThat(toks, j, lim);
  }
  // "warned state officials to boost …", "told his advisers to find …" (the phrase parse may run on through "to")
  for (let m = j + 1; m <= k; m++) if (toks[m]?.low === 'to' && infinitive(toks, m, lim) >= 0) return j;
  k = skipTime(toks, k, lim);
  const n = toks[k];
  if (n === undefined || k >= lim) return -1;
  if (n.text === ':' || (n.low === 'that' && n.word)) return k + 1;
  if (n.mark === 'open' || (n.text === ',' && toks[k + 1]?.mark === 'open')) return n.mark === 'open' ? k : k + 1;
  const sought = seekThat(toks, k, lim);
  if (sought >= 0) return sought;
  if (cue.bare && n.word && clauseStarts(n) && clauseLike(toks, k, lim)) return k;
  return -1;
}

const COORDINATORS: ReadonlySet<string> = new Set(['but', 'and', 'yet']);

/** A clause with its own subject at `n`: a subject followed by a reporting cue with content ("he said …"), or — after a
 * coordinating "and" / "but" / "yet" / ";" — a noun phrase other than a pronoun followed by a finite or past verb ("but her
 * plan would require", "and Democrats accused"); after "while" / "though" such a clause is still what was said. */
function newClause(toks: Tok[], n: number, lim: number, text: string, coordinated = true): boolean {
  const t = toks[n];
  if (t === undefined || n >= lim || !t.word) return false;
  let m: number;
  let pronoun = false;
  if (SUBJECT_PRONOUNS.test(t.low) && !t.poss) {
    m = n + 1;
    pronoun = true;
  } else {
    const np = parseNP(toks, n, lim, text);
    if (np === null || np.kind === 'pronoun') {
      // "her plan", "the agency": a determiner and up to three lower-case words
      if (!DETERMINER_LIKE.has(t.low) || PREPOSITIONS.has(t.low)) return false;
      m = n + 1;
      while (m < Math.min(lim, n + 4) && toks[m].word && !toks[m].cap && !FINITE.test(toks[m].low) && !AUXILIARIES.has(toks[m].low) && !VERB_FORMS.has(toks[m].low)) m++;
      if (m === n + 1) return false;
    } else m = np.t1;
  }
  while (m < lim && isAdverb(toks[m]) && !AUXILIARIES.has(toks[m].low)) m++;
  const v = toks[m];
  if (v === undefined || m >= lim || !v.word || v.cap) return false;
  const c = cueAt(toks, m, lim);
  if (c !== null && !c.participle) return contentAfter(toks, c, lim, text) !== null;
  if (pronoun || !coordinated) return false;
  return FINITE.test(v.low) || AUXILIARIES.has(v.low) || /^[a-z]{3,}ed$/.test(v.low);
}

/** End of a content clause: the sentence end, or where a coordinated cue of the same subject begins. */
export function cutContent(toks: Tok[], a: number, lim: number, text: string): number {
  for (let k = a + 1; k < lim; k++) {
    const t = toks[k];
    if (t.q >= 0) continue;
    if (t.text === ';' && newClause(toks, k + 1, lim, text)) return k;
    if (t.text === ',' || t.low === 'and' || t.low === 'but' || DASHES.has(t.text)) {
      let n = k + 1;
      if (toks[n]?.low === 'and' || toks[n]?.low === 'but') n++;
      while (n < lim && isAdverb(toks[n])) n++;
      const c = cueAt(toks, n, lim);
      // (", said the talks …" after an aside: the sentence's own verb resumes)
      if (c !== null && (c.participle || t.low === 'and' || t.low === 'but' || toks[k + 1]?.low === 'and' || toks[k + 1]?.low === 'but' || t.text === ',' && n === k + 1 && c.frame === 'clause')) {
        if (contentAfter(toks, c, lim, text) !== null) return k;
      }
      if (t.text === ',' && toks[n]?.low === 'according' && toks[n + 1]?.low === 'to') return k;
      // ", though she acknowledged …", ", but her plan would require …": a new clause with its own subject
      const conj = toks[k + 1]?.low ?? '';
      if (CUT_CONJUNCTIONS.has(conj) && (t.text === ',' || DASHES.has(t.text)) && newClause(toks, k + 2, lim, text, COORDINATORS.has(conj))) return k;
      // ", he suggested that …", "— Scheer insists it is …": a new attributed clause
      if (t.text === ',' || DASHES.has(t.text) && t.text !== '-') {
        const np = parseNP(toks, k + 1, lim, text);
        if (np !== null && np.kind !== 'place') {
          let m = np.t1;
          while (m < lim && isAdverb(toks[m])) m++;
          const c2 = cueAt(toks, m, lim);
          if (c2 !== null && !c2.participle && contentAfter(toks, c2, lim, text) !== null) return k;
        }
      }
    }
  }
  return lim;
}
