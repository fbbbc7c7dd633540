import t from 'tap';
import { build } from '../helper.js';

// Odd but valid articles must be stored, never answered with a 500; spans must still index the text.

function lcg(seed: number): () => number {
  let x = seed;
  return () => {
    x = (x * 1_103_515_245 + 12_345) % 2 ** 31;
    return x / 2 ** 31;
  };
}

const PIECES = [
  '"', '“', '”', '‘', '’', "'", '—', ' - ', ':', ';', '.', ',', '\n', '\n\n', '(Getty Images)', ' said ', ' told ', ' according to ',
  'He', 'She', 'They', 'the minister', 'Ann Lee', 'President Obi', 'Kyiv', 'not', 'never', '30-day', '11', 'if', 'will', '🙂', 'é', '\u200b', '\t',
  'Putin', 'a senior official', 'warned that', '**', '[', ']', '…',
];

t.test('random article-like texts are ingested without server errors', async (t) => {
  const { app } = await build(t);
  const rand = lcg(42);
  for (let i = 0; i < 40; i++) {
    const n = 5 + Math.floor(rand() * 120);
    let text = '';
    for (let j = 0; j < n; j++) text += PIECES[Math.floor(rand() * PIECES.length)] + (rand() < 0.5 ? ' ' : '');
    if (text.trim() === '') text = 'x';
    const res = await app.inject({ method: 'POST', url: '/documents', payload: { text } });
    t.ok(res.statusCode === 201 || res.statusCode === 200, `text ${i} answered ${res.statusCode}`);
    if (res.statusCode >= 300) {
      t.comment(JSON.stringify(text));
      continue;
    }
    const body = res.json<{ document: { text: string }; statements: { text: string; start: number; end: number }[] }>();
    for (const s of body.statements) t.equal(body.document.text.slice(s.start, s.end), s.text);
  }
  const compare = await app.inject({ method: 'POST', url: '/compare', payload: { a: '“”‘’—…🙂', b: '\u200b\t.' } });
  t.equal(compare.statusCode, 200);
});
