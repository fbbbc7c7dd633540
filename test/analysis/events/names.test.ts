import t from 'tap';
import { absorb, documentFeatures, summarize } from '../../../src/analysis/events/index.js';
import { eventParticipants } from '../../../src/analysis/events/title.js';
import { findNames, isParticipantName, nameKey } from '../../../src/analysis/events/names.js';

t.test('demonyms, compass points, continents, regions and happenings are no participants', async (t) => {
  for (const n of ['European', 'Western', 'West', 'Asian', 'Ethiopians', 'Europe', 'Alaska', 'World War II', 'Academy Awards', 'DVDs', 'UNLIMITED'])
    t.notOk(isParticipantName(n), n);
  for (const n of ['Kaja Kallas', 'Russia', 'Moscow', 'European Union', 'European Commission', 'NATO', 'Kremlin', 'Jordan', 'Roman Abramovich'])
    t.ok(isParticipantName(n), n);
});

t.test('transliterations of one surname share a key', async (t) => {
  const keys = ['Zelenskyy', 'Volodymyr Zelenskyy', 'Volodymyr Zelensky', 'Volodymyr Zelenskiy', 'Zelenski'].map(nameKey);
  t.same(new Set(keys).size, 1, JSON.stringify(keys));
  t.equal(nameKey('Paul Kagamé'), nameKey('Paul Kagame'));
  t.not(nameKey('Donald Trump'), nameKey('Ivanka Trumpy'), 'only transliteration endings fold');
});

t.test('adjective compounds, roles and section numbers are cut from names', async (t) => {
  const names = findNames(
    'Shares in the telecoms group Hong Kong-based Hutchison Whampoa rose sharply on the news, while the state-owned oil firm State-owned Rosneft said it would bid. ' +
      'Speaking to reporters, the EU High Representative for Foreign Affairs Kaja Kallas spoke of the alliance and its Article 5 and of the Russia-Ukraine talks that were planned for next week.',
  ).participants.map((p) => p.name);
  t.ok(names.includes('Hutchison Whampoa'), JSON.stringify(names));
  t.ok(names.includes('Rosneft'), JSON.stringify(names));
  t.notOk(names.some((n) => /based|owned|Representative|Article|Russia-Ukraine/.test(n)), JSON.stringify(names));
});

t.test('an event lists no demonym or place its extraction actors bring, one participant per person, by the fullest name', async (t) => {
  const a = documentFeatures({
    text: 'Trump said that the allies would meet again in the coming weeks and that the peace plan was on track. Zelenskyy agreed with him on the plan.',
    actors: ['Trump', 'Alaska', 'Western', 'Zelenskyy'],
  });
  const b = documentFeatures({
    text: 'The meeting between President Donald Trump and Volodymyr Zelensky went ahead on Friday as planned. Zelensky said that many European leaders agreed with the plan.',
  });
  const s = absorb(summarize(a), b);
  const names = eventParticipants(s);
  t.notOk(names.some((n) => ['Alaska', 'Western', 'European'].includes(n)), JSON.stringify(names));
  t.equal(names.filter((n) => /Trump/.test(n)).length, 1, JSON.stringify(names));
  t.ok(names.includes('Donald Trump'), 'the fuller name, though the first document had only the surname');
  const zelensky = Object.values(s.participants).filter((p) => /Zelensk/.test(p.name));
  t.equal(zelensky.length, 1, JSON.stringify(names));
  t.equal(zelensky[0]!.docs, 2);
});

t.test('two full names glued by a caption are two people', async (t) => {
  const found = findNames(
    'Donald Trump and Vladimir PutinDonald Trump bragged about his excellent phone call with Vladimir Putin last night despite securing zero guarantees from the other side about imposing a ceasefire. ' +
      'His counterpart described their two-hour chat as very meaningful and frank, and promised to work on drafting a memorandum for future peace talks, but he refused to back the suggestion of a truce.',
  ).participants;
  const forms = found.flatMap((p) => Object.keys(p.forms));
  t.notOk(forms.some((n) => n.split(' ').length > 2), JSON.stringify(forms));
  t.equal(found.find((p) => p.key === 'putin')?.count, 2, 'both Putins counted');
});

t.test("a headline's last words and the next line's first name are not two glued names", async (t) => {
  const found = findNames(
    "EU Chief: Putin Mocks Trump's Peace Efforts\nVladimir Putin is reportedly mocking the peace efforts of the American president, according to the chief diplomat of the union, as reported by the press on Monday.",
  ).participants.map((p) => p.name);
  t.notOk(found.some((n) => /Peace|Efforts/.test(n)), JSON.stringify(found));
});
