// Certainty against hedging, and unconditional against conditional, on what both statements
// talk about: the clause holding an aligned unit on each side.
import type { Cue } from '../types.js';
import type { TextInfo, Marker } from './analyze.js';
import type { Alignment } from './align.js';
import { side } from './cues.js';
import { demanded } from './frames.js';

export interface ModalityResult {
  modality: number;
  condition: number;
  cues: Cue[];
}

function inClause(ms: Marker[], clause: number): Marker | undefined {
  return ms.find((m) => m.clause === clause);
}

interface ClauseModality {
  certain?: Marker;
  hedge?: Marker;
  cond?: Marker;
  uncond?: Marker;
}

function clauseModality(info: TextInfo, clause: number): ClauseModality {
  return {
    certain: inClause(info.certain, clause),
    hedge: inClause(info.hedges, clause),
    cond: inClause(info.conditions, clause),
    uncond: inClause(info.unconditional, clause),
  };
}

const DEONTIC = new Set(['must', 'shall']);
const CONJUNCTIONS = new Set(['and', 'but', 'or', 'while', 'whereas']);
/** Words opening a clause of its own, which a modal before them does not qualify. */
const SUBORDINATORS = new Set(['if', 'unless', 'when', 'whether', 'because', 'since', 'although', 'though', 'while', 'whereas', 'which', 'who', 'where', 'what', 'how', 'why']);

/**
 * A modal qualifies what follows it in its own clause, not a clause opened after it: "could put
 * itself at risk if it showed the uncut version" hedges the risk, not the showing.
 */
function governs(info: TextInfo, m: Marker, tok: number): boolean {
  if (m.tok >= tok) return false;
  for (let k = m.tok + 1; k < tok; k++) if (SUBORDINATORS.has(info.lowers[k]!)) return false;
  return true;
}

/**
 * Whether the word at token `tok` is what the condition governs, not the condition itself:
 * before its marker ("a possible ceasefire if agreements are reached"), or after the comma that
 * closes the condition ("if agreements are reached, a ceasefire"). "If Kennedy is serious about
 * his budgets he should explain …" says nothing conditional about his budgets.
 */
function conditioned(info: TextInfo, cond: Marker, tok: number): boolean {
  // before it, unless a conjunction between opens another conjunct ("he knows how to strengthen
  // the squad and if the right players become available …": the squad is not conditional)
  if (tok < cond.tok) {
    for (let k = tok + 1; k < cond.tok; k++) if (CONJUNCTIONS.has(info.lowers[k]!)) return false;
    return true;
  }
  for (let k = cond.tok + 1; k <= tok; k++) if (info.text.slice(info.tokens[k - 1]!.end, info.tokens[k]!.start).includes(',')) return true;
  return false;
}

/**
 * A firm marker bears on the word when it governs it or the word stands before it in one clause
 * ("the talks on a ceasefire will start"), with no conjunction between ("Madrid know my situation
 * and they know they must …": the must is about something else).
 */
function bears(info: TextInfo, m: Marker, tok: number): boolean {
  if (m.tok > tok) {
    for (let k = tok + 1; k < m.tok; k++) if (CONJUNCTIONS.has(info.lowers[k]!) || SUBORDINATORS.has(info.lowers[k]!)) return false;
    return true;
  }
  return governs(info, m, tok);
}

export function modality(a: TextInfo, b: TextInfo, al: Alignment): ModalityResult {
  const cues: Cue[] = [];
  let mod = 0;
  let cond = 0;
  const onA = new Map<number, ClauseModality>();
  const onB = new Map<number, ClauseModality>();
  for (let i = 0; i < a.units.length; i++) {
    const j = al.aToB[i]!;
    // the clauses must share a concept, not only a name or a light word ("Russia will …" / "Russia may …" about other things)
    if (j < 0 || al.qa[i]! < 0.9 || a.units[i]!.light || (a.units[i]!.proper && b.units[j]!.proper)) continue;
    const ca = a.units[i]!.clause;
    const cb = b.units[j]!.clause;
    // each shared word is checked (the modal must come before it), each clause read once
    let ma = onA.get(ca);
    if (!ma) onA.set(ca, (ma = clauseModality(a, ca)));
    let mb = onB.get(cb);
    if (!mb) onB.set(cb, (mb = clauseModality(b, cb)));
    const ta = a.units[i]!.tokFrom;
    const tb = b.units[j]!.tokFrom;
    // a firm word over a demand or a permission is firm about that, not the act ("there will be a right of appeal")
    const framedA = demanded(a, ta);
    const framedB = demanded(b, tb);
    for (const [x, y, xInfo, yInfo, xIsA, xTok, yTok, xFramed] of [[ma, mb, a, b, true, ta, tb, framedA], [mb, ma, b, a, false, tb, ta, framedB]] as const) {
      // (unless the firm word is the demand itself: "what we must do is make the squad stronger")
      if (xFramed && !(x.certain && DEONTIC.has(x.certain.phrase))) continue;
      // x asserts firmly, y hedges, each about the shared word: a modal qualifies what follows
      // it, not its subject ("airlines will want …" / "may prove a moment for the airline industry")
      if (!mod && x.certain && !x.hedge && !x.cond && y.hedge && !y.certain && governs(xInfo, x.certain, xTok) && governs(yInfo, y.hedge, yTok)) {
        mod = 1;
        const xs = side(xInfo.text, x.certain.start, x.certain.end);
        const ys = side(yInfo.text, y.hedge.start, y.hedge.end);
        cues.push({ type: 'modality', note: `"${xs.text}" against "${ys.text}"`, a: xIsA ? xs : ys, b: xIsA ? ys : xs });
      }
      if (!cond && y.cond && !x.cond && (x.uncond || (x.certain && bears(xInfo, x.certain, xTok))) && conditioned(yInfo, y.cond, yTok)) {
        cond = 1;
        const m = x.uncond ?? x.certain!;
        const xs = side(xInfo.text, m.start, m.end);
        const ys = side(yInfo.text, y.cond.start, y.cond.end);
        cues.push({ type: 'condition', note: `"${xs.text}" without condition against "${ys.text}"`, a: xIsA ? xs : ys, b: xIsA ? ys : xs });
      }
    }
  }
  return { modality: mod, condition: cond, cues };
}
