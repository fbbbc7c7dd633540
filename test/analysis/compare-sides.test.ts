// Two texts with speakers are read as statements: a claim about the other side meets that side's
// own account, and certainty and conditions then decide (DESIGN: stated-vs-claimed).
import t from 'tap';
import { compareSides, sideStatement } from '../../src/analysis/compare-sides.js';
import { scorePair } from '../../src/analysis/score/index.js';

const trump = { text: 'Russia and Ukraine will immediately start negotiations toward a ceasefire and an end to the war.', speaker: 'Donald Trump' };
const putin = {
  text: 'Russia is ready to work on a memorandum that would define the possibility of a temporary ceasefire if corresponding agreements are reached.',
  speaker: 'Vladimir Putin',
  affiliation: ['Russia'],
};

t.test('a claim about the other side, against its own hedged account, is stated-vs-claimed', async (t) => {
  const r = compareSides(trump, putin);
  t.ok(r.flag, `flagged (score ${r.score})`);
  t.equal(r.kind, 'stated-vs-claimed');
  const types = r.cues.map((c) => c.type);
  t.ok(types.includes('modality'), '"will" against "ready to"');
  t.ok(types.includes('condition'), 'no condition against "if corresponding agreements are reached"');
  t.same(compareSides(putin, trump).kind, 'stated-vs-claimed', 'either order');
});

t.test('sides: own side is not a claim; the other speaker is named by surname', async (t) => {
  const own = sideStatement(putin, trump);
  t.equal(own.kind, 'stated', 'Putin speaking of Russia speaks for his own side');
  t.same(own.about, []);
  const claim = sideStatement(trump, putin);
  t.equal(claim.kind, 'claimed');
  t.ok(claim.about.includes('Russia'));
  const bySurname = sideStatement({ text: 'Putin does not want peace.', speaker: 'Kaja Kallas' }, putin);
  t.same(bySurname.about, ['Vladimir Putin'], '"Putin" is the other speaker');
  const position = sideStatement({ text: 'The strongest security guarantee is a strong army.', speaker: 'Kaja Kallas' }, putin);
  t.equal(position.kind, 'stated', 'no other actor as subject: her own position');
});

t.test('without speakers, or without knowing whose side Russia is, texts are compared bare', async (t) => {
  const bare = compareSides({ text: trump.text }, { text: putin.text });
  const direct = scorePair(
    { text: trump.text, speaker: null, speakerAffiliation: [], kind: null, about: [], documentId: null },
    { text: putin.text, speaker: null, speakerAffiliation: [], kind: null, about: [], documentId: null },
    { sameEvent: false },
  );
  t.same(bare, direct, 'no speakers: the bare comparison');
  t.equal(sideStatement({ text: trump.text }, putin).kind, null);
  const unknownSide = compareSides(trump, { ...putin, affiliation: [] });
  t.notOk(unknownSide.kind === 'stated-vs-claimed', 'the claim is about Russia, and nothing says Putin speaks for it');
});
