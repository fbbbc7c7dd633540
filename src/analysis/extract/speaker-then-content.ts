// SPEAKER VERB (that|:) CONTENT, with the forms sharing the sentence's subject (", saying …", "and added that …"), the
// stances and intentions a speaker holds ("criticized …", "wants to …") and a passive's "by X" as the fallback.
import type { Tok } from './lex.js';
import { cueAt, type Cue } from './cues.js';
import { parseNPForward, type NP } from './np.js';
import { ANON_HEADS, AUXILIARIES, DOCUMENT_HEADS, TIME_WORDS, VERB_FORMS } from './lexicon.js';
import type { Draft, SpeakerSource } from './draft.js';
import { FINITE, MIN_CLAUSE_WORDS, OBJECT_PRONOUNS, WH_WORDS, isAdverb, isTimeWord, negated, negation, skipBack, skipTime, wordCount } from './grammar.js';
import { speakerBefore, subjectOf } from './speaker.js';
import { contentAfter } from './content.js';
import { documentPhrase, documentSubject, quantitySubject } from './findings.js';

/** Stances ("criticized X for Y") and intentions ("wants to", "pledged to") as statements. PolNeAR counts them; off, extraction
 * is speech-only (as before issue 3) — the seed divergence ranking in test/seeds.test.ts passes only with this off for now. */
const STANCES = true;

/** SPEAKER VERB (that|:) CONTENT, and the subject-sharing forms: ", saying …", "and added that …". */
export function speakerThenContent(
  toks: Tok[], cue: Cue, s0: number, lim: number, text: string, para: number, sent: number, earlier: Draft[],
): Draft | null {
  if (cue.frame === 'according' || !STANCES && (cue.frame === 'eval' || cue.frame === 'intent' || cue.inf)) return null;
  const subject = cue.participle ? null : cue.evidence ? documentSubject(toks, s0, skipBack(toks, cue.t0, s0), text) : quantitySubject(toks, s0, skipBack(toks, cue.t0, s0));
  if (subject !== null) {
    // "A 2014 study that appeared in the journal found that …" / "About 9 percent said they …": the whole subject phrase speaks
    const c = contentAfter(toks, cue.evidence ? { ...cue, weak: false, bare: true, frame: 'clause' } : cue, lim, text);
    if (c !== null) return { para, sent, pieces: [c], speaker: subject, speakerSource: 'phrase', apposition: null, cue, attribution: [subject.t0, c[0]] };
  }
  let content = cue.prepOnly ? null : contentAfter(toks, cue, lim, text);
  // "stressed the need for …", "outlined her plan to …": a topic verb's plain object, held like a stance
  let stance = cue.frame === 'eval' || cue.frame === 'intent';
  if (content === null && cue.topic && !cue.participle && !nounHomograph(toks, cue)) {
    content = contentAfter(toks, { ...cue, frame: 'eval', inf: false, question: false }, lim, text);
    stance = true;
  }
  // "spoke emotionally of the slave block", "railed against super PACs": what the talk was about
  let shown = cue;
  if (content === null && cue.prep.length > 0 && !cue.participle) {
    content = prepContent(toks, cue, lim, text);
    stance = true;
    // the cue as written runs through its preposition: "railed against"
    const prep = content === null ? undefined : toks[content[0] - 1];
    if (content !== null && prep !== undefined && cue.prep.includes(prep.low)) shown = { ...cue, t1: content[0], e: prep.e };
  }
  if (content === null) return null;
  // a negated cue reports only a withheld answer ("have not said when …"); "did not say that …" never gets this far
  let end = skipBack(toks, cue.t0, s0);
  if (negated(toks, cue.t0)) {
    // "didn't say the plan would fail" attributes nothing: the speaker did not say it
    if (!WH_WORDS.has(toks[content[0]]?.low ?? '') || cue.lemma !== 'say') return null;
    while (end > s0 && toks[end - 1].word && (negation(toks[end - 1]) || AUXILIARIES.has(toks[end - 1].low) || isAdverb(toks[end - 1]))) end--;
  }
  const prev = toks[end - 1];
  let speaker: NP | null = null;
  let apposition: NP | null = null;
  let source: SpeakerSource = 'phrase';
  let attrStart = end;
  // "…, by telling them that …": a speech act as the manner of what the subject did
  const byManner = cue.participle && prev?.low === 'by' && !prev.cap;
  const shared = prev === undefined || prev.text === ',' || prev.low === 'and' || prev.low === 'but' || end <= s0 || byManner;
  // "…, seeking to rebrand the party": an -ing stance or intention describes, it does not report — but a speech act after a
  // comma or "by" reports what the subject said: "…, accusing her of …", "…, promising to cut taxes"
  const spoken = cue.speech && (prev?.text === ',' || byManner);
  if (cue.participle && !spoken && (stance || content[0] === cue.t1 && toks[content[0]].low === 'to')) return null;
  // "The reports, citing unnamed sources, said …": an aside before the sentence's own verb is evidence, not a statement
  if (cue.participle && toks[content[1]]?.text === ',' && cueAt(toks, content[1] + 1, lim)?.participle === false) return null;
  if (shared && (cue.participle || prev?.low === 'and' || prev?.low === 'but')) {
    // the subject of the sentence, or the speaker of the statement just before
    const before = earlier[earlier.length - 1];
    if (before !== undefined && before.speaker !== null) {
      speaker = before.speaker;
      source = 'previous';
    } else {
      speaker = subjectOf(toks, s0, cue.t0, text);
      source = 'subject';
    }
    if (speaker === null) return null;
  } else {
    const pass = passive(toks, cue, s0, lim, text, para, sent, content);
    if (pass !== null) return pass;
    const sp = speakerBefore(toks, end, s0, text);
    if (sp === null) return null;
    speaker = sp.np;
    apposition = sp.apposition;
    attrStart = sp.start;
    content = relativeEnd(toks, attrStart, content);
  }
  // stances and intentions ("criticized …", "wants to …") need an agent, not any phrase before the verb
  // ("the ad questioned whether …": a document holds a speech act for its authors)
  if ((stance || content[0] === cue.t1 && toks[content[0]].low === 'to') && !agent(speaker) && !(cue.speech && documentPhrase(speaker))) return null;
  // "As the campaign announced the pick, supporters cheered": a stance in a time or reason clause ends at its comma
  const opener = toks[attrStart - 1] ?? toks[speaker.t0 - 1];
  if (stance && opener !== undefined && opener.word && CLAUSE_OPENERS.has(opener.low)) {
    let k = content[0];
    while (k < content[1] && !(toks[k].text === ',' && toks[k].q < 0)) k++;
    if (wordCount(toks, content[0], k) < MIN_CLAUSE_WORDS) return null;
    content = [content[0], k];
  }
  return { para, sent, pieces: [content], speaker, speakerSource: source, apposition, cue: shown, attribution: [attrStart, content[0]] };
}

/** The object of a speech verb's preposition, past adverbs and time words: "spoke out Tuesday about …". */
function prepContent(toks: Tok[], cue: Cue, lim: number, text: string): [number, number] | null {
  let k = skipTime(toks, cue.t1, lim);
  while (k < lim && toks[k].word && (isAdverb(toks[k]) || toks[k].low === 'out') && !cue.prep.includes(toks[k].low)) k = skipTime(toks, k + 1, lim);
  // "talks to the director about …", "complained to police about …": the hearer first
  if ((toks[k]?.low === 'to' || toks[k]?.low === 'with') && !cue.prep.includes(toks[k].low)) {
    const h = toks[k + 1];
    const hearer = h === undefined ? null : OBJECT_PRONOUNS.has(h.low) ? k + 2 : parseNPForward(toks, k + 1, lim, text)?.t1 ?? null;
    if (hearer !== null) k = skipTime(toks, hearer, lim);
  }
  if (k >= lim || !cue.prep.includes(toks[k].low)) return null;
  // "spoke on Thursday", "spoke on condition of anonymity": a time or a manner, not a topic
  const n = toks[k + 1];
  if (n === undefined || isTimeWord(n) || TIME_WORDS.has(n.low) || /^\p{N}/u.test(n.text) || n.low === 'condition' || n.low === 'behalf') return null;
  return contentAfter(toks, { ...cue, t1: k + 1, frame: 'eval', inf: false, question: false, topic: false, prep: [] }, lim, text);
}

/** "The bill, which ministers claim will tackle crime, is expected to …": an attribution inside a relative clause set off by a
 * comma reports only up to the comma where the main clause's verb resumes. */
function relativeEnd(toks: Tok[], attrStart: number, content: [number, number]): [number, number] {
  const rel = toks[attrStart - 1];
  if (rel === undefined || !(rel.low === 'which' || rel.low === 'who' || rel.low === 'that') || toks[attrStart - 2]?.text !== ',') return content;
  for (let k = content[0] + 1; k < content[1]; k++) {
    if (toks[k].text !== ',' || toks[k].q >= 0) continue;
    let n = k + 1;
    while (n < content[1] && isAdverb(toks[n]) && !AUXILIARIES.has(toks[n].low)) n++;
    const v = toks[n];
    if (v !== undefined && n < content[1] && v.word && !v.cap && (FINITE.test(v.low) || AUXILIARIES.has(v.low))) return [content[0], k];
  }
  return content;
}

const CLAUSE_OPENERS: ReadonlySet<string> = new Set(['as', 'when', 'while', 'after', 'before', 'because', 'since', 'if', 'once', 'until', 'although', 'though']);

const PLURAL_SUBJECTS = /^(?:they|we|i|you)$/;

/** A topic verb's bare form is often a noun ("the Treasury note rose", "a stress test"): only after an auxiliary or a plural
 * pronoun ("will stress the need", "they mention the cost") is it the verb. */
function nounHomograph(toks: Tok[], cue: Cue): boolean {
  const t = toks[cue.t0];
  if (/(?:s|ed)$/.test(t.low) || VERB_FORMS.get(t.low)?.lemma !== t.low) return false;
  const p = toks[cue.t0 - 1];
  return !(p !== undefined && p.word && (AUXILIARIES.has(p.low) || PLURAL_SUBJECTS.test(p.low)));
}

/** "it was reported by X that …", "X was quoted as saying …" fall back here when no subject phrase fits. */
function passive(toks: Tok[], cue: Cue, s0: number, lim: number, text: string, para: number, sent: number, content: [number, number]): Draft | null {
  const by = toks[cue.t1];
  if (by?.low !== 'by' || !AUXILIARIES.has(toks[cue.t0 - 1]?.low ?? '')) return null;
  const np = parseNPForward(toks, cue.t1 + 1, lim, text);
  if (np === null) return null;
  return { para, sent, pieces: [content], speaker: np, speakerSource: 'phrase', apposition: null, cue, attribution: [s0, content[0]] };
}

/** A phrase that can hold a stance or an intention: a person, a body, a role, a named source, he/she/they. */
function agent(np: NP): boolean {
  if (np.members !== undefined) return np.members.every(agent);
  switch (np.kind) {
    case 'name':
    case 'place':
    case 'role':
      return true;
    case 'pronoun':
      return np.pronoun === 'male' || np.pronoun === 'female' || np.pronoun === 'plural';
    case 'anon':
      return np.role === null ? np.det !== null : ANON_HEADS.has(np.role.split(' ').pop() ?? '') && !DOCUMENT_HEADS.has(np.role.split(' ').pop() ?? '');
  }
}
