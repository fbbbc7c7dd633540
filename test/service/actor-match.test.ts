// Which stored actor a newly discovered one joins across articles: a full name, or a one-word name
// only when its own document names that actor in full; otherwise a new actor rather than a wrong merge.
import t from 'tap';
import type { DiscoveredActor } from '../../src/analysis/types.js';
import { ingestDocument } from '../../src/service/ingest.js';
import { canonicalName, matchActor, type KnownActor } from '../../src/service/actor-match.js';
import { memoryStore } from '../../src/store/store.js';

const person = (name: string, aliases: string[] = []): DiscoveredActor => ({ name, aliases, affiliation: [], type: 'person' });
const body = (name: string, aliases: string[] = []): DiscoveredActor => ({ name, aliases, affiliation: [], type: 'organization' });
let nextId = 1;
const known = (name: string, type = 'person', aliases: string[] = []): KnownActor => ({ id: nextId++, name, type, aliases });

const tomas = known('Tomas Varga', 'person', ['Mr Varga', 'Varga']);
const petra = known('Petra Varga', 'person', ['Mrs Varga', 'Varga']);
const vote = known('Vote Orlik', 'person', ['Mr Orlik', 'Orlik']);
const orlik = known('Orlik', 'person', ['Mr Orlik']);

t.test('a bare surname joins a full name only when its own document names that person', async (t) => {
  t.equal(matchActor(person('Varga', ['Mr Varga']), [tomas], 'Mr Varga said the vote would be close.'), null, 'not named in full: a new actor');
  t.equal(matchActor(person('Varga', ['Mr Varga']), [tomas], 'Tomas Varga spoke first. Mr Varga said it was close.'), tomas, 'named in full: the same person');
  t.equal(matchActor(person('Varga'), [tomas], 'tomas varga, in lower case, is no name'), null, 'a name is matched as written');
  t.equal(matchActor(person('Varga'), [tomas], 'Tomas Vargas said so.'), null, 'whole words only');
});

t.test('a stored full name whose document never spoke of this person is no match: "Vote Orlik"', async (t) => {
  t.equal(matchActor(person('Orlik', ['Mr Orlik']), [vote], 'Mr Orlik said the economy was strong.'), null);
  t.equal(matchActor(person('Orlik', ['Mr Orlik']), [vote, orlik], 'Mr Orlik said the economy was strong.'), orlik, 'the bare namesake stored as such');
  const jan = known('Jan Orlik');
  t.equal(matchActor(person('Orlik'), [vote, orlik, jan], 'Jan Orlik said so. Orlik added more.'), jan, 'the full name the document gives comes before the bare namesake');
});

t.test('several stored people of the surname: the one the document names, or none', async (t) => {
  const both = 'Tomas Varga and Petra Varga disagreed.';
  t.equal(matchActor(person('Varga'), [tomas, petra], 'Varga said it was over.'), null, 'two namesakes: no guess');
  t.equal(matchActor(person('Varga'), [tomas, petra], both), null, 'both named: still no guess');
  t.equal(matchActor(person('Varga'), [tomas, petra], 'Petra Varga was there. Varga said it was over.'), petra);
});

t.test('a full name never widens a stored bare surname, and given names must agree', async (t) => {
  t.equal(matchActor(person('Jan Orlik', ['Orlik']), [orlik], 'Jan Orlik said so.'), null, 'bare "Orlik" is not proven to be Jan');
  t.equal(matchActor(person('Karel Varga'), [tomas], 'Karel Varga said so.'), null, 'another given name');
  t.equal(matchActor(person('T Varga'), [tomas, orlik], 'T Varga said so.'), tomas, 'an initial agrees');
  t.equal(matchActor(person('Tomas Vargaa'), [tomas], ''), null, 'short surnames are not spelling variants');
  const zelinsky = known('Bohdan Zelinskyy');
  t.equal(matchActor(person('Bohdan Zelinsky'), [zelinsky], ''), zelinsky, 'long surnames one letter apart are');
  t.equal(canonicalName('Tomas Varga', 'Tomas J Varga'), 'Tomas J Varga');
  t.equal(canonicalName('Orlik', 'Vote Orlik'), 'Orlik', 'a bare name is never widened');
});

t.test('a one-word common noun or body name joins a longer name only when the document names it', async (t) => {
  const rovers = known('Dunmore Rovers', 'organization', ['Rovers']);
  const assoc = known('Small Lenders Association', 'organization', ['Association']);
  t.equal(matchActor(body('Rovers'), [rovers], 'Rovers said the fee was fair.'), null);
  t.equal(matchActor(body('Rovers'), [rovers], 'Dunmore Rovers play on Sunday. Rovers said the fee was fair.'), rovers);
  t.equal(matchActor(body('Association'), [assoc], 'The Association said rates would rise.'), null);
  t.equal(matchActor(person('Association'), [assoc], 'Small Lenders Association figures. The Association said so.'), null, 'a body is no person');
  const police = known('Eastdale Police', 'organization', ['Police']);
  t.equal(matchActor(body('Westford Police', ['Police']), [police], 'Westford Police said so. Eastdale Police did not.'), null, 'a shared "Police" is not one force');
  t.equal(matchActor(body('Eastdale Police', ['Police']), [police], ''), police, 'the same full name is');
  const bank = known('Grand Bank', 'organization', ['Grand Bank plc']);
  t.equal(matchActor(body('The Grand Bank', ['Grand Bank']), [bank], ''), bank, 'a shared multi-word name is one body');
});

t.test('through ingest: a bare surname in another article is its own actor unless that article names the person', async (t) => {
  const store = await memoryStore();
  t.teardown(() => store.close());
  const speakers = async (text: string): Promise<(string | null)[]> => {
    const r = await ingestDocument(store, { text });
    return [...(await store.statementsByIds(r.statementIds)).values()].map((s) => s.speaker);
  };
  t.same(
    await speakers('"We will cut the tax on bread," finance minister Tomas Varga said on Monday. Later Varga said the cut would cost little.'),
    ['Tomas Varga', 'Tomas Varga'],
    'stored with his bare surname as an alias',
  );
  t.same(await speakers('"The harbour will stay closed all winter," Varga told reporters in the port.'), ['Varga'], 'not named in full: not Tomas');
  t.same(
    await speakers('Tomas Varga spoke at the port. "The harbour will open in spring," Varga told reporters on the quay.'),
    ['Tomas Varga'],
    'named in full: Tomas',
  );
  t.same(await speakers('"Nothing has been decided about the airport," Varga said on Friday evening.'), ['Varga'], 'the bare namesake again');
  const actors = (await store.actors(undefined, { limit: 50 })).items.map((a) => `${a.name} ${a.statementCount}`);
  t.ok(actors.includes('Tomas Varga 3') && actors.includes('Varga 2'), actors.join(', '));
});
