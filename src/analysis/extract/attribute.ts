// Stage 5: who each speaker phrase names. Names go through the registry (surname → full name);
// he/she go to a person in the same sentence, else the last speaker, else the last person
// mentioned, whose gender fits (learned from earlier he/she, titles, or a first-name list);
// role phrases ("the Russian leader", "his Russian counterpart") go through what the document
// itself said about people; anonymous sources stay as written.
import type { Paragraph } from './segment.js';
import type { Draft } from './draft.js';
import type { NP } from './np.js';
import { LEADER_ROLES, ANON_HEADS, DISTINCT_HEADS, DOCUMENT_HEADS, ORG_HEADS, ORG_NOUNS, PARTIES, POLL_HEADS, REDESCRIPTION_HEADS } from './lexicon.js';
import { nameGender, nearest, type Actor, type Registry } from './registry.js';
import { describedSubject, subjectMention } from './introduced.js';
import { POLL_REACH, isShare, pollBefore } from './shares.js';

export interface Attributed {
  draft: Draft;
  speaker: string | null;
  actor: Actor | null;
}

interface PersonMention {
  at: number;
  actor: Actor;
  poss: boolean;
  para: number;
}

/** Paragraphs back that the last speaker stays a pronoun's first choice. */
const SPEAKER_REACH = 3;
// a name and then only a comma: the text from a mention to a pronoun that does not take it
const SET_OFF = /^[\p{L}\p{M}.'’-]+(?: [\p{L}\p{M}.'’-]+){0,3},\s*$/u;
const GENERIC_ROLE_WORDS: ReadonlySet<string> = new Set(['former', 'top', 'senior', 'then', 'new', 'current', 'incoming', 'outgoing', 'acting', 'deputy', 'vice']);

export function attribute(paras: Paragraph[], drafts: Draft[], reg: Registry, text: string): Attributed[] {
  // a person named in what someone said is talked about, not talking: "Mr Blair has failed, he claimed" is not Blair's
  const said = contentSpans(paras, drafts);
  const people: PersonMention[] = [];
  for (const a of reg.actors) {
    if (a.type !== 'person' || !a.personish) continue;
    for (const m of a.mentions) people.push({ at: m.at, actor: a, poss: m.poss, para: m.para });
  }
  people.sort((x, y) => x.at - y.at);
  // the antecedents he/she may take
  const talkers = people.filter((m) => !said.some(([s, e, words]) => m.at >= s && m.at < e && words.some((w) => w > m.at)));
  // people named as a sentence's subject, and whether it describes them ("One dissenting opinion came from Brian Gammage,
  // vice-president …": a new person introduced)
  const subjects: Array<PersonMention & { described: boolean }> = [];
  for (const m of talkers) {
    const how = m.poss ? null : subjectMention(paras, m.para, m.at, text);
    if (how !== null) subjects.push({ ...m, described: how.described });
  }
  const subjectAt = new Set(subjects.map((m) => m.at));
  // organisations named as a sentence's subject ("Labour denies breaking rules."), for it/they
  const bodies: PersonMention[] = [];
  for (const a of reg.actors) {
    if (a.type !== 'organization' || !/\p{L}.*\p{L}/u.test(a.name)) continue;
    for (const m of a.mentions) if (!m.poss && subjectMention(paras, m.para, m.at, text, true) !== null) bodies.push({ at: m.at, actor: a, poss: false, para: m.para });
  }
  bodies.sort((x, y) => x.at - y.at);
  const sentences: Array<{ s: number; para: number; sent: number }> = [];
  for (const p of paras) p.sentences.forEach((st, k) => sentences.push({ s: st.s, para: p.index, sent: k }));
  sentences.sort((x, y) => x.s - y.s);
  const starts = sentences.map((x) => x.s);
  const sentenceOf = (at: number): number => {
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid] <= at) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  };
  const sentenceStart = (d: Draft): number => paras[d.para].sentences[d.sent].s;
  const done = new Map<Draft, Attributed>();
  let lastSpeaker: Actor | null = null;
  let lastSpeakerAt = -1;
  let lastPara = -1;
  // where the latest statement with any speaker (named, unnamed or a pronoun's) starts
  let lastSpokeAt = -1;
  // the latest speaker that is a description no registry entry names ("an executive spokeswoman"), if later than lastSpeaker
  let lastUnnamed: { speaker: string; gender: 'm' | 'f' | null; para: number } | null = null;
  // the latest speaker, when it is an organisation described, not named ("the company"), and later than lastSpeaker
  let lastBody: { para: number } | null = null;
  // the latest speaker, when it is a group described, not named ("Analysts", "Authorities"), and later than lastSpeaker
  let lastGroup: { speaker: string; sentence: number } | null = null;
  const out: Attributed[] = [];

  const pronoun = (np: NP, d: Draft): Actor | null => {
    const want = np.gender;
    const fits = (a: Actor): boolean => a.gender === null || a.gender === want;
    const s0 = sentenceStart(d);
    // the first person named earlier in the same sentence (subjects come first)
    for (const m of talkers) {
      if (m.at >= np.s) break;
      // "Schumer, he said, "knows the minds …"": a name set off just before the pronoun is what is said, not who says it
      if (m.at >= s0 && !m.poss && fits(m.actor) && !SET_OFF.test(text.slice(m.at, np.s))) return m.actor;
    }
    // someone introduced since the last statement: "… said Mr Fogg. One dissenting opinion came from Brian Gammage, … He said"
    const fresh = latestSince(subjects, s0, d);
    if (fresh !== null && fresh.described && fits(fresh.actor) && !namedAfter(fresh, d)) return fresh.actor;
    if (unnamedFits(np, d)) return null;
    if (lastSpeaker !== null && lastSpeaker.type === 'person' && fits(lastSpeaker) && d.para - lastPara <= SPEAKER_REACH) {
      // a speaker of unknown gender yields to a person of the right gender named since: "…," Ali told him. Trudeau reminded … He said
      if (lastSpeaker.gender === null && want !== null) {
        const since = namedSince(np, want);
        if (since !== null) return since;
      }
      return lastSpeaker;
    }
    // else the subject of the latest earlier sentence naming someone who fits: its first such name
    let best: PersonMention | null = null;
    let bestSentence = -1;
    for (let k = talkers.length - 1; k >= 0; k--) {
      const m = talkers[k];
      if (m.at >= np.s || m.poss || !fits(m.actor)) continue;
      if (d.para - m.para > SPEAKER_REACH) break;
      const si = sentenceOf(m.at);
      if (best !== null && si !== bestSentence) break;
      best = m;
      bestSentence = si;
    }
    return best?.actor ?? null;
  };

  /** The person of gender `want` named after the last speaker and before `np`: a sentence's subject first ("Prutton has
   * apologised … to Arsenal's Robert Pires. He said" is Prutton's), else the latest named. */
  const namedSince = (np: NP, want: 'm' | 'f'): Actor | null => {
    let latest: Actor | null = null;
    for (let k = talkers.length - 1; k >= 0; k--) {
      const m = talkers[k];
      if (m.at >= np.s) continue;
      if (m.at <= lastSpeakerAt) break;
      if (m.poss || m.actor.gender !== want) continue;
      if (subjectAt.has(m.at)) return m.actor;
      latest ??= m.actor;
    }
    return latest;
  };

  /** The latest of `list` after the latest statement, before offset `before`, in this paragraph or the one before. */
  const latestSince = <M extends PersonMention>(list: M[], before: number, d: Draft): M | null => {
    for (let k = list.length - 1; k >= 0; k--) {
      const m = list[k];
      if (m.at >= before) continue;
      return m.at > lastSpokeAt && d.para - m.para <= 1 ? m : null;
    }
    return null;
  };

  /** After the sentence introducing `m` and up to the pronoun's sentence, the last speaker is named again ("Midfielder Edu
   * reduced the deficit … Owen is confident … He added" is Owen's) or someone unnamed is a sentence's subject ("Our
   * correspondent said …"): the writer has moved on. */
  const namedAfter = (m: PersonMention, d: Draft): boolean => {
    const si = sentenceOf(m.at);
    const before = sentenceStart(d);
    if (lastSpeaker !== null && lastSpeaker.mentions.some((o) => o.at > m.at && o.at < before && sentenceOf(o.at) > si)) return true;
    for (let k = si + 1; k < sentences.length && sentences[k].s <= before; k++) if (describedSubject(paras[sentences[k].para], sentences[k].sent)) return true;
    return false;
  };

  /** A quote standing alone right after a sentence that introduces someone ("On Face the Nation, Sen. Ann Ray, who lost the
   * primaries, praised young voters. "They are tired of bigotry."") is that person's, not the previous quote's speaker's. */
  const introducedJustBefore = (d: Draft): Actor | null => {
    const s0 = sentenceStart(d);
    const m = latestSince(subjects, s0, d);
    return m !== null && m.described && sentenceOf(m.at) === sentenceOf(s0) - 1 ? m.actor : null;
  };

  // "But an executive spokeswoman insisted … "…," she said": he/she goes to the unnamed speaker just quoted, not to a name before
  const unnamedFits = (np: NP, d: Draft): boolean =>
    lastUnnamed !== null && d.para - lastUnnamed.para <= 1 && (lastUnnamed.gender === null || lastUnnamed.gender === np.gender);

  const role = (np: NP, d: Draft): Actor | null => {
    if (np.det === 'a' || np.det === 'an' || np.det === null && np.places.length === 0) return null;
    const words = (np.role ?? '').split(' ').filter((w) => w !== '' && !GENERIC_ROLE_WORDS.has(w));
    if (words.includes('counterpart')) {
      const byPlace = np.places.length > 0 ? reg.byRole(np.places, [], np.s) : null;
      if (byPlace !== null) return byPlace;
      const owner = np.det === 'his' || np.det === 'her' ? pronoun({ ...np, gender: np.det === 'his' ? 'm' : 'f' }, d) : lastSpeaker;
      for (let k = people.length - 1; k >= 0; k--) {
        const m = people[k];
        if (m.at >= np.s || m.actor === owner) continue;
        if (d.para - m.para > 1) break;
        return m.actor;
      }
      return null;
    }
    const head = words[words.length - 1];
    if (head === undefined) return null;
    if (ANON_HEADS.has(head) && np.places.length === 0 && !['president', 'leader'].includes(head)) return null;
    const match = LEADER_ROLES.has(head) ? [...LEADER_ROLES].flatMap((r) => r.split(' ')) : words;
    return reg.byRole(np.places, match, np.s);
  };

  // "says the bow-tied maverick", "the 39-year-old founder": a singular "the" description no role list knows
  // is the writer's way of naming again the person just quoted
  const redescribed = (np: NP, d: Draft): Actor | null => {
    if (np.det !== 'the' || np.places.length > 0 || np.role === null) return null;
    const words = text.slice(np.s, np.e).toLowerCase().split(/\s+/).slice(1);
    const head = words[words.length - 1];
    if (words.length < 2 || head.endsWith('s') || DISTINCT_HEADS.has(head) || ANON_HEADS.has(head) && !REDESCRIPTION_HEADS.has(head)) return null;
    // "Microsoft said … the software giant said": an organisation noun redescribes an organisation too
    const kindFits = lastSpeaker?.type === 'person' || lastSpeaker?.type === 'organization' && ORG_NOUNS.has(head);
    if (lastSpeaker !== null && kindFits && d.para - lastPara <= 1) return lastSpeaker;
    return null;
  };

  // "her statement", "Foster's book": a document speaks for its owner
  const owner = (np: NP, d: Draft): Actor | null => {
    const words = text.slice(np.s, np.e).split(/\s+/);
    const head = words[words.length - 1].toLowerCase();
    if (words.length < 2 || !DOCUMENT_HEADS.has(head)) return null;
    const first = words[0].toLowerCase();
    if (words.length === 2 && (first === 'his' || first === 'her')) return pronoun({ ...np, gender: first === 'his' ? 'm' : 'f' }, d);
    const m = /^(\p{Lu}[\p{L}\-]+(?: \p{Lu}[\p{L}\-]+)*)['’]s?$/u.exec(words.slice(0, -1).join(' '));
    return m === null ? null : reg.match(m[1].split(' '), np.s);
  };

  // "Only 40% think …": the poll that asked them, as the statement it gave was attributed, or as the text names it
  const poll = (np: NP, d: Draft): { speaker: string | null; actor: Actor | null } => {
    for (let k = out.length - 1; k >= 0 && d.para - out[k].draft.para <= POLL_REACH; k--) {
      const o = out[k];
      const sp = o.draft.speaker;
      if (sp !== null && o.speaker !== null && !isShare(o.speaker) && text.slice(sp.s, sp.e).split(/\s+/).some((w) => POLL_HEADS.has(w.toLowerCase()))) {
        return { speaker: o.speaker, actor: o.actor };
      }
    }
    return { speaker: pollBefore(paras, d.para, np.t1, text), actor: null };
  };

  const bodyByIt = (a: Actor, d: Draft): void => {
    // "Yukos said it will sue …": a name with no title, role or gender (nor a first name's: "Emily said it would be …"),
    // whose words begin "it"/"its", is a body; a name of two or more words only on a surer sign than "it was" (which is
    // as often no one's): "its", or "it" doing something ("Swiss Re said it expects", "WMC Resources said it would")
    const toks = paras[d.para].toks;
    const first = toks[d.pieces[0][0]];
    let v = d.pieces[0][0] + 1;
    while (toks[v]?.word === true && MODALS.has(toks[v].low)) v++;
    const next = toks[v];
    // a longer name set off by a description ("Stuart Rose, head of M&S, said …") is more often a person's
    const described = d.speaker !== null && toks[d.speaker.t1]?.text === ',';
    const itself = first !== undefined && first.q < 0 && (first.low === 'its' || first.low === 'it') && (a.tokens.length === 1 || !described && (first.low === 'its' || next !== undefined && next.word && !COPULAS.has(next.low)));
    if (a.type === 'person' && a.gender === null && nameGender(a.tokens[0]) === null && a.roles.size === 0 && itself && (d.speakerSource === 'phrase' || first?.low === 'its')) a.type = 'organization';
  };

  const resolve = (np: NP, d: Draft): { speaker: string | null; actor: Actor | null } => {
    if (isShare(text.slice(np.s, np.e))) return poll(np, d);
    switch (np.kind) {
      case 'name': {
        const a = reg.resolveName(np.name ?? text.slice(np.s, np.e), np.s, np.org, np.gender);
        return { speaker: a.name, actor: a };
      }
      case 'place': {
        const a = reg.place(np.name ?? text.slice(np.s, np.e));
        return { speaker: a.name, actor: a };
      }
      case 'pronoun': {
        if (np.pronoun === 'male' || np.pronoun === 'female') {
          const a = pronoun(np, d);
          if (a === null && lastUnnamed !== null && unnamedFits(np, d)) return { speaker: lastUnnamed.speaker, actor: null };
          if (a !== null && a.gender === null) a.gender = np.gender;
          return { speaker: a?.name ?? null, actor: a };
        }
        // "Netcraft found … the company denied it … "…," it said": not the organisation named before the one quoted unnamed
        if (np.pronoun === 'neuter' && lastBody !== null && d.para - lastBody.para <= 1) return { speaker: null, actor: null };
        // "Analysts said … They said …": the group quoted in this sentence or the one before
        if (np.pronoun === 'plural' && lastGroup !== null && sentenceOf(sentenceStart(d)) - lastGroup.sentence <= 1) {
          // "They said … And they pledged …": each "they" that takes the group keeps it in view for the next sentence
          lastGroup = { speaker: lastGroup.speaker, sentence: sentenceOf(sentenceStart(d)) };
          return { speaker: lastGroup.speaker, actor: null };
        }
        if (np.pronoun === 'plural' || np.pronoun === 'neuter') {
          // "It says" is not the Lib Dems'; "Labour denies breaking rules. It says …" is Labour's, whoever spoke before
          const agrees = (a: Actor): boolean => np.pronoun === 'plural' || !PARTIES.has(a.name.toLowerCase()) || !a.name.endsWith('s');
          if (lastSpeaker !== null && lastSpeaker.type !== 'person' && d.para - lastPara <= 1) {
            const fresh = latestSince(bodies, sentenceStart(d), d);
            const a = fresh?.actor ?? lastSpeaker;
            if (agrees(a)) return { speaker: a.name, actor: a };
          }
        }
        return { speaker: null, actor: null };
      }
      case 'role': {
        const a = role(np, d);
        if (a !== null) {
          a.aliases.add(text.slice(np.s, np.e).replace(/^(?:the|a|an|his|her|their|its)\s+/i, ''));
          for (const pl of np.places) reg.affiliate(a, pl);
          return { speaker: a.name, actor: a };
        }
        const described = owner(np, d) ?? redescribed(np, d);
        if (described !== null) return { speaker: described.name, actor: described };
        return { speaker: text.slice(np.s, np.e), actor: null };
      }
      case 'anon': {
        const described = owner(np, d) ?? redescribed(np, d);
        if (described !== null) return { speaker: described.name, actor: described };
        return { speaker: text.slice(np.s, np.e), actor: null };
      }
    }
  };

  for (const d of drafts) {
    let r: { speaker: string | null; actor: Actor | null };
    const inherited = d.inherit !== undefined ? done.get(d.inherit) : undefined;
    const turned = inherited !== undefined ? introducedJustBefore(d) : null;
    if (turned !== null) r = { speaker: turned.name, actor: turned };
    // a poll speaking for a share of those it asked said no words of its own: a quote after it is someone else's
    else if (inherited !== undefined) r = sharedBy(inherited, text) ? { speaker: null, actor: null } : { speaker: inherited.speaker, actor: inherited.actor };
    else if (d.speaker === null) r = { speaker: null, actor: null };
    else {
      const same = d.speakerSource === 'previous' ? out.find((o) => o.draft.speaker === d.speaker) : undefined;
      r = same !== undefined ? { speaker: same.speaker, actor: same.actor } : resolve(d.speaker, d);
    }
    if (r.actor !== null && d.apposition !== null && d.apposition.kind !== 'name') {
      for (const pl of d.apposition.places) reg.affiliate(r.actor, pl);
      if (d.apposition.role !== null) r.actor.roles.add(d.apposition.role);
    }
    // after its apposition's role is known ("Stuart Rose, head of M&S, said its prices …" is a person)
    if (r.actor !== null && d.speaker?.kind === 'name') bodyByIt(r.actor, d);
    const a: Attributed = { draft: d, speaker: r.speaker, actor: r.actor };
    done.set(d, a);
    out.push(a);
    if (r.actor !== null) {
      lastSpeaker = r.actor;
      lastSpeakerAt = paras[d.para].toks[d.pieces[0][0]]?.s ?? -1;
      lastPara = d.para;
      lastUnnamed = null;
      lastBody = null;
      lastGroup = null;
    } else if (r.speaker !== null && d.speaker !== null && inherited === undefined) {
      lastUnnamed = unnamedSpeaker(d.speaker, r.speaker, d.para, lastUnnamed);
      if (d.speaker.kind !== 'pronoun') {
        lastBody = unnamedBody(d.speaker) ? { para: d.para } : null;
        lastGroup = unnamedGroup(d.speaker, r.speaker) ? { speaker: r.speaker, sentence: sentenceOf(sentenceStart(d)) } : null;
      }
    }
    if (r.speaker !== null) lastSpokeAt = Math.max(lastSpokeAt, paras[d.para].toks[d.pieces[0][0]]?.s ?? -1);
  }
  void nearest;
  return out;
}

/** Character spans of the drafts' reported (unquoted) content. A piece holding a quote is left out: its words before the quote
 * may be the narration that names the speaker ("Sen. Ann Ray scolded him: "…," she said"). */
function contentSpans(paras: Paragraph[], drafts: Draft[]): Array<[number, number, number[]]> {
  const out: Array<[number, number, number[]]> = [];
  for (const d of drafts) {
    const toks = paras[d.para].toks;
    for (const [a, b] of d.pieces) {
      const piece = toks.slice(a, b);
      // the lower-case words, so that a name closing the piece ("Ms Jowell's deputy, Richard Caborn") still counts: no clause
      // is said about it there, and a piece like that is more likely a misread attribution than reported speech
      if (b > a && !piece.some((t) => t.q >= 0)) out.push([toks[a].s, toks[b - 1].e, piece.filter((t) => t.word && !t.cap).map((t) => t.s)]);
    }
  }
  return out;
}

/** A statement whose speaker phrase is a share of those asked ("Some 87% said …"). */
function sharedBy(a: Attributed, text: string): boolean {
  const np = a.draft.speaker;
  return np !== null && isShare(text.slice(np.s, np.e));
}

/** "the company", "the software firm": a singular organisation described, not named. */
function unnamedBody(np: NP): boolean {
  const head = np.role?.split(' ').pop() ?? '';
  return (np.kind === 'anon' || np.kind === 'role') && np.det === 'the' && !head.endsWith('s') && (ORG_NOUNS.has(head) || ORG_HEADS.has(head));
}

/** A group described, not named, as a speaker: "Analysts", "Authorities", "some commentators" — not a share of those asked. */
function unnamedGroup(np: NP, speaker: string): boolean {
  const head = np.role?.split(' ').pop() ?? '';
  return np.kind === 'anon' && head.endsWith('s') && !head.endsWith('ss') && !DOCUMENT_HEADS.has(head) && !isShare(speaker);
}

/** One unnamed person as a speaker ("an executive spokeswoman", "a company official", "the BPI spokesman"); not a group
 * ("analysts"), not a document, not "the party leader" (the writer naming again someone already named). */
function unnamedSpeaker(np: NP, speaker: string, para: number, prev: { speaker: string; gender: 'm' | 'f' | null; para: number } | null): typeof prev {
  if (np.kind === 'pronoun') return prev;
  const head = np.role?.split(' ').pop() ?? '';
  if ((np.kind !== 'anon' && np.kind !== 'role') || !ANON_HEADS.has(head) || head.endsWith('s') || DOCUMENT_HEADS.has(head)) return null;
  if (np.det !== 'a' && np.det !== 'an' && !head.startsWith('spokes')) return null;
  return { speaker, gender: np.gender, para };
}

// "it was", "it is": as often an empty subject as a body
const COPULAS: ReadonlySet<string> = new Set(['is', 'was', "'s", 'be', 'been', 'seemed', 'seems', 'remains', 'remained', 'felt', 'feels', 'looked', 'looks', 'meant', 'means', 'took', 'takes', 'made', 'makes']);
const MODALS: ReadonlySet<string> = new Set(['would', 'will', 'could', 'might', 'may', 'should', 'must', 'has', 'had', 'have', 'not', "wouldn't", "won't", "couldn't"]);
