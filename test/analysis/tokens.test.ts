import t from 'tap';
import { tokenize, contentStems } from '../../src/analysis/text/tokens.js';
import { dice } from '../../src/analysis/text/dice.js';

t.test('tokens keep offsets into the text', async (t) => {
  const text = 'Russia doesn’t want a 30-day ceasefire.';
  for (const tok of tokenize(text)) t.equal(text.slice(tok.start, tok.end), tok.raw);
  t.same(tokenize(text).map((x) => x.raw), ['Russia', 'doesn’t', 'want', 'a', '30-day', 'ceasefire']);
});

t.test('content stems drop stopwords and share stems across inflections', async (t) => {
  t.same(contentStems('negotiations'), contentStems('negotiation'));
  t.notOk(contentStems('the and of').length);
});

t.test('dice is 1 for equal strings and lower for different ones', async (t) => {
  t.equal(dice('walk into', 'walk into'), 1);
  t.ok(dice('trap that Putin wants us to fall into', 'trap that Putin wants us to walk into') > 0.7);
});
