// A speech noun with its owner: "Trump's claim that …", "her promise to cut fees".
import type { Tok } from './lex.js';
import type { Cue } from './cues.js';
import type { NP } from './np.js';
import { TITLES } from './lexicon.js';
import { PUT_IT, type Draft } from './draft.js';
import { PREPOSITIONS, SUBJECT_PRONOUNS, SUBJECT_SKIP, clauseLike, complementizer, infinitive, phraseNP, wordCount } from './grammar.js';
import { cutContent } from './content.js';

/** OWNER's NOUN that CLAUSE / OWNER's NOUN to VP: "Trump's claim that there were thousands of shootings", "her promise to
 * cut fees". The owner is a possessive name or his/her/their; the clause has its own subject and verb. */
export function ownedClaim(toks: Tok[], i: number, s0: number, lim: number, text: string, para: number, sent: number): Draft | null {
  let o = i - 1;
  // one modifier between: "Trump's repeated claim"
  if (toks[o]?.word === true && !toks[o].cap && !toks[o].poss && toks[o - 1]?.poss === true) o--;
  const owner = toks[o];
  if (owner === undefined || o < s0 || !owner.word) return null;
  let speaker: NP;
  if (owner.poss && owner.cap) {
    let a = o;
    while (a - 1 >= s0 && toks[a - 1].word && toks[a - 1].cap && !toks[a - 1].poss) a--;
    // "Senator Ana Ruiz's": titles stay out of the name
    let n0 = a;
    while (n0 < o && (TITLES.has(toks[n0].low) || toks[n0 + 1]?.text === '.' && TITLES.has(toks[n0].low))) n0++;
    const name = text.slice(toks[n0].s, owner.e).replace(/['’]s?$/, '');
    speaker = { ...phraseNP(toks, a, o + 1, null), kind: 'name', name, nameT0: n0, org: false };
  } else if (owner.low === 'his' || owner.low === 'her' || owner.low === 'their') {
    const pronoun = owner.low === 'his' ? 'male' : owner.low === 'her' ? 'female' : 'plural';
    speaker = { ...phraseNP(toks, o, o + 1, null), kind: 'pronoun', pronoun, gender: pronoun === 'male' ? 'm' : pronoun === 'female' ? 'f' : null };
  } else return null;
  // as the sentence's subject the phrase runs into the main verb ("Trump's plan to … could spell …"): only objects here
  let lead = s0;
  while (lead < speaker.t0 && (toks[lead].text === ',' || toks[lead].word && SUBJECT_SKIP.has(toks[lead].low))) lead++;
  if (speaker.t0 === lead) return null;
  const n = toks[i + 1];
  let a = -1;
  if (n?.low === 'that' && complementizer(toks, i + 1) && clauseLike(toks, i + 2, lim) && !gapped(toks, i + 2, lim)) a = i + 2;
  else if (infinitive(toks, i + 1, lim) >= 0) a = i + 1;
  if (a < 0) return null;
  // the content sits inside a noun phrase: it ends at the first comma
  let b = cutContent(toks, a, lim, text);
  for (let k = a; k < b; k++) if (toks[k].text === ',' && toks[k].q < 0) b = k;
  if (wordCount(toks, a, b) < 4) return null;
  const cue: Cue = { ...PUT_IT, lemma: toks[i].low, t0: i, t1: i + 1, s: toks[i].s, e: toks[i].e };
  return { para, sent, pieces: [[a, b]], speaker, speakerSource: 'phrase', apposition: null, cue, attribution: [o, a] };
}

/** "the claim that he made on the radio": a relative clause, its object gone — a pronoun subject, a verb, then a preposition
 * or the end. */
function gapped(toks: Tok[], a: number, lim: number): boolean {
  const after = toks[a + 2];
  return SUBJECT_PRONOUNS.test(toks[a]?.low ?? '') && toks[a + 1]?.word === true && (a + 2 >= lim || after === undefined || !after.word || PREPOSITIONS.has(after.low));
}
