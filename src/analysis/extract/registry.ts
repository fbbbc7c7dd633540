// Stage 4: actors of one document. Every proper-name phrase is a mention; mentions merge into
// actors (the surname alone, a title before it, a spelling one letter off), the canonical name is
// the longest full name seen, and the words around a name ("Russian President", "EU's foreign
// policy chief, Kaja Kallas,") give its affiliation and roles.
import type { ActorType, DiscoveredActor } from '../types.js';
import { isHeadline, type Paragraph } from './segment.js';
import { parseNP, type NP } from './np.js';
import { AIMED_AT, FEMALE_NAMES, INSTITUTION_WORDS, MALE_NAMES, ORG_HEADS, ORG_NOUNS, PLACE_WORDS, SENTENCE_STARTERS } from './lexicon.js';

export interface Actor {
  id: number;
  name: string;
  tokens: string[];
  aliases: Set<string>;
  affiliation: string[];
  type: ActorType;
  gender: 'm' | 'f' | null;
  roles: Set<string>;
  /** Mention offsets outside quotes, ascending; possessive mentions ("Trump's") are not antecedents. */
  mentions: Array<{ at: number; poss: boolean; para: number }>;
  /** Seen only as one sentence-initial word: may be an ordinary word, kept only if it speaks. */
  weak: boolean;
  /** Evidence that a one-word name is a person (a title, a role, a gender, a speech): only then a pronoun's antecedent. */
  personish: boolean;
  /** A one-word name once seen where organisations are named ("software firm Sendmail", "at Arsenal"). */
  orgNoun: boolean;
}

interface Mention {
  np: NP;
  name: string;
  at: number;
  para: number;
  inQuote: boolean;
  poss: boolean;
  sentenceStart: boolean;
  text: string;
  /** Where organisations are named: "producers' cartel Opec", "at Arsenal". */
  orgNoun: boolean;
}

export class Registry {
  readonly actors: Actor[] = [];
  private readonly byWord = new Map<string, Actor[]>();
  private readonly byName = new Map<string, Actor>();

  constructor(private readonly text: string) {}

  /** Discover actors in all paragraphs except captions and navigation. */
  discover(paragraphs: Paragraph[]): void {
    const mentions: Mention[] = [];
    for (const p of paragraphs) {
      if (p.kind === 'nav' || p.kind === 'caption') continue;
      for (const sent of p.sentences) {
        if (sent.headline || (p.kind === 'headline' && isHeadline(p.toks, sent.t0, sent.t1, 2))) continue;
        for (let i = sent.t0; i < sent.t1; i++) {
          const t = p.toks[i];
          if (!t.word || !(t.cap || /^\p{Lu}/u.test(t.text))) continue;
          const np = parseNP(p.toks, i, sent.t1, this.text);
          if (np === null) {
            // "Arsenal's Sol Campbell": an owner with no phrase of its own; the name after it starts afresh
            if (t.poss) continue;
            // no phrase here: skip the rest of this run of capitalised words
            while (i + 1 < sent.t1 && p.toks[i + 1].cap && p.toks[i + 1].word) i++;
            continue;
          }
          // "Ryan Remiorz / The Canadian Press": a photo credit names no actor of the story
          if (np.kind === 'name' && (p.toks[np.t1]?.text === '/' || p.toks[np.t0 - 1]?.text === '/')) {
            i = np.t1 - 1;
            continue;
          }
          if (np.kind === 'name' || np.kind === 'place') {
            const last = p.toks[np.t1 - 1];
            const prev = p.toks[np.nameT0 - 1];
            // the first word of a sentence, also inside a quote, may be an ordinary capitalised word
            const sentenceStart = np.nameT0 === sent.t0 || prev === undefined || prev.mark === 'open' || /^[.?!:“"‘—–-]$/.test(prev.text) || SENTENCE_STARTERS.has(prev.low) && prev.cap;
            let from = np.t0;
            while (from < np.nameT0 && SENTENCE_STARTERS.has(p.toks[from].low)) from++;
            mentions.push({
              np, name: np.name ?? '', at: p.toks[np.nameT0].s, para: p.index, inQuote: t.q >= 0, poss: last.poss,
              sentenceStart, text: this.text.slice(p.toks[from].s, np.e).replace(/[[\]]/g, ''), orgNoun: orgContext(p, np),
            });
          }
          this.appositions(p, np, sent.t1);
          i = np.t1 - 1;
        }
      }
    }
    // multi-word names first so that surnames attach to them
    const order = [...mentions].sort((a, b) => b.name.split(' ').length - a.name.split(' ').length || a.at - b.at);
    for (const m of order) this.add(m);
    this.finishTypes();
  }

  private appositions(p: Paragraph, np: NP, limit: number): void {
    const toks = p.toks;
    if (toks[np.t1]?.text !== ',') return;
    const other = parseNP(toks, np.t1 + 1, limit, this.text);
    if (other === null) return;
    const after = toks[other.t1];
    if (after !== undefined && after.text !== ',' && after.text !== '.' && !(after.word && !after.cap)) return;
    const [name, desc] = np.kind === 'name' && other.kind !== 'name' ? [np, other] : other.kind === 'name' && np.kind !== 'name' ? [other, np] : [null, null];
    if (name === null || desc === null || name.name === null || name.org) return;
    if (desc.kind !== 'role' && desc.kind !== 'anon') return;
    this.pending.push({ name: name.name, at: toks[name.nameT0].s, desc, text: this.text.slice(desc.s, desc.e) });
  }

  private readonly pending: Array<{ name: string; at: number; desc: NP; text: string }> = [];

  private add(m: Mention): void {
    const np = m.np;
    if (np.kind === 'place') {
      const a = this.ensure(np.name ?? m.text, np.org ? 'organization' : 'place');
      this.note(a, m);
      const pl = PLACE_WORDS.get((np.name ?? '').toLowerCase());
      if (np.org && pl !== undefined && !a.affiliation.includes(pl.place.name)) a.affiliation.push(pl.place.name);
      return;
    }
    const tokens = m.name.split(' ');
    const a = this.match(tokens, m.at, np.gender) ?? this.create(m.name, tokens, np.org ? 'organization' : 'person');
    if (tokens.length > a.tokens.length || (tokens.length === a.tokens.length && m.name.length > a.name.length && a.tokens.length > 1)) {
      a.aliases.add(a.name);
      a.name = m.name;
      a.tokens = tokens;
      this.index(a);
    }
    if (m.text !== a.name) a.aliases.add(m.text.replace(/['’]s$/, ''));
    if (m.name !== a.name) a.aliases.add(m.name);
    if (!(m.sentenceStart && tokens.length === 1)) a.weak = false;
    for (const pl of np.places) this.affiliate(a, pl);
    if (np.role !== null) a.roles.add(np.role);
    if (np.gender !== null && a.gender === null) a.gender = np.gender;
    if (np.role !== null || np.gender !== null || tokens.length > 1) a.personish = true;
    if (m.orgNoun && tokens.length === 1) a.orgNoun = true;
    this.note(a, m);
  }

  private note(a: Actor, m: Mention): void {
    if (!m.inQuote) a.mentions.push({ at: m.at, poss: m.poss, para: m.para });
  }

  affiliate(a: Actor, place: string): void {
    if (a.name === place || a.affiliation.includes(place)) return;
    a.affiliation.push(place);
    const pl = PLACE_WORDS.get(place.toLowerCase());
    if (pl !== undefined) for (const s of pl.place.seats) if (!a.affiliation.includes(s) && /^\p{Lu}/u.test(s) && s.split(' ').length <= 2) a.affiliation.push(s);
  }

  private ensure(name: string, type: ActorType): Actor {
    const key = name.toLowerCase();
    return this.byName.get(key) ?? this.create(name, [name], type);
  }

  private create(name: string, tokens: string[], type: ActorType): Actor {
    const a: Actor = {
      id: this.actors.length, name, tokens, aliases: new Set(), affiliation: [], type, gender: null, roles: new Set(), mentions: [], weak: true, personish: tokens.length > 1,
      orgNoun: false,
    };
    this.actors.push(a);
    this.index(a);
    return a;
  }

  private index(a: Actor): void {
    this.byName.set(a.name.toLowerCase(), a);
    if (a.type === 'place') return;
    for (const w of a.tokens) {
      const k = w.toLowerCase();
      const list = this.byWord.get(k) ?? [];
      if (!list.includes(a)) list.push(a);
      this.byWord.set(k, list);
    }
  }

  /** The actor a name refers to at offset `at`, or null. A bare surname (or first name) several people of the document share
   * ("Shaw" with Jan Shaw and Philip Shaw) names none of them, unless a title's gender ("Mrs Blair") leaves one. */
  match(tokens: string[], at: number, gender: 'm' | 'f' | null = null): Actor | null {
    const full = tokens.join(' ').toLowerCase();
    const exact = this.byName.get(full);
    if (exact !== undefined) return exact;
    const last = tokens[tokens.length - 1].toLowerCase();
    let cands = (this.byWord.get(last) ?? []).filter((a) => a.type !== 'place' && endsWith(a.tokens, tokens));
    if (cands.length === 0 && tokens.length === 1) {
      // "Hillary" for "Hillary Clinton"; a spelling one letter off ("Zelensky" / "Zelenskyy")
      cands = (this.byWord.get(last) ?? []).filter((a) => a.type === 'person' && a.tokens[0].toLowerCase() === last && a.tokens.length > 1);
      // "Newry" for "Newry FC", "Yukos" for "Yukos Oil", "Vivendi" for "Vivendi Universal": a body's name by its own first word
      // (not a word of any body's: "Bank" is not the Bank of England)
      if (cands.length === 0 && !ORG_HEADS.has(last) && !INSTITUTION_WORDS.has(last)) {
        cands = (this.byWord.get(last) ?? []).filter((a) => a.type === 'organization' && a.tokens[0].toLowerCase() === last && a.tokens.length > 1 && a.tokens.every((w) => /^\p{Lu}/u.test(w) || w === '&'));
      }
    }
    if (cands.length === 0) cands = this.fuzzy(tokens);
    if (cands.length === 0) return null;
    if (cands.length === 1) return cands[0];
    if (tokens.length === 1 && gender !== null) {
      const fit = cands.filter((a) => a.type !== 'person' || [gender, null].includes(a.gender ?? nameGender(a.tokens[0])));
      if (fit.length > 0) cands = fit;
    }
    return nearest(cands, at);
  }

  private fuzzy(tokens: string[]): Actor[] {
    const last = tokens[tokens.length - 1].toLowerCase();
    if (last.length < 6) return [];
    const out: Actor[] = [];
    for (const a of this.actors) {
      if (a.type !== 'person') continue;
      const al = a.tokens[a.tokens.length - 1].toLowerCase();
      if (Math.abs(al.length - last.length) <= 2 && al.slice(0, 6) === last.slice(0, 6) && (al.startsWith(last) || last.startsWith(al))) {
        if (tokens.length === 1 || tokens.slice(0, -1).join(' ').toLowerCase() === a.tokens.slice(0, -1).join(' ').toLowerCase()) out.push(a);
      }
    }
    return out;
  }

  /** Actor for a name phrase seen at `at` (used for speakers; creates one when needed). */
  resolveName(name: string, at: number, org: boolean, gender: 'm' | 'f' | null = null): Actor {
    const tokens = name.split(' ');
    const pl = PLACE_WORDS.get(name.toLowerCase());
    if (pl !== undefined) return this.ensure(pl.how === 'seat' ? name : pl.place.name, pl.how === 'seat' ? 'organization' : 'place');
    const a = this.match(tokens, at, gender) ?? this.create(name, tokens, org ? 'organization' : 'person');
    a.weak = false;
    a.personish = true;
    return a;
  }

  place(name: string): Actor {
    const pl = PLACE_WORDS.get(name.toLowerCase());
    if (pl === undefined) return this.ensure(name, 'organization');
    if (pl.how === 'seat') {
      const a = this.ensure(name, 'organization');
      if (!a.affiliation.includes(pl.place.name)) a.affiliation.push(pl.place.name);
      return a;
    }
    return this.ensure(pl.place.name, 'place');
  }

  /** Apply appositions ("Kallas, Estonia's first female prime minister") once all names are known. */
  applyAppositions(): void {
    for (const p of this.pending) {
      const a = this.match(p.name.split(' '), p.at);
      if (a === null) continue;
      for (const pl of p.desc.places) this.affiliate(a, pl);
      if (p.desc.role !== null) a.roles.add(p.desc.role);
      if (p.desc.gender !== null && a.gender === null) a.gender = p.desc.gender;
      a.personish = true;
      if (p.desc.kind === 'role' && p.text.length < 60) a.aliases.add(p.text.replace(/^(?:the|a|an)\s+/i, ''));
    }
  }

  private finishTypes(): void {
    for (const a of this.actors) {
      if (a.type !== 'person') continue;
      const first = a.tokens[0].toLowerCase();
      if (a.gender === null && a.tokens.length > 1) a.gender = nameGender(first);
      if (a.tokens.length === 1 && SENTENCE_STARTERS.has(first)) a.weak = true;
      // "producers' cartel Opec", "at Arsenal", with no title, role or gender anywhere: an organisation, never a he/she
      if (a.tokens.length === 1 && a.orgNoun && a.gender === null && [...a.roles].every(isOrgRole)) a.type = 'organization';
    }
    this.applyAppositions();
  }

  /** Persons whose affiliation or roles fit a role phrase, most recently mentioned before `at` first. */
  byRole(places: string[], roleWords: string[], at: number): Actor | null {
    const cands = this.actors.filter((a) => {
      if (a.type !== 'person') return false;
      if (places.length > 0 && !places.every((p) => a.affiliation.includes(p))) return false;
      if (roleWords.length === 0) return places.length > 0;
      const roles = [...a.roles].join(' ').split(' ');
      return roleWords.some((w) => roles.includes(w));
    });
    if (cands.length === 0) return null;
    return nearest(cands, at);
  }

  output(used: ReadonlySet<Actor>): DiscoveredActor[] {
    return this.actors
      .filter((a) => used.has(a) || (!a.weak && (a.type === 'person' ? a.personish : a.mentions.length > 1)))
      .map((a) => ({
        name: a.name,
        aliases: [...a.aliases].filter((x) => x !== a.name && x.length > 0 && x.length < 80),
        affiliation: [...a.affiliation],
        type: a.type,
      }));
  }
}

/** "software firm Sendmail", "a move from Italy to Arsenal", "also in Gateshead": a one-word name right after an organisation
 * noun, or as the object of "at"/"in" (where people are seldom put), names an organisation or a place. Not across a comma
 * ("…to another club, Parry said"), not a possessive ("in Blair's cabinet"). */
function orgContext(p: Paragraph, np: NP): boolean {
  const t = p.toks[np.nameT0 - 1];
  if (np.nameT0 !== np.t1 - 1 || p.toks[np.nameT0].poss || t === undefined || !t.word || t.cap) return false;
  if (ORG_NOUNS.has(t.low)) return true;
  // "a swipe at Parry", "angry at Wenger": "at" after a word of aiming puts a person there
  return t.low === 'in' || t.low === 'at' && !AIMED_AT.has(p.toks[np.nameT0 - 2]?.low ?? '');
}

/** "software firm", "media watchdog": a role phrase that describes an organisation, no evidence of a person. */
function isOrgRole(role: string): boolean {
  return ORG_NOUNS.has(role.slice(role.lastIndexOf(' ') + 1));
}

/** The usual gender of a first name, or null. */
export function nameGender(first: string): 'm' | 'f' | null {
  const low = first.toLowerCase();
  return FEMALE_NAMES.has(low) ? 'f' : MALE_NAMES.has(low) ? 'm' : null;
}

function endsWith(full: string[], part: string[]): boolean {
  if (part.length > full.length) return false;
  const off = full.length - part.length;
  for (let i = 0; i < part.length; i++) if (full[off + i].toLowerCase() !== part[i].toLowerCase()) return false;
  return true;
}

/** The candidate mentioned most recently before `at`, else the first mentioned after. */
export function nearest(cands: Actor[], at: number): Actor {
  let best: Actor | null = null;
  let bestAt = -1;
  for (const a of cands) {
    for (const m of a.mentions) {
      if (m.at <= at && m.at > bestAt) {
        best = a;
        bestAt = m.at;
      }
    }
  }
  if (best !== null) return best;
  let after = Infinity;
  for (const a of cands) {
    const m = a.mentions.find((x) => x.at > at);
    if (m !== undefined && m.at < after) {
      after = m.at;
      best = a;
    }
  }
  return best ?? cands[0];
}
