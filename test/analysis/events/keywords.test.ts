import t from 'tap';
import { documentFeatures, eventKeywords, summarize } from '../../../src/analysis/events/index.js';

const doc = {
  title: "EU's top diplomat warns U.S. will not end sanctions",
  text:
    "The EU's top diplomat said the U.S. will not end sanctions on the regime, and warned us that the sanctions would continue. " +
    'Sanctions on oil exports will not end soon, she said, and the embargo will continue to bite. (Getty Images) ' +
    "The U.S. said the sanctions were working and it will not end them. The EU's sanctions on oil cover two million barrels.",
  publishedAt: '2025-02-28',
};

t.test('keywords drop function words, modals, reporting verbs, light verbs, credits and possessives', async (t) => {
  const kw = eventKeywords(summarize(documentFeatures(doc)));
  for (const junk of ['not', 'us', 'u.s', 'will', 'would', 'end', 'continue', 'getty', 'images', "eu's", 'said', 'warned', 'two', 'million'])
    t.notOk(kw.includes(junk), `no "${junk}" in ${JSON.stringify(kw)}`);
  t.ok(kw.includes('sanctions'), 'the content word stays');
  t.ok(kw.includes('oil'), 'a second content word stays');
});

t.test('a possessive keyword is its noun, listed once', async (t) => {
  const kw = eventKeywords(
    summarize(documentFeatures({ text: "The rupee rose. India's rupee hit a high as the rupee's rally went on and traders bought the rupee's forwards." })),
  );
  t.ok(kw.includes('rupee'), JSON.stringify(kw));
  t.notOk(kw.some((w) => /['’]s$/.test(w)), JSON.stringify(kw));
  t.equal(kw.filter((w) => w === 'rupee').length, 1);
});
