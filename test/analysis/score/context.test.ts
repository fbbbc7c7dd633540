// Flags between statements with speakers, documents and events: sentences written to break
// the rules that keep news flags few and well evidenced (quote variants, accounts of one
// event, a claim against its subject's own statement), the relatedness pre-check and the cache.
import t from 'tap';
import { scorePair, scoreAnalysis } from '../../../src/analysis/score/index.js';
import { analyzePair } from '../../../src/analysis/score/features.js';
import { analyze, analysisCacheSize } from '../../../src/analysis/score/analyze.js';
import { contentRelatednessBound } from '../../../src/analysis/score/relatedness.js';
import { WEIGHTS } from '../../../src/analysis/score/model.js';
import type { ScoringStatement, StatementKind } from '../../../src/analysis/types.js';

function st(speaker: string, text: string, opts: { doc?: string; kind?: StatementKind | null; about?: string[]; affiliation?: string[] } = {}): ScoringStatement {
  return { text, speaker, speakerAffiliation: opts.affiliation ?? [], kind: opts.kind ?? null, about: opts.about ?? [], documentId: opts.doc ?? null };
}
const same = { sameEvent: true };

t.test('quote-variant needs one utterance, not one speaker', async (t) => {
  const a = st('Ana Ruiz', 'The budget talks were difficult … the unions will immediately start negotiations toward a new deal.', { doc: '1' });
  const b = st('Ana Ruiz', 'The unions would "immediately" start negotiating a deal with the ministry', { doc: '2' });
  const r = scorePair(a, b, same);
  t.notOk(r.flag, `two utterances sharing words: score ${r.score} ${r.kind}`);

  const c = st('Ana Ruiz', 'She said the reform is "a gift that the bankers want us to unwrap quickly" before the election.', { doc: '1' });
  const d = st('Ana Ruiz', 'Ruiz told reporters the reform was "a gift that the bankers want us to accept quickly."', { doc: '2' });
  const v = scorePair(c, d, same);
  t.ok(v.flag, `one quote, one word changed: score ${v.score}`);
  t.equal(v.kind, 'quote-variant');
  t.ok(v.cues.some((x) => x.type === 'wording' && x.a?.text === 'unwrap' && x.b?.text === 'accept'), JSON.stringify(v.cues));

  const e = st('Ana Ruiz', 'The reform is a gift that the bankers want us to unwrap.', { doc: '1' });
  t.notOk(scorePair(c, e, same).kind === 'quote-variant' && c.documentId === e.documentId, 'same document is never a variant');
  const f = st('Ana Ruiz', 'The reform is a gift that the bankers want us to unwrap.', { doc: '1' });
  t.notOk(scorePair(st('Ana Ruiz', e.text, { doc: '1' }), f, same).flag, 'identical text in one document is no variant');
});

t.test('tone counts only on what both accounts describe', async (t) => {
  const mayor = st('Mayor Lin', 'The meeting with the union was excellent and productive.');
  const union = st('Union leader Okafor', 'He described the meeting as "difficult but frank".');
  const r = scorePair(mayor, union, same);
  t.ok(r.flag, `score ${r.score}`);
  t.equal(r.kind, 'divergent-accounts');
  t.ok(r.cues.some((c) => c.type === 'tone'));

  const other = st('Union leader Okafor', 'Negotiating a pension deal will be difficult, the union warned.');
  const s = scorePair(mayor, other, same);
  t.notOk(s.flag, `"excellent" meeting vs "difficult" pension deal: score ${s.score}`);
  t.notOk(s.cues.some((c) => c.type === 'tone'), JSON.stringify(s.cues));
});

t.test('a claim about Y against Y\'s statement: stated-vs-claimed on the proposition, divergent-accounts on tone', async (t) => {
  const claim = st('Minister Berg', 'The talks were excellent. The rebels will immediately sign a truce.', { kind: 'claimed', about: ['Rebel Council'] });
  const own = st('Commander Diaz', 'A truce is possible if our conditions are met.', { affiliation: ['Rebel Council'] });
  const r = scorePair(claim, own, same);
  t.ok(r.flag, `score ${r.score}`);
  t.equal(r.kind, 'stated-vs-claimed');
  t.ok(r.cues.some((c) => c.type === 'condition'));
  // a certainty gap counts between accounts of one happening: across events the hedge may be about another
  const elsewhere = scorePair(claim, own, { sameEvent: false, differentEvents: true });
  t.notOk(elsewhere.flag, `another event: score ${elsewhere.score}`);
  // events unknown (POST /compare): the two texts are taken to be about one thing
  t.ok(scorePair(claim, own, { sameEvent: false }).flag);

  const toneOnly = st('Commander Diaz', 'He called the talks "useful but tense".', { affiliation: ['Rebel Council'] });
  const s = scorePair(claim, toneOnly, same);
  t.ok(s.flag, `score ${s.score}`);
  t.equal(s.kind, 'divergent-accounts', 'tone between two accounts of one event is no claim against a statement');
});

t.test('modality alone between two accounts that are no claim-and-statement does not flag', async (t) => {
  const a = st('Senator Cole', 'The committee could approve the bill next week.');
  const b = st('Senator Park', 'The committee will approve the bill.');
  t.notOk(scorePair(a, b, same).flag);
});

t.test('a negation flags only when its focus is what the other side asserts', async (t) => {
  const a = st('President Vale', 'Our army will withdraw its troops from the border region.');
  const b = st('General Moss', '"No one will withdraw our troops from the border region"');
  const r = scorePair(a, b, same);
  t.ok(r.flag, `score ${r.score}`);
  t.equal(r.kind, 'contradiction');

  const c = st('President Vale', 'The government could withdraw from the peace talks, officials hinted.');
  t.notOk(scorePair(c, b, same).flag, 'withdraw from talks vs withdraw troops: another proposition');

  // a frame verb under the negation denies nothing of what follows
  const d = st('President Vale', '"I do have a red line. But I don\'t want to say what that line is."');
  const e = st('Senator Park', '"I think the president is going to say to the general: are you serious about the line?"');
  t.notOk(scorePair(d, e, same).flag, 'don\'t want to say vs going to say');

  const f = st('Analyst Roe', '"He doesn\'t quite know how to get out of the war."');
  const g = st('General Moss', 'The war will end when the border is secure.');
  t.notOk(scorePair(f, g, same).flag, 'doesn\'t know how to get out of the war');
});

t.test('a negation inside a quotation ends with it', async (t) => {
  const a = st('Minister Berg', 'The rebel leader "wants leverage, not a truce" ahead of a summit between the president and the council.', { kind: 'claimed', about: ['Commander Diaz'] });
  const b = st('Commander Diaz', 'We are ready for a truce and for a summit with the president.');
  const r = scorePair(a, b, { sameEvent: false });
  t.ok(r.flag, `score ${r.score}`);
  t.equal(r.kind, 'stated-vs-claimed');
  const neg = r.cues.find((c) => c.type === 'negation');
  t.ok(neg, JSON.stringify(r.cues));
  t.notMatch(neg?.note ?? '', /summit|president/, 'the summit after the quote is not negated');
});

t.test('two negative statements agree: "does not want peace" and "unwillingness to pursue peace"', async (t) => {
  const a = st('Minister Berg', '"It is clear that the junta does not want peace."');
  const b = st('Observers', 'They pointed to the junta\'s unwillingness to pursue peace.');
  t.notOk(scorePair(a, b, same).flag);
});

t.test('the relatedness pre-check never hides a pair the full analysis would flag', async (t) => {
  const pairs: Array<[string, string]> = [
    ['A man is playing a guitar.', 'A woman is slicing an onion.'],
    ['The senate passed the budget on Tuesday.', 'Heavy rain flooded the valley overnight.'],
    ['The council approved the plan.', 'The council did not approve the plan.'],
    ['Ahmadinejad spoke in Tehran.', 'Ahmedinejad did not speak in Tehran.'],
    ['A saxophone is being played.', 'A man plays an instrument.'],
  ];
  for (const [x, y] of pairs) {
    const full = analyzePair(x, y);
    const bound = contentRelatednessBound(analyze(x), analyze(y));
    t.ok(bound + 1e-9 >= full.features.content, `bound ${bound} ≥ content ${full.features.content}: ${x} | ${y}`);
    const a = st('A', x);
    const b = st('B', y);
    const fast = scorePair(a, b, { sameEvent: false });
    const slow = scoreAnalysis(full, a, b, { sameEvent: false }, WEIGHTS);
    t.equal(fast.flag, slow.flag, `${x} | ${y}`);
    t.equal(fast.score === 0 || fast.score === slow.score, true, `score ${fast.score} vs ${slow.score}`);
  }
  const u = scorePair(st('A', 'Heavy rain flooded the valley overnight.'), st('B', 'The senate passed the budget on Tuesday.'), { sameEvent: false });
  t.equal(u.score, 0);
  t.equal(u.components['relatednessBound'], 1, 'answered by the pre-check');
});

t.test('per-text analysis is cached and the cache is bounded', async (t) => {
  const x = analyze('The minister resigned on Friday.');
  t.equal(analyze('The minister resigned on Friday.'), x, 'the same object for the same text');
  const before = analysisCacheSize();
  for (let i = 0; i < 50; i++) analyze(`Statement number ${i} about the harbour.`);
  t.ok(analysisCacheSize() <= Math.max(before + 50, 20_000));
  t.ok(analysisCacheSize() <= 20_000);
});
