// A speaker that is a share of a group ("16%", "eight in 10") is read in front of its text; other speakers are not.
import t from 'tap';
import { asReported } from '../../../src/analysis/score/reported.js';
import type { ScoringStatement } from '../../../src/analysis/types.js';

function by(speaker: string): ScoringStatement {
  return { text: 'have never sent a picture message', speaker, speakerAffiliation: [], kind: 'stated', about: [], documentId: 'd', mode: 'indirect', cue: 'said' };
}

t.test('shares of a group are read as part of what is said', async (t) => {
  for (const share of ['16%', 'Only 40 per cent', 'eight in 10', 'Eight out of ten', '3 in 4']) {
    const r = asReported(by(share));
    t.equal(r.statement.text, `${share} have never sent a picture message`, share);
    t.equal(r.shift, share.length + 1);
  }
});

t.test('a speaker with a year or a count in a name is no share', async (t) => {
  for (const speaker of ['Officials in 2004', 'Analysts in 10 countries', 'The class of 2005']) {
    const r = asReported(by(speaker));
    t.equal(r.statement.text, 'have never sent a picture message', speaker);
    t.equal(r.shift, 0);
  }
});
