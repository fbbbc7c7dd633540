// A modal qualifies what follows it in its own clause: a certainty on one side against a hedge on
// the other is a conflict only when each governs the word both statements share.
import t from 'tap';
import { scorePair } from '../../../src/analysis/score/index.js';
import { analyze } from '../../../src/analysis/score/analyze.js';
import type { PairScore, ScoringStatement } from '../../../src/analysis/types.js';

function said(text: string, speaker: string): ScoringStatement {
  return { text, speaker, speakerAffiliation: [], kind: 'stated', about: [], documentId: speaker, mode: 'indirect', cue: 'said' };
}
function pair(a: string, b: string): PairScore {
  return scorePair(said(a, 'Speaker A'), said(b, 'Speaker B'), { sameEvent: true });
}
const modal = (r: PairScore): boolean => r.cues.some((c) => c.type === 'modality');

t.test('a hedge before "if" does not hedge what the condition says', async (t) => {
  const firm = 'The broadcaster will show the film from a more discreet angle.';
  const other = pair(firm, 'The broadcaster could put itself at risk if it showed the film uncut.');
  t.notOk(modal(other), `the risk is hedged, not the showing: ${JSON.stringify(other.cues)}`);
  t.notOk(other.cues.some((c) => c.type === 'antonym'), '"will" is no word of the conflict (the noun is a legal paper, a sister of "put")');
  const same = pair(firm, 'The broadcaster could show the film from a more discreet angle.');
  t.ok(modal(same), `the showing itself hedged: ${JSON.stringify(same.cues)}`);
});

t.test('a certainty before "whether" does not make what follows certain', async (t) => {
  const r = pair('He was determined his veto on whether a judge should chair an inquiry should stay.', 'It is highly unlikely that the minister would appoint a judge against his wishes.');
  t.notOk(modal(r), JSON.stringify(r.cues));
  const control = pair('He was determined to appoint a judge to chair the inquiry.', 'It is highly unlikely that the minister would appoint a judge to chair the inquiry.');
  t.ok(modal(control), JSON.stringify(control.cues));
});

t.test('a "must" after "and they know they" is about something else, not the word before it', async (t) => {
  const cond = 'He would consider leaving if the club was knocked out of Europe, with Madrid also monitoring his situation.';
  const other = pair(cond, 'Madrid know my situation and they know they must do something about me.');
  t.notOk(other.cues.some((c) => c.type === 'condition'), JSON.stringify(other.cues));
  const same = pair(cond, 'Madrid must resolve his situation.');
  t.ok(same.cues.some((c) => c.type === 'condition'), `the situation is what must be resolved: ${JSON.stringify(same.cues)}`);
});

t.test('"agreed about what happened": the agreeing is firm, not what happened', async (t) => {
  const cond = 'If the minister cannot obtain my agreement on appointing a judge, it does not happen.';
  const r = pair(cond, 'The judge and the minister agreed about what happened in practice.');
  t.notOk(r.cues.some((c) => c.type === 'condition'), JSON.stringify(r.cues));
  const firm = pair(cond, 'The appointment happened as the minister agreed.');
  t.ok(firm.cues.some((c) => c.type === 'condition'), `the happening itself firm: ${JSON.stringify(firm.cues)}`);
});

t.test('a firm word over a permission is firm about the permission: "there will be a right of appeal"', async (t) => {
  const cond = 'He will appeal against the decision to the court if the federation does not.';
  const right = pair('There will be a final right of appeal from the decision to the court.', cond);
  t.notOk(right.cues.some((c) => c.type === 'condition'), JSON.stringify(right.cues));
  const act = pair('He will appeal against the decision to the court.', cond);
  t.ok(act.cues.some((c) => c.type === 'condition'), `the appeal itself firm: ${JSON.stringify(act.cues)}`);
});

t.test('"as long as possible" says how long, not on what condition', async (t) => {
  t.equal(analyze('We are going to try to stay in as long as possible.').conditions.length, 0);
  t.equal(analyze('We will stay as long as necessary.').conditions.length, 0);
  t.equal(analyze('We will stay as long as the club wants us.').conditions.length, 1, 'a condition');
});
