// Titles: who an event is between, what happened, where and when.
import t from 'tap';
import { absorb, documentFeatures, eventTitle, mergeSummaries, summarize, withoutDocument, type EventDocument } from '../../../src/analysis/events/index.js';
import { findNames } from '../../../src/analysis/events/names.js';

/** Features with the cast findNames reads, as features.ts carries them once it passes FoundNames.cast on. */
function withCast(doc: EventDocument) {
  return { ...documentFeatures(doc), cast: findNames(doc.title ? `${doc.title}\n${doc.text}` : doc.text).cast };
}

const commentary: EventDocument = {
  title: 'EU diplomat warns over the Alaska summit',
  text:
    "The EU's foreign policy chief Kaja Kallas said on Sunday that Vladimir Putin got what he wanted. " +
    "Despite Trump's meeting with Putin in Alaska, Kallas warned that Russia was not interested in peace. " +
    'Donald Trump met with Russian leader Vladimir Putin in Alaska last week in an attempt to end the fighting. ' +
    'Kallas said the summit played into the hands of the Kremlin. "He got such a welcome," Kallas said. ' +
    'Kallas added that sanctions must stay, and Kallas called on allies to stand firm.',
  publishedAt: null,
};

t.test('cast: names standing with an event noun, the side it is of counting more', async (t) => {
  const cast = (text: string) => findNames(text).cast;
  t.same(cast("The president said that Trump's summit with Putin would take place as planned in the coming week."), { trump: 1.5, putin: 1 });
  t.same(cast('Officials confirmed that the talks between Merkel and Macron had gone on for most of the day in the end.'), { merkel: 1.5, macron: 1 });
  t.same(cast('Officials said on Monday that Donald Trump met with Russian leader Vladimir Putin for three hours.'), { trump: 1.5, putin: 1 });
  t.same(cast('Reporters were told that the Trump-Putin summit would go ahead, whatever the critics said of it.'), { trump: 1.5, putin: 1 });
  t.same(cast("Analysts said that Putin's war had cost the country dearly, and that Kallas warned of worse to come."), {}, 'a background noun and a speaker are no cast');
});

t.test('the title names who the event is between, not the commentator named most', async (t) => {
  const plain = eventTitle(summarize({ ...documentFeatures(commentary), cast: {} }));
  t.match(plain, /^Kallas–Putin/, 'without the cast, the most named win');
  t.equal(eventTitle(summarize(withCast(commentary))), 'Trump–Putin summit in Alaska');
});

t.test('people the texts put with the noun come before the countries they act for', async (t) => {
  const doc: EventDocument = {
    text:
      'Donald Trump spoke about his excellent phone call with Vladimir Putin on Monday night. The US-Russia phone call lasted two hours. ' +
      'Russia said the call was frank, and Russia promised a memorandum. Putin said the call was useful; Trump said the call went well.',
    actors: ['Donald Trump', 'Vladimir Putin', 'Russia'],
  };
  t.equal(eventTitle(summarize(withCast(doc))), 'Trump–Putin phone call');
});

t.test('a place joins the title only when one stands out', async (t) => {
  const quake = (where: string) => ({
    text: `A magnitude 6 earthquake struck ${where} on Friday, officials said. The quake damaged roads and cut power to thousands of homes, the mayor Ann Lee said.`,
  });
  t.match(eventTitle(summarize(documentFeatures(quake('near Anchorage')))), /earthquake in Anchorage$/);
  t.notMatch(eventTitle(summarize(documentFeatures(quake('Alaska and Hawaii')))), / in /, 'two places alike: none named');
  const later = {
    text:
      'A magnitude 6 earthquake struck on Friday, officials said, and the quake damaged roads and cut power to thousands of homes across the region. ' +
      'Rescue teams worked through the night while the mayor Ann Lee asked residents to stay indoors and to keep off the roads until the morning. ' +
      'Schools were closed and the army sent trucks with water, said a seismologist at the university in Anchorage.',
  };
  t.notMatch(eventTitle(summarize(documentFeatures(later))), / in /, 'a place only the later lines name is no venue');
});

t.test('summaries carry the cast through absorb, merge and removal; without one they stay as before', async (t) => {
  const a = withCast(commentary);
  const b = withCast({ text: 'Officials said on Monday that Donald Trump met with Russian leader Vladimir Putin for three hours.' });
  const both = absorb(summarize(a), b);
  t.equal(both.cast?.['trump'], (a.cast['trump'] ?? 0) + (b.cast['trump'] ?? 0));
  t.same(mergeSummaries(summarize(a), summarize(b)).cast, both.cast);
  t.same(withoutDocument(both, b).cast, summarize(a).cast);
  t.notOk(withoutDocument(summarize(b), b).cast, 'nothing left: no cast field');
  t.notOk('cast' in summarize({ ...documentFeatures(commentary), cast: {} }), 'features with no cast make summaries without one');
});
