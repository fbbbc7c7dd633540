// The seed divergences D1–D5 must be flagged with their kinds; C1 and C2 must not.
// Statements are the quotes as they appear in ../shared/seeds/*.txt, with the speakers,
// affiliations, kind/about and events of expected.json.
import t from 'tap';
import { scorePair, FLAG_THRESHOLD } from '../../../src/analysis/score/index.js';
import type { ScoringStatement, PairScore, StatementKind } from '../../../src/analysis/types.js';

const AFFILIATION: Record<string, string[]> = {
  'Kaja Kallas': ['European Union', 'Estonia'],
  'Donald Trump': ['United States', 'White House'],
  'Vladimir Putin': ['Russia', 'Kremlin', 'Moscow'],
  'Volodymyr Zelensky': ['Ukraine', 'Kyiv'],
};
const EVENT: Record<string, string> = { '000': 'alaska', '001': 'alaska', '002': 'february', '003': 'call', '004': 'call' };

interface Seeded extends ScoringStatement {
  seed: string;
}

function st(seed: string, speaker: string, text: string, kind: StatementKind | null, about: string[] = []): Seeded {
  return { seed, text, speaker, speakerAffiliation: AFFILIATION[speaker] ?? [], kind, about, documentId: seed };
}

const trumpCall = st(
  '003',
  'Donald Trump',
  'The tone and spirit of the conversation were excellent … Russia and Ukraine will immediately start negotiations toward a Ceasefire and, more importantly, an END to the War.',
  'claimed',
  ['Russia', 'Ukraine'],
);
const trumpTone = { ...trumpCall, kind: 'stated' as const, about: [] };
const trumpImmediately = st('004', 'Donald Trump', 'Russian President Vladimir Putin would “immediately” start negotiating a ceasefire with Ukraine', 'claimed', ['Vladimir Putin']);
const putinMemo = st(
  '004',
  'Vladimir Putin',
  'We agreed with the U.S. president that Russia will propose and is ready to work with the Ukrainian side on a memorandum concerning a possible future peace treaty. This would outline several provisions, including a framework for resolution, the timeline for potentially concluding a peace agreement, and other relevant details, such as the possibility of a temporary ceasefire if corresponding agreements are reached.',
  'stated',
);
const putinSettlement = st(
  '004',
  'Vladimir Putin',
  'The U.S. president expressed his position regarding a cessation of hostilities and a ceasefire, and also acknowledged that Russia likewise favors a peaceful settlement of the Ukrainian crisis. We simply need to identify the most effective paths toward peace,',
  null,
);
const kallasNoPeace = st('000', 'Kaja Kallas', "It's clear that Russia does not want peace,", 'claimed', ['Russia']);
const kallasAdvantage = st('002', 'Kaja Kallas', 'But right now, Russia seeks to gain an advantage rather than pursue peace.', 'claimed', ['Russia']);
const putinWithdraw = st('003', 'Vladimir Putin', 'He also called for Ukraine to withdraw its troops from its five occupied territories.', 'stated');
const zelenskyNoOne = st('003', 'Volodymyr Zelensky', 'No one will withdraw our troops from our territories', 'stated');
const putinFrank = st('003', 'Vladimir Putin', 'His Russian counterpart described their two-hour chat as “very meaningful and frank”, and promised to work with Kyiv on drafting a memorandum for future peace talks.', 'stated');
const kallasFall = st('000', 'Kaja Kallas', 'trap that Putin wants us to fall into', null);
const kallasWalk = st('001', 'Kaja Kallas', 'trap that Putin wants us to walk into.', null);
const kallasFallSentence = st('000', 'Kaja Kallas', 'She warned that it is a "trap that Putin wants us to fall into" to focus negotiations on Ukraine giving up parts of its territory and refraining from joining NATO.', null);
const kallasWalkSentence = st('001', 'Kaja Kallas', 'Kallas told the BBC that allowing Russia to retain control over Ukrainian territories, particularly the contested Donbas region, is a “trap that Putin wants us to walk into.”', null);
const kallasArmy = st('001', 'Kaja Kallas', 'The strongest security guarantee is a strong Ukrainian army,', 'stated');
const trumpJobs = st('004', 'Donald Trump', 'There is a tremendous opportunity for Russia to create massive amounts of jobs and wealth. Its potential is UNLIMITED,', null);

function score(a: Seeded, b: Seeded): PairScore {
  return scorePair(a, b, { sameEvent: EVENT[a.seed] === EVENT[b.seed] });
}

/** Cue sides whose text is not what their span points at. */
function badSpans(a: Seeded, b: Seeded, s: PairScore): string[] {
  const bad: string[] = [];
  for (const c of s.cues) {
    if (c.a && a.text.slice(c.a.start, c.a.end) !== c.a.text) bad.push(`${c.type} a`);
    if (c.b && b.text.slice(c.b.start, c.b.end) !== c.b.text) bad.push(`${c.type} b`);
  }
  return bad;
}

const divergences: Array<[string, Seeded, Seeded, string, string[]]> = [
  ['D1', trumpCall, putinMemo, 'stated-vs-claimed', ['modality', 'condition']],
  ['D1 (004 wording)', trumpImmediately, putinMemo, 'stated-vs-claimed', ['modality', 'condition']],
  ['D2', putinSettlement, kallasNoPeace, 'stated-vs-claimed', ['negation']],
  ['D3', putinWithdraw, zelenskyNoOne, 'contradiction', ['negation']],
  ['D4', trumpTone, putinFrank, 'divergent-accounts', ['tone']],
  ['D5', kallasFall, kallasWalk, 'quote-variant', ['wording']],
  ['D5 (whole sentences)', kallasFallSentence, kallasWalkSentence, 'quote-variant', ['wording']],
];

const c1 = score(kallasNoPeace, kallasAdvantage);
const c2 = score(kallasArmy, trumpJobs);

for (const [id, a, b, kind, cueTypes] of divergences) {
  t.test(id, async (t) => {
    for (const [x, y] of [[a, b], [b, a]] as const) {
      const s = score(x, y);
      t.ok(s.score >= FLAG_THRESHOLD, `score ${s.score} ≥ threshold ${FLAG_THRESHOLD}`);
      t.ok(s.flag, 'flagged');
      t.equal(s.kind, kind, 'kind');
      const types = new Set(s.cues.map((c) => c.type));
      for (const c of cueTypes) t.ok(types.has(c as never), `has a ${c} cue (${[...types].join(', ')})`);
      t.same(badSpans(x, y, s), [], 'cue spans index their own texts');
      t.ok(s.cues.length > 0, 'a flag carries cues');
      t.ok(s.relatedness >= 0 && s.relatedness <= 1);
      if (id.startsWith('D1') || id.startsWith('D2') || id === 'D3') {
        t.ok(s.score > c1.score, `above C1 (${c1.score})`);
        t.ok(s.score > c2.score, `above C2 (${c2.score})`);
      }
    }
  });
}

t.test('C1: the same speaker saying the same thing twice is not flagged', async (t) => {
  t.notOk(c1.flag, `score ${c1.score}`);
  t.equal(c1.kind, null);
});

t.test('C2: unrelated subjects are not flagged', async (t) => {
  t.notOk(c2.flag, `score ${c2.score}`);
  t.equal(c2.kind, null);
  t.ok(c2.relatedness < 0.3, `relatedness ${c2.relatedness}`);
});
