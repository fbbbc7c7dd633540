// POST /statements: statements a client already has are stored, grouped and scored like an article's.
import t from 'tap';
import { build, ingestSeedsDirect } from '../helper.js';
import { isProblem } from './problems.js';

interface Posted {
  created: boolean;
  document: { id: string; text: string; eventId: string | null; statementCount: number };
  statements: { id: string; speaker: string; speakerId: string | null; text: string; start: number; end: number; mode: string; kind: string; about: string[]; cue: string | null }[];
  divergences: { kind: string; score: number; a: { id: string }; b: { id: string } }[];
}

const CALL = {
  title: 'Readouts of the call',
  publishedAt: '2025-05-19',
  statements: [
    { speaker: 'Donald Trump', text: 'Russia and Ukraine will immediately start negotiations toward a ceasefire and an end to the war.', about: ['Vladimir Putin'] },
    {
      speaker: 'Vladimir Putin',
      affiliation: ['Russia'],
      mode: 'indirect',
      cue: 'told reporters',
      text: 'Russia is ready to work with Ukraine on a memorandum about a possible future peace agreement, including a possible temporary ceasefire if corresponding agreements are reached.',
    },
  ],
};

t.test('posted statements keep their speakers and spans, and are scored against each other', async (t) => {
  const { app, store } = await build(t);
  const res = await app.inject({ method: 'POST', url: '/statements', payload: CALL });
  t.equal(res.statusCode, 201);
  const body = res.json<Posted>();
  t.equal(res.headers.location, `/documents/${body.document.id}`);
  t.equal(body.statements.length, 2);
  t.equal(body.document.statementCount, 2);
  t.ok(body.document.eventId, 'grouped into an event');
  for (const [i, s] of body.statements.entries()) {
    t.equal(body.document.text.slice(s.start, s.end), s.text, 'the span indexes the stored document');
    t.equal(s.speaker, CALL.statements[i]?.speaker);
    t.ok(s.speakerId, 'the speaker became an actor');
  }
  const [trump, putin] = body.statements;
  t.equal(trump?.kind, 'claimed', 'about someone: claimed by default');
  t.same(trump?.about, ['Vladimir Putin']);
  t.equal(trump?.mode, 'direct');
  t.equal(putin?.kind, 'stated');
  t.equal(putin?.mode, 'indirect');
  t.equal(putin?.cue, 'told reporters');
  const actor = await store.actor(Number(putin?.speakerId?.replace(/^act_/, '')));
  t.same(actor?.affiliation, ['Russia'], 'the affiliation given is kept');
  t.equal(body.divergences.length, 1, 'the claim and the account it is about diverge');
  t.same([body.divergences[0]?.a.id, body.divergences[0]?.b.id].sort(), [trump?.id, putin?.id].sort());
});

t.test('posted statements meet the actors and statements already stored', async (t) => {
  const { app, store } = await build(t);
  await ingestSeedsDirect(store);
  const known = (await store.actorsByNames(['Kaja Kallas']))[0];
  t.ok(known, 'the seeds know Kallas');
  const res = await app.inject({
    method: 'POST',
    url: '/statements',
    payload: { statements: [{ speaker: 'Kaja Kallas', text: 'Russia wants peace and is ready to stop the war in Ukraine.' }] },
  });
  t.equal(res.statusCode, 201);
  const s = res.json<Posted>().statements[0];
  t.equal(s?.speakerId, `act_${known?.id}`, 'the same actor as in the articles');
});

t.test('posting the same statements again creates nothing', async (t) => {
  const { app, store } = await build(t);
  const first = await app.inject({ method: 'POST', url: '/statements', payload: CALL });
  const before = await store.counts();
  const again = await app.inject({ method: 'POST', url: '/statements', payload: CALL });
  t.equal(again.statusCode, 200);
  t.equal(again.json<Posted>().created, false);
  t.equal(again.json<Posted>().document.id, first.json<Posted>().document.id);
  t.same(await store.counts(), before);
});

t.test('bad statements get problem+json and store nothing', async (t) => {
  const { app, store } = await build(t);
  await app.inject({ method: 'POST', url: '/statements', payload: CALL });
  const before = await store.counts();
  isProblem(t, await app.inject({ method: 'POST', url: '/statements', payload: { statements: [] } }), 400, 'VALIDATION_FAILED');
  const noSpeaker = await app.inject({ method: 'POST', url: '/statements', payload: { statements: [{ text: 'We will win.' }] } });
  isProblem(t, noSpeaker, 400, 'VALIDATION_FAILED');
  t.match(noSpeaker.json<{ errors: { path: string }[] }>().errors[0]?.path, /statements.*speaker/, 'the failing field is named');
  isProblem(t, await app.inject({ method: 'POST', url: '/statements', payload: { statements: [{ speaker: 'X', text: '  ' }] } }), 400, 'VALIDATION_FAILED');
  isProblem(t, await app.inject({ method: 'POST', url: '/statements', payload: { statements: [{ speaker: 'X', text: 'y', mode: 'shouted' }] } }), 400, 'VALIDATION_FAILED');
  isProblem(t, await app.inject({ method: 'POST', url: '/statements', payload: { statements: Array.from({ length: 201 }, () => ({ speaker: 'X', text: 'y' })) } }), 400, 'VALIDATION_FAILED');
  isProblem(t, await app.inject({ method: 'POST', url: '/statements', payload: { statements: [{ speaker: 'X', text: 'y' }], publishedAt: 'soon' } }), 400, 'VALIDATION_FAILED');
  t.same(await store.counts(), before, 'nothing was stored');
});

t.test('a posted denial is scored as a denial: the reporting verb turns reported speech around', async (t) => {
  // each in a store of its own, so the second meets nothing of the first
  const post = async (cue: string) =>
    (await build(t)).app.inject({
      method: 'POST',
      url: '/statements',
      payload: {
        title: `Payments inquiry (${cue})`,
        statements: [
          { speaker: 'Audit Office', text: 'The minister took money from the construction firm in March.' },
          { speaker: 'The minister', mode: 'indirect', cue, text: 'he had taken money from the construction firm in March' },
        ],
      },
    });
  type Flagged = { divergences: { flagged: boolean }[] };
  const denied = (await post('denied')).json<Flagged>();
  t.equal(denied.divergences.filter((d) => d.flagged).length, 1, 'denied: the two accounts diverge');
  const admitted = (await post('admitted')).json<Flagged>();
  t.equal(admitted.divergences.filter((d) => d.flagged).length, 0, 'admitted: they agree');
});
