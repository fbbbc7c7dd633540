import t from 'tap';
import {
  absorb,
  documentFeatures,
  eventKeys,
  eventKeywords,
  eventSpan,
  eventTitle,
  mergeSummaries,
  summarize,
  withoutDocument,
} from '../../../src/analysis/events/index.js';
import { MAX_SUMMARY_TERMS } from '../../../src/analysis/events/summary.js';

const quake1 = {
  text: 'A magnitude 7.1 earthquake struck near Anchorage, Alaska, on Friday, officials said. The quake damaged roads in Anchorage and cut power to thousands of homes.',
  publishedAt: '2018-11-30',
};
const quake2 = {
  text: 'Residents of Anchorage cleared debris on Saturday after Friday\'s earthquake buckled highways. Governor Bill Walker said the quake caused no deaths in Alaska.',
  publishedAt: '2018-12-01',
};
const summit = {
  text: 'Chancellor Angela Merkel and President Emmanuel Macron met in Paris on Tuesday for a summit on the eurozone budget. Merkel said the summit was constructive.',
  publishedAt: '2018-06-19',
};

t.test('features find participants, places, event nouns and the date span', async (t) => {
  const f = documentFeatures(quake1);
  t.ok(f.places['Anchorage'] && f.places['Alaska'], 'fine places kept');
  t.ok(f.nouns['earthquake'], 'event noun');
  t.same([f.from, f.to], ['2018-11-30', '2018-11-30']);
  const s = documentFeatures(summit);
  t.equal(s.names['merkel'], 'Angela Merkel');
  t.equal(s.names['macron'], 'Emmanuel Macron');
  t.notOk(s.names['chancellor'], 'role words are not names');
  t.same([s.from, s.to], ['2018-06-19', '2018-06-19'], '"on Tuesday" is the publication day here');
  const withActors = documentFeatures({ text: 'The minister spoke.', actors: ['Kaja Kallas'] });
  t.ok(withActors.participants['kallas'], 'extraction actors become participants');
});

t.test('features are plain JSON', async (t) => {
  const f = documentFeatures(quake1);
  t.same(JSON.parse(JSON.stringify(f)), f);
  const s = summarize(f);
  t.same(JSON.parse(JSON.stringify(s)), s);
});

t.test('absorb and merge count documents, participants and widen the span', async (t) => {
  const q1 = summarize(documentFeatures(quake1));
  const q2 = summarize(documentFeatures(quake2));
  const both = absorb(q1, documentFeatures(quake2));
  t.equal(both.documents, 2);
  t.same(eventSpan(both), { from: '2018-11-30', to: '2018-12-01' });
  const merged = mergeSummaries(q1, q2);
  t.equal(merged.documents, 2);
  t.same(eventSpan(merged), eventSpan(both));
  t.same(merged.terms, both.terms, 'merging two one-document events equals absorbing the second');
  t.same(mergeSummaries(q2, q1).terms, merged.terms, 'merge is symmetric');
  const ms = mergeSummaries(summarize(documentFeatures(summit)), summarize(documentFeatures(summit)));
  t.equal(ms.participants['merkel']?.docs, 2);
  t.equal(mergeSummaries(ms, q1).documents, 3);
});

t.test('summaries stay bounded however many documents they absorb', async (t) => {
  let s = summarize(documentFeatures(quake1));
  for (let i = 0; i < 30; i++) {
    const words = Array.from({ length: 40 }, (_, k) => `word${i}x${k}`).join(' ');
    s = absorb(s, documentFeatures({ text: `Anchorage earthquake ${words}` }));
  }
  t.ok(Object.keys(s.terms).length <= MAX_SUMMARY_TERMS);
  t.equal(s.documents, 31);
});

t.test('titles name participants, the event noun and the month', async (t) => {
  const s = summarize(documentFeatures(summit));
  t.equal(eventTitle(s), 'Merkel–Macron summit in Paris, June 2018');
  const q = absorb(summarize(documentFeatures(quake1)), documentFeatures(quake2));
  t.match(eventTitle(q), /earthquake, November–December 2018$/);
  const undated = summarize(documentFeatures({ text: summit.text }));
  t.equal(eventTitle(undated), 'Merkel–Macron summit in Paris');
  t.ok(eventKeywords(s).includes('eurozone'));
  t.notOk(eventKeywords(s).includes('merkel'), 'participants are not repeated as keywords');
});

t.test('blocking keys: cast, places, nouns, terms; bounded; shared by documents of one event', async (t) => {
  const k1 = eventKeys(documentFeatures(quake1));
  const k2 = eventKeys(documentFeatures(quake2));
  const k3 = eventKeys(documentFeatures(summit));
  t.ok(k1.includes('l:anchorage'));
  t.ok(k1.includes('n:earthquake'));
  t.ok(k3.includes('p:merkel'));
  t.ok(k1.length <= 17 && k3.length <= 17);
  t.ok(k1.some((k) => k2.includes(k)), 'one event: shared keys');
  t.notOk(k1.some((k) => k3.includes(k)), 'different happenings: no shared key');
});

t.test('a document taken out of a summary leaves what the others put in', async (t) => {
  const [a, b] = [documentFeatures(quake1), documentFeatures(summit)];
  const both = absorb(summarize(a), b);
  const back = withoutDocument(both, b);
  const alone = summarize(a);
  t.equal(back.documents, 1);
  t.same(Object.keys(back.terms).sort(), Object.keys(alone.terms).sort(), 'the other document\'s terms are gone');
  for (const [k, w] of Object.entries(alone.terms)) t.ok(Math.abs(back.terms[k]! - w) < 1e-9, k);
  t.same(Object.keys(back.participants).sort(), Object.keys(alone.participants).sort());
  t.same(Object.keys(back.surface).sort(), Object.keys(back.terms).sort(), 'a readable word for each term kept');
});
