// Word lists for extraction, loaded once from the JSON data files and turned into lookup tables.
import verbsData from '../lexicon/extract-verbs.json' with { type: 'json' };
import rolesData from '../lexicon/extract-roles.json' with { type: 'json' };
import placesData from '../lexicon/extract-places.json' with { type: 'json' };
import segmentData from '../lexicon/extract-segment.json' with { type: 'json' };
import namesData from '../lexicon/extract-names.json' with { type: 'json' };

export type Frame = 'clause' | 'that' | 'object' | 'for' | 'as' | 'call' | 'according' | 'eval' | 'intent';

export interface VerbInfo {
  lemma: string;
  frame: Frame;
  weak: boolean;
  belief: boolean;
  particle: string | null;
  /** Takes a bare clause: "said the plan would fail". */
  bare: boolean;
  /** The -ing form: "saying", "adding". */
  participle: boolean;
  /** Also takes "to VP" as its content: "pledged to cut taxes". */
  inf: boolean;
  /** A finding: takes a bare clause when a poll, study or report is its subject ("the poll shows Smith leading"). */
  evidence: boolean;
  /** Also takes an indirect question, after an optional object: "asked Trump whether …". */
  question: boolean;
  /** Also takes a plain object as what was said, with an agent as subject: "stressed the need for housing". */
  topic: boolean;
  /** A speech act even as an -ing phrase: ", accusing her of …", ", promising to …". */
  speech: boolean;
  /** Prepositions whose object is what was said: "spoke about …", "railed against …". */
  prep: readonly string[];
  /** A cue only through its preposition: "spoke about …", never "…, Trump spoke." */
  prepOnly: boolean;
  /** Also takes an object and a to-infinitive: "expect Clinton to win". */
  control: boolean;
}

export interface PhraseInfo {
  words: string[];
  frame: Frame;
}

interface RawVerb {
  forms: string[];
  frame: string;
  weak?: boolean;
  belief?: boolean;
  particle?: string;
  bare?: boolean;
  inf?: boolean;
  evidence?: boolean;
  question?: boolean;
  topic?: boolean;
  speech?: boolean;
  prep?: string[];
  prepOnly?: boolean;
  control?: boolean;
}

const FRAMES: ReadonlySet<string> = new Set(['clause', 'that', 'object', 'for', 'as', 'call', 'according', 'eval', 'intent']);
function asFrame(s: string): Frame {
  if (!FRAMES.has(s)) throw new Error(`unknown frame ${s}`);
  return s as Frame;
}

/** Surface form (lower case) → verb facts. */
export const VERB_FORMS: ReadonlyMap<string, VerbInfo> = (() => {
  const m = new Map<string, VerbInfo>();
  for (const [lemma, raw] of Object.entries(verbsData.verbs as Record<string, RawVerb>)) {
    raw.forms.forEach((f) => {
      if (m.has(f)) return;
      m.set(f, {
        lemma,
        frame: asFrame(raw.frame),
        weak: raw.weak === true,
        belief: raw.belief === true,
        particle: raw.particle ?? null,
        bare: raw.bare === true,
        participle: f.endsWith('ing'),
        inf: raw.inf === true || raw.frame === 'intent',
        evidence: raw.evidence === true,
        question: raw.question === true,
        topic: raw.topic === true,
        speech: raw.speech === true,
        prep: raw.prep ?? [],
        prepOnly: raw.prepOnly === true,
        control: raw.control === true,
      });
    });
  }
  return m;
})();

/** Multi-word cues indexed by their first word. */
export const PHRASES: ReadonlyMap<string, PhraseInfo[]> = (() => {
  const m = new Map<string, PhraseInfo[]>();
  for (const p of verbsData.phrases) {
    const words = p.text.split(' ');
    const list = m.get(words[0]) ?? [];
    list.push({ words, frame: asFrame(p.frame) });
    list.sort((a, b) => b.words.length - a.words.length);
    m.set(words[0], list);
  }
  return m;
})();

/** Speech and stance nouns whose owner speaks: "Trump's claim that …", "her promise to …". */
export const SPEECH_NOUNS: ReadonlySet<string> = new Set(verbsData.nouns);
/** What someone may be said to call a thing: "called the charges unfounded". */
export const CALL_ADJECTIVES: ReadonlySet<string> = new Set(verbsData.callAdjectives);
export const AUXILIARIES: ReadonlySet<string> = new Set(verbsData.auxiliaries);
export const ADVERBS: ReadonlySet<string> = new Set(verbsData.adverbs);
/** Words of a short adjunct between a cue and its content: "said in a statement on Monday that". */
export const ADJUNCT_WORDS: ReadonlySet<string> = new Set(verbsData.adjunctWords);

export const TITLES: ReadonlySet<string> = new Set(rolesData.titles);
export const ROLES: ReadonlySet<string> = new Set(rolesData.roles);
export const LEADER_ROLES: ReadonlySet<string> = new Set(rolesData.leaderRoles);
export const ANON_HEADS: ReadonlySet<string> = new Set(rolesData.anonymous);
export const ORG_HEADS: ReadonlySet<string> = new Set(rolesData.orgHeads);
/** "software firm Sendmail": a noun before a one-word name that makes it an organisation. */
export const ORG_NOUNS: ReadonlySet<string> = new Set(rolesData.orgNouns);
/** "a swipe at Parry": words after which "at" puts a person, not a place or an organisation. */
export const AIMED_AT: ReadonlySet<string> = new Set(rolesData.aimedAt);
/** "the Mori survey": what asked the people a share of whom said something. */
export const POLL_HEADS: ReadonlySet<string> = new Set(rolesData.pollHeads);
/** Parties named without an organisation word ("the Tories", "Lib Dems"): organisations, never a he/she. */
export const PARTIES: ReadonlySet<string> = new Set(rolesData.parties);
export const DISTINCT_HEADS: ReadonlySet<string> = new Set(rolesData.distinctHeads);
export const REDESCRIPTION_HEADS: ReadonlySet<string> = new Set(rolesData.redescriptionHeads);
/** Documents and findings that speak for their authors: "the report", "a new poll". */
export const TRANSCRIPT_ROLES: ReadonlySet<string> = new Set(rolesData.transcriptRoles);
export const DOCUMENT_HEADS: ReadonlySet<string> = new Set(rolesData.documents);
/** Documents whose content is a finding: "In the latest poll, Smith leads …". */
export const FINDING_HEADS: ReadonlySet<string> = new Set(rolesData.findings);
export const INSTITUTION_WORDS: ReadonlySet<string> = new Set(rolesData.institutionWords);
export const DETERMINERS: ReadonlySet<string> = new Set(rolesData.determiners);
export const MODIFIERS: ReadonlySet<string> = new Set(rolesData.modifiers);
export const POST_MODIFIERS: ReadonlySet<string> = new Set(rolesData.postModifiers);
export const FEMALE_WORDS: ReadonlySet<string> = new Set(rolesData.genderWords.female);
export const MALE_WORDS: ReadonlySet<string> = new Set(rolesData.genderWords.male);

export type PronounClass = 'male' | 'female' | 'plural' | 'neuter' | 'first' | 'second' | 'relative';
export const PRONOUNS: ReadonlyMap<string, PronounClass> = (() => {
  const m = new Map<string, PronounClass>();
  for (const [cls, words] of Object.entries(rolesData.pronouns)) {
    for (const w of words) if (!m.has(w)) m.set(w, cls as PronounClass);
  }
  return m;
})();

export interface Place {
  name: string;
  body: boolean;
  seats: string[];
}

/** Any surface form (demonym, alias, the name itself, a seat) lower-cased → the place it stands for. */
export const PLACE_WORDS: ReadonlyMap<string, { place: Place; how: 'name' | 'demonym' | 'alias' | 'seat' }> = (() => {
  const m = new Map<string, { place: Place; how: 'name' | 'demonym' | 'alias' | 'seat' }>();
  const places = placesData.places as Record<string, { demonyms: string[]; aliases: string[]; seats: string[]; body: boolean }>;
  for (const [name, p] of Object.entries(places)) {
    const place: Place = { name, body: p.body, seats: p.seats };
    const put = (s: string, how: 'name' | 'demonym' | 'alias' | 'seat'): void => {
      const k = s.toLowerCase();
      if (!m.has(k)) m.set(k, { place, how });
    };
    put(name, 'name');
    for (const a of p.aliases) put(a, 'alias');
    for (const d of p.demonyms) put(d, 'demonym');
    for (const s of p.seats) put(s, 'seat');
  }
  return m;
})();

/** Longest multi-word place form, so scans know how far to look ahead. */
export const MAX_PLACE_WORDS = Math.max(...[...PLACE_WORDS.keys()].map((k) => k.split(' ').length));

export const ABBREVIATIONS: ReadonlySet<string> = new Set(segmentData.abbreviations);
export const NAV_LINES: ReadonlySet<string> = new Set(segmentData.navLines);
export const SENTENCE_STARTERS: ReadonlySet<string> = new Set(segmentData.sentenceStarters);
export const MONTHS: ReadonlySet<string> = new Set(segmentData.months);
export const DAYS: ReadonlySet<string> = new Set(segmentData.days);
export const TIME_WORDS: ReadonlySet<string> = new Set(segmentData.timeWords);

export const FEMALE_NAMES: ReadonlySet<string> = new Set(namesData.female);
export const MALE_NAMES: ReadonlySet<string> = new Set(namesData.male);
/** Month words that are also first names: "Jan Shaw", "April Jones". */
export const MONTH_NAMES: ReadonlySet<string> = new Set(namesData.monthNames);
/** Two-word names whose first word is no name word on its own: "50 Cent", "Swiss Re" (lower case). */
export const JOINED_NAMES: ReadonlySet<string> = new Set(namesData.joined);
