import t from 'tap';
import { build } from '../helper.js';
import { isProblem } from './problems.js';

const ARTICLE = {
  text: 'The minister said on Monday that the new bridge would open in March. "We are on schedule," Maria Lopez, the transport minister, told reporters. Critics said the budget had doubled.',
  title: 'Bridge to open in March',
  outlet: 'Example Times',
  url: 'https://example.org/bridge',
  publishedAt: '2025-03-03',
};

t.test('POST /documents stores an article and returns its statements', async (t) => {
  const { app } = await build(t);
  const res = await app.inject({ method: 'POST', url: '/documents', payload: ARTICLE });
  t.equal(res.statusCode, 201);
  const body = res.json<{ created: boolean; document: { id: string; outlet: string; eventId: string | null; statementCount: number }; statements: { text: string; start: number; end: number; documentId: string }[] }>();
  t.equal(body.created, true);
  t.equal(res.headers.location, `/documents/${body.document.id}`);
  t.equal(body.document.outlet, 'Example Times');
  t.ok(body.document.eventId, 'the document joined or opened an event');
  t.ok(body.statements.length > 0, 'statements were found');
  t.equal(body.document.statementCount, body.statements.length);
  for (const s of body.statements) {
    t.equal(ARTICLE.text.slice(s.start, s.end), s.text, 'spans index the document text');
    t.equal(s.documentId, body.document.id);
  }
  const again = await app.inject({ method: 'GET', url: `/documents/${body.document.id}` });
  t.equal(again.statusCode, 200);
  t.equal(again.json<{ text: string }>().text, ARTICLE.text);
  t.equal(again.json<{ statements: unknown[] }>().statements.length, body.statements.length);
});

t.test('posting the same text twice creates nothing and answers with the stored document', async (t) => {
  const { app, store } = await build(t);
  const first = await app.inject({ method: 'POST', url: '/documents', payload: ARTICLE });
  const before = await store.counts();
  const second = await app.inject({ method: 'POST', url: '/documents', payload: { ...ARTICLE, title: 'another title' } });
  t.equal(second.statusCode, 200);
  t.equal(second.json<{ created: boolean }>().created, false);
  t.equal(second.json<{ document: { id: string } }>().document.id, first.json<{ document: { id: string } }>().document.id);
  t.same(await store.counts(), before, 'nothing new was stored');
});

t.test('bad input gets problem+json and loses nothing already stored', async (t) => {
  const { app, store } = await build(t, { bodyLimitBytes: 64 * 1024 });
  await app.inject({ method: 'POST', url: '/documents', payload: ARTICLE });
  const before = await store.counts();

  isProblem(t, await app.inject({ method: 'POST', url: '/documents', headers: { 'content-type': 'application/json' }, payload: '{"text": ' }), 400, 'INVALID_JSON');
  isProblem(t, await app.inject({ method: 'POST', url: '/documents', headers: { 'content-type': 'application/json' }, payload: '' }), 400, 'INVALID_JSON');
  const wrongType = await app.inject({ method: 'POST', url: '/documents', payload: { text: 42 } });
  isProblem(t, wrongType, 400, 'VALIDATION_FAILED');
  t.match(wrongType.json<{ errors: { path: string }[] }>().errors[0]?.path, /text/, 'the failing field is named');
  isProblem(t, await app.inject({ method: 'POST', url: '/documents', payload: { text: '   ' } }), 400, 'VALIDATION_FAILED');
  isProblem(t, await app.inject({ method: 'POST', url: '/documents', payload: { text: 'x', publishedAt: 'yesterday' } }), 400, 'VALIDATION_FAILED');
  isProblem(t, await app.inject({ method: 'POST', url: '/documents', payload: { text: 'x', url: 'not a url' } }), 400, 'VALIDATION_FAILED');
  isProblem(t, await app.inject({ method: 'POST', url: '/documents', payload: [ARTICLE] }), 400, 'VALIDATION_FAILED');
  isProblem(t, await app.inject({ method: 'POST', url: '/documents', payload: { text: 'x'.repeat(100 * 1024) } }), 413, 'PAYLOAD_TOO_LARGE');
  isProblem(t, await app.inject({ method: 'POST', url: '/documents', headers: { 'content-type': 'application/xml' }, payload: '<doc/>' }), 415, 'UNSUPPORTED_MEDIA_TYPE');
  isProblem(t, await app.inject({ method: 'GET', url: '/documents/doc_999999' }), 404, 'NOT_FOUND');
  isProblem(t, await app.inject({ method: 'GET', url: '/documents/not-an-id' }), 404, 'NOT_FOUND');
  isProblem(t, await app.inject({ method: 'GET', url: '/documents/evt_1' }), 404, 'NOT_FOUND');
  isProblem(t, await app.inject({ method: 'DELETE', url: '/documents/doc_1' }), 404, 'ROUTE_NOT_FOUND');

  t.same(await store.counts(), before, 'the stored data is intact');
});

t.test('a text over the character limit is refused even under the byte limit', async (t) => {
  const { app } = await build(t, { bodyLimitBytes: 10 * 1024 * 1024 });
  isProblem(t, await app.inject({ method: 'POST', url: '/documents', payload: { text: 'word '.repeat(50_000) } }), 400, 'VALIDATION_FAILED');
});
