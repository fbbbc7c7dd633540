// Frames that make what follows them in a sentence no account of the facts: demands, goals, needs,
// permissions, possibilities and attempts ("urged ministers to reassure", "ensuring that", "tried to
// hack"), claims put in others' minds ("to convince people there was no …"), and questions. Read once
// per statement.
import type { TextInfo } from './analyze.js';
import { lemmas } from './wordnet.js';

/** Verbs that report what someone would have others believe: a denial under them is that person's claim. */
const CLAIM_FRAMES = new Set([
  'convince', 'convinces', 'convinced', 'convincing', 'persuade', 'persuades', 'persuaded', 'persuading',
  'pretend', 'pretends', 'pretended', 'pretending',
]);

/** Words that make what follows them in the sentence a demand or a wish, not a statement of fact. */
const DEMANDS = new Set([
  'should', 'must', 'ought', 'urge', 'urges', 'urged', 'urging', 'demand', 'demands', 'demanded', 'demanding',
]);
/** "want X to do": a demand on X ("enable X to do": a possibility); "want peace", "wanted to go" are the subject's own wishes. */
const WANTS = new Set(['want', 'wants', 'wanted', 'wanting']);
const WANT_OBJECT_MAX = 5;

/** "will enable anyone to listen", "allows us to tap into": what is made possible, not what is done (not "enabled him to win"). */
const ENABLERS = new Set(['enable', 'enables', 'enabling', 'allow', 'allows', 'allowing', 'help', 'helps', 'helping']);

/** "bought time for Gazprom to raise the money", "a chance for them to win": a possibility, not the act. */
const CHANCES = new Set(['time', 'chance', 'chances', 'opportunity', 'opportunities']);

function wantsOfOthers(w: string[], k: number): boolean {
  const opens = WANTS.has(w[k]!) || ENABLERS.has(w[k]!) || (CHANCES.has(w[k]!) && w[k + 1] === 'for');
  if (!opens || w[k + 1] === 'to') return false;
  for (let j = k + 2; j <= k + WANT_OBJECT_MAX && j < w.length; j++) if (w[j] === 'to') return true;
  return false;
}
const CALLS = new Set(['call', 'calls', 'called', 'calling']);
/**
 * "ensure that", "make sure", "crucial to", "a right to": a goal, a need or a permission is, like a
 * demand, no account of the facts ("ensuring their calls are not marketing").
 */
const GOALS = new Set(['ensure', 'ensures', 'ensuring']);
const MAKE = new Set(['make', 'makes', 'making']);

/** "crucial to controlling the flow": what is needed for something, not that it is so. */
const NEEDED_FOR = new Set(['crucial', 'vital', 'essential', 'necessary', 'key']);
/** "a right to hold such views", "allowed to vote": a permission, not the act. */
const PERMITTED = new Set(['right', 'entitled', 'allowed', 'permitted', 'free']);
/** "essential to note that …": a frame of saying; what follows is asserted. */
const SAYING = new Set(['note', 'say', 'stress', 'remember', 'recognise', 'recognize', 'understand', 'point', 'add', 'emphasise', 'emphasize']);

/** "tried to hack", "having difficulty hiring women": an attempt says nothing of success. */
const ATTEMPTS = new Set(['try', 'tries', 'tried', 'trying', 'attempt', 'attempts', 'attempted', 'attempting', 'seek', 'seeks', 'sought', 'seeking', 'struggle', 'struggles', 'struggled', 'struggling']);
const DIFFICULTY = new Set(['difficulty', 'difficulties', 'trouble']);

/** "we have to build on wins", "needs to act": an obligation, like "must" (not "had to resign": that was done). */
const OBLIGED = new Set(['have', 'has', 'need', 'needs']);

function goal(w: string[], k: number): boolean {
  if (GOALS.has(w[k]!) || (MAKE.has(w[k]!) && w[k + 1] === 'sure')) return true;
  if (OBLIGED.has(w[k]!) && w[k + 1] === 'to') return true;
  // "tried at least twice to hack"
  if ((ATTEMPTS.has(w[k]!) && w.slice(k + 1, k + 5).includes('to')) || DIFFICULTY.has(w[k]!)) return true;
  const next = w[k + 1];
  if (NEEDED_FOR.has(w[k]!) && (next === 'to' || next === 'for')) return !SAYING.has(w[k + 2] ?? '');
  // "a right to hold such views", not "the right to liberty"; "a right of appeal", not "the right of the people"
  return PERMITTED.has(w[k]!) && (next === 'to' || (next === 'of' && w[k] === 'right')) && lemmas(w[k + 2] ?? '').some((l) => l.pos === 'v');
}
const DEMAND_STOP = /[.!?()]/;
const DEMAND_ENDS = new Set(['but', 'because', 'although', 'though', 'while', 'whereas', 'since', 'yet']);
/** "tried to hack the network and took names": a verb in the past after "and" is done, not asked or tried. */
function pastVerb(word: string): boolean {
  return !word.endsWith('ing') && !word.endsWith('s') && lemmas(word).some((l) => l.pos === 'v' && l.lemma !== word);
}

/** "decisions should be taken on proof and the plan infringes …": a clause with its own subject after "and". */
const NEW_SUBJECT = new Set(['the', 'this', 'that', 'these', 'those', 'it', 'they', 'he', 'she', 'we', 'i']);

/** Token `tok` stands after a demand in its sentence ("urged ministers to reassure people", "should not apologise"). */
export function demanded(info: TextInfo, tok: number): boolean {
  return framesOf(info).demand[tok] === 1;
}

interface Frames {
  /** Per token: a demand stands before it in its sentence ("urged ministers to reassure"). */
  demand: Uint8Array;
  /** Per token: a verb of making others believe stands before it ("to convince people there was no …"). */
  claim: Uint8Array;
  /** Per token: its sentence ends in a question mark ("Were there racist chants?"). */
  question: Uint8Array;
}

/** What ends a sentence. */
export const SENTENCE_END = /[.!?]/;

const framesCache = new WeakMap<TextInfo, Frames>();

/** One pass per statement: a statement meets many others, and each of its negations asks. */
function framesOf(info: TextInfo): Frames {
  let f = framesCache.get(info);
  if (f) return f;
  const w = info.lowers;
  const n = w.length;
  f = { demand: new Uint8Array(n), claim: new Uint8Array(n), question: new Uint8Array(n) };
  let demand = 0;
  let claim = 0;
  for (let k = 0; k + 1 < n; k++) {
    // not from outside a bracket or sentence: "planets should be larger (Pluto is about 1,500 miles)"
    if (DEMAND_STOP.test(info.text.slice(info.tokens[k]!.end, info.tokens[k + 1]!.start))) demand = claim = 0;
    // nor across "but", "because": "demands that pets have a vaccination, but will not accept …"
    else {
      if (DEMAND_ENDS.has(w[k]!) || (w[k] === 'and' && (NEW_SUBJECT.has(w[k + 1]!) || pastVerb(w[k + 1]!)))) demand = 0;
      else if (DEMANDS.has(w[k]!) || wantsOfOthers(w, k) || goal(w, k) || (CALLS.has(w[k]!) && (w[k + 1] === 'on' || w[k + 1] === 'for'))) demand = 1;
      if (CLAIM_FRAMES.has(w[k]!)) claim = 1;
    }
    f.demand[k + 1] = demand;
    f.claim[k + 1] = claim;
  }
  // backwards: each token takes the first sentence end after it
  let question = 0;
  for (let k = n - 1; k >= 0; k--) {
    const end = SENTENCE_END.exec(info.text.slice(info.tokens[k]!.end, k + 1 < n ? info.tokens[k + 1]!.start : info.text.length));
    if (end) question = end[0] === '?' ? 1 : 0;
    f.question[k] = question;
  }
  framesCache.set(info, f);
  return f;
}

/** Token `tok` stands after a verb of making others believe ("to convince people there was no …"). */
export function claimed(info: TextInfo, tok: number): boolean {
  return framesOf(info).claim[tok] === 1;
}

/** Token `tok` is in a question ("Were there racist chants?"): it asserts nothing. */
export function asked(info: TextInfo, tok: number): boolean {
  return framesOf(info).question[tok] === 1;
}
