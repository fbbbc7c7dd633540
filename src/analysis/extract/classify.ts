// Stage 6: stated or claimed, and about whom. A statement is "claimed" when another actor (not
// the speaker, not the speaker's own side) is the subject of a clause in what was said: "Russia
// does not want peace", "Putin would start negotiating". Otherwise the speaker gives their own
// position: "stated". Mode follows the quote marks: all quoted, none, or both.
import type { Mode, StatementKind } from '../types.js';
import type { Tok } from './lex.js';
import { parseNP } from './np.js';
import { AUXILIARIES, PLACE_WORDS, PRONOUNS } from './lexicon.js';
import type { Actor, Registry } from './registry.js';

export interface Piece {
  toks: Tok[];
  a: number;
  b: number;
}

// Words that may follow a subject as the start of its verb phrase.
const VERBISH = /^(?:[a-z]{2,}[^su']s|[a-z]{2,}ed|will|would|can|could|should|must|may|might|shall|won't|wouldn't|can't|cannot|couldn't|doesn't|don't|didn't|isn't|wasn't|aren't|weren't|hasn't|haven't|hadn't|likewise|also|just|never|not|already|still|always|only|now|is|was|are|were|has|had|have|does|did|do|wants|seeks|knows)$/;
const PREPOSITIONS: ReadonlySet<string> = new Set(['with', 'to', 'from', 'of', 'for', 'by', 'about', 'against', 'alongside', 'between', 'on', 'in', 'at', 'into', 'toward', 'towards', 'than', 'like', 'among', 'over', 'under', 'through', 'behind', 'beyond', 'upon', 'across']);
const RESUMPTIVE: ReadonlySet<string> = new Set(['he', 'she', 'it', 'they']);

export function modeOf(pieces: Piece[]): Mode {
  let inq = 0;
  let out = 0;
  for (const { toks, a, b } of pieces) {
    for (let i = a; i < b; i++) {
      if (!toks[i].word) continue;
      if (toks[i].q >= 0) inq++;
      else out++;
    }
  }
  if (out === 0) return 'direct';
  return inq === 0 ? 'indirect' : 'mixed';
}

export function classify(
  pieces: Piece[], speaker: Actor | null, named: boolean, reg: Registry, text: string,
): { kind: StatementKind | null; about: string[] } {
  if (!named) return { kind: null, about: [] };
  const found: Array<{ at: number; actor: Actor }> = [];
  for (const { toks, a, b } of pieces) {
    for (let i = a; i < b; i++) {
      const t = toks[i];
      if (!t.word || !t.cap) continue;
      const np = parseNP(toks, i, b, text);
      if (np === null) continue;
      i = np.t1 - 1;
      if (np.kind !== 'name' && np.kind !== 'place') continue;
      if (!isSubject(toks, np.t0, np.t1, b, text)) continue;
      let actor = np.kind === 'place' ? reg.place(np.name ?? '') : reg.match((np.name ?? '').split(' '), np.s);
      // a capital or seat of power stands for its country here: "Moscow would back …"
      if (actor !== null && actor.type === 'organization' && actor.affiliation.length > 0 && PLACE_WORDS.get(actor.name.toLowerCase())?.how === 'seat') {
        actor = reg.place(actor.affiliation[0]);
      }
      if (actor === null || !isOther(actor, speaker)) continue;
      found.push({ at: np.s, actor });
    }
  }
  const about: string[] = [];
  for (const f of found.sort((x, y) => x.at - y.at)) if (!about.includes(f.actor.name)) about.push(f.actor.name);
  return { kind: about.length > 0 ? 'claimed' : 'stated', about };
}

function isOther(actor: Actor, speaker: Actor | null): boolean {
  // an anonymous source has no side of its own to exclude
  if (speaker === null) return true;
  if (actor === speaker) return false;
  if (speaker.affiliation.includes(actor.name) || actor.affiliation.includes(speaker.name)) return false;
  return !actor.affiliation.some((x) => speaker.affiliation.includes(x) && actor.type !== 'person');
}

function isSubject(toks: Tok[], t0: number, t1: number, b: number, text: string): boolean {
  const before = toks[t0 - 1];
  // "Negotiations between Russia and Ukraine will …" still puts both at the centre
  if (before !== undefined && before.word && PREPOSITIONS.has(before.low) && before.low !== 'between') return false;
  if (toks[t1 - 1].poss || /[-‑]/.test(toks[t1 - 1].text)) return false;
  let k = t1;
  if (toks[k]?.text === ']') k++;
  // "President Putin, he doesn't …"
  if (toks[k]?.text === ',' && RESUMPTIVE.has(toks[k + 1]?.low ?? '')) k += 2;
  // "Russia and Ukraine will …"
  if (toks[k]?.low === 'and') {
    const other = parseNP(toks, k + 1, b, text);
    if (other !== null && (other.kind === 'name' || other.kind === 'place')) k = other.t1;
  }
  if (toks[k]?.mark === 'open') k++;
  const n = toks[k];
  if (n === undefined || k >= b || !n.word || n.cap) return false;
  if (PRONOUNS.has(n.low)) return false;
  return AUXILIARIES.has(n.low) || VERBISH.test(n.low);
}
