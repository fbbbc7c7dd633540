import t from 'tap';
import { extract } from '../../../src/analysis/extract/index.js';
import type { ExtractedStatement } from '../../../src/analysis/types.js';

// Sentences written for these tests in the shape of real news copy.
function one(text: string, contains: string): ExtractedStatement | undefined {
  return extract(text).statements.find((s) => s.text.includes(contains));
}

t.test('quote then speaker then verb', async (t) => {
  const s = one('“We will not back down on the budget,” Maria Lopez said on Tuesday.', 'back down');
  t.equal(s?.speaker, 'Maria Lopez');
  t.equal(s?.mode, 'direct');
  t.equal(s?.cue, 'said');
});

t.test('quote then verb then speaker, with a descriptive phrase before the name', async (t) => {
  const s = one('"The harbour has never been this busy," said dock worker Tom Reilly.', 'harbour');
  t.equal(s?.speaker, 'Tom Reilly');
});

t.test('a new quoted sentence after a finished attribution sentence is a second statement by the same speaker', async (t) => {
  const text = '“The levee held this time,” Mayor Janet Oduya told reporters. “Next spring it may not.”';
  const { statements } = extract(text);
  t.equal(statements.length, 2);
  t.same(statements.map((s) => s.speaker), ['Janet Oduya', 'Janet Oduya']);
  t.ok(statements[0].text.includes('levee') && !statements[0].text.includes('Next spring'));
  t.equal(statements[1].text, '“Next spring it may not.”');
  t.equal(statements[0].cue, 'told');
  for (const s of statements) t.equal(s.text, text.slice(s.start, s.end));
});

t.test('a quote interrupted by its attribution inside one sentence is one statement', async (t) => {
  const text = '“The levee held this time,” Mayor Janet Oduya told reporters, “but next spring it may not. We need money.”';
  const { statements } = extract(text);
  t.equal(statements.length, 1);
  t.equal(statements[0].speaker, 'Janet Oduya');
  t.ok(statements[0].text.includes('levee') && statements[0].text.includes('We need money'));
  t.equal(statements[0].text, text.slice(statements[0].start, statements[0].end));
});

t.test('a quote going on with the same unfinished sentence after its attribution is one statement', async (t) => {
  const text = '“If the levee fails,” Mayor Janet Oduya said. “and it may, the whole east side floods.”';
  const { statements } = extract(text);
  t.equal(statements.length, 1);
  t.ok(statements[0].text.includes('levee') && statements[0].text.includes('east side'));
  t.equal(statements[0].speaker, 'Janet Oduya');
});

t.test('a quote sentence right before an attributed quote sentence is the same speaker’s', async (t) => {
  const text = 'The ruling came late.\n\n“We lost today.” “We will appeal,” lawyer Hugh Patel said.';
  const { statements } = extract(text);
  t.equal(statements.length, 2);
  t.same(statements.map((s) => s.speaker), ['Hugh Patel', 'Hugh Patel']);
  t.equal(statements[0].text, '“We lost today.”');
});

t.test('a split quote within one sentence', async (t) => {
  const { statements } = extract('"This is not over," Hugh Patel said, "and we will appeal the ruling."');
  t.equal(statements.length, 1);
  t.ok(statements[0].text.includes('appeal'));
});

t.test('a quote paragraph with no cue belongs to the previous speaker', async (t) => {
  const text = [
    'Council member Rosa Delgado said the vote would come next month.',
    '',
    '"We have waited long enough for this bridge," Delgado said.',
    '',
    '"Families in the north end deserve a safe crossing."',
  ].join('\n');
  const s = one(text, 'Families in the north end');
  t.equal(s?.speaker, 'Rosa Delgado');
  t.equal(s?.mode, 'direct');
});

t.test('a quote left open at a paragraph end: the next quote paragraph is the same speaker’s next statement', async (t) => {
  const text = ['"The first phase is finished," engineer Paul Murray said. "We start the second in June.', '', '"After that, the road reopens."'].join('\n');
  const { statements } = extract(text);
  const june = statements.find((x) => x.text.includes('June'));
  const road = statements.find((x) => x.text.includes('road reopens'));
  t.ok(june !== undefined && road !== undefined && june !== road, 'two statements');
  t.equal(june?.speaker, 'Paul Murray');
  t.equal(road?.speaker, 'Paul Murray');
});

t.test('nested single quotes stay inside the outer quote', async (t) => {
  const s = one('“He asked me, ‘Are you serious about this?’ and I said yes,” Dana Whitfield recalled.', 'serious');
  t.equal(s?.speaker, 'Dana Whitfield');
  t.ok(s?.text.startsWith('“He asked'));
});

t.test('reported speech with "that"', async (t) => {
  const s = one('Finance Minister Omar Haddad said on Monday that inflation would fall below three per cent by the autumn.', 'inflation');
  t.equal(s?.speaker, 'Omar Haddad');
  t.equal(s?.mode, 'indirect');
  t.equal(s?.text, 'inflation would fall below three per cent by the autumn');
});

t.test('reported speech without "that"', async (t) => {
  const s = one('Police chief Anna Berg said the suspect had fled toward the border.', 'suspect');
  t.equal(s?.speaker, 'Anna Berg');
  t.equal(s?.text, 'the suspect had fled toward the border');
});

t.test('told + object + that', async (t) => {
  const s = one('The airline’s chief executive, Karl Stein, told the BBC that ticket prices would keep rising.', 'ticket prices');
  t.equal(s?.speaker, 'Karl Stein');
  t.equal(s?.cue, 'told');
});

t.test('according to, before and after the content', async (t) => {
  const a = one('According to the health ministry, 42 people were treated for smoke inhalation.', '42 people');
  t.equal(a?.speaker, 'the health ministry');
  t.equal(a?.cue, 'According to');
  const b = one('The factory will close in March, according to a union official.', 'factory');
  t.equal(b?.speaker, 'a union official');
  t.equal(b?.text, 'The factory will close in March');
});

t.test('content first, attribution last', async (t) => {
  const s = one('The talks collapsed after midnight, a senior diplomat said.', 'talks collapsed');
  t.equal(s?.speaker, 'a senior diplomat');
  t.equal(s?.mode, 'indirect');
});

t.test('passive: it was reported by', async (t) => {
  const s = one('It was reported by the Daily Courier that the stadium deal had been signed.', 'stadium');
  t.equal(s?.speaker, 'Daily Courier');
});

t.test('colon-introduced quote', async (t) => {
  const s = one('Writing on social media, Governor Lee Park said: “The evacuation order stays in place.”', 'evacuation');
  t.equal(s?.speaker, 'Lee Park');
  t.equal(s?.mode, 'direct');
  t.equal(s?.text, '“The evacuation order stays in place.”');
});

t.test('participle cue takes the subject of the sentence', async (t) => {
  const s = one('Greta Holm rejected the offer, saying: “No one will sell this land.”', 'sell this land');
  t.equal(s?.speaker, 'Greta Holm');
});

t.test('coordinated cue takes the subject of the sentence', async (t) => {
  const s = one('Ivan Petrov remains open to talks but notes that there is no signal from the other side.', 'no signal');
  t.equal(s?.speaker, 'Ivan Petrov');
});

t.test('appositive between name and verb', async (t) => {
  const s = one('Hugh Hill, a doctor at the city hospital, said the ward was full by noon.', 'ward was full');
  t.equal(s?.speaker, 'Hugh Hill');
});

t.test('relative clause: X, who stated that', async (t) => {
  const s = one('The plan was criticised by Lena Vogt, who stated that the costs had been hidden.', 'costs had been hidden');
  t.equal(s?.speaker, 'Lena Vogt');
});

t.test('organisations as speakers', async (t) => {
  const a = one('The White House said the meeting would go ahead as planned.', 'meeting would');
  t.equal(a?.speaker, 'White House');
  const b = one('"There will be no exchange before the weekend," the Kremlin said.', 'no exchange');
  t.equal(b?.speaker, 'Kremlin');
});

t.test('pronouns resolve to the last fitting named speaker', async (t) => {
  const text = [
    'Prime Minister Sofia Marin met the striking nurses on Friday.',
    'Their leader, Tom Baxter, said the offer was too low.',
    'She later told reporters that a new offer would come within days.',
  ].join(' ');
  const s = one(text, 'new offer');
  t.equal(s?.speaker, 'Sofia Marin', 'she skips the male speaker Tom Baxter');
});

t.test('gender learned from an earlier he/she', async (t) => {
  const text = [
    'Alex Romero, the coach, spoke after the match. He said the team had played its best half of the season.',
    'Striker Jo Finch scored twice. “I felt great out there,” she said.',
    '“We deserved the win,” he said.',
  ].join('\n');
  const s = one(text, 'deserved the win');
  t.equal(s?.speaker, 'Alex Romero');
});

t.test('role phrases resolve through the document’s own appositions', async (t) => {
  const text = [
    'Brazilian President Carla Souza arrived in Lisbon on Sunday.',
    'The Brazilian leader said the trade agreement was close to done.',
  ].join(' ');
  const s = one(text, 'trade agreement');
  t.equal(s?.speaker, 'Carla Souza');
});

t.test('anonymous sources are kept as written', async (t) => {
  const s = one('The minister will resign on Monday, two officials familiar with the matter said.', 'resign');
  t.equal(s?.speaker, 'two officials familiar with the matter');
  const p = one('A person familiar with the talks said the deal was off.', 'deal was off');
  t.equal(p?.speaker, 'A person familiar with the talks');
});

t.test('surname mentions take the longest full name', async (t) => {
  const text = 'Labour leader Keith Arnold visited the plant. “Jobs come first,” Arnold said.';
  const { statements, actors } = extract(text);
  t.equal(statements[0].speaker, 'Keith Arnold');
  const a = actors.find((x) => x.name === 'Keith Arnold');
  t.ok(a?.aliases.includes('Arnold'));
});

t.test('demonyms give affiliation', async (t) => {
  const { actors } = extract('German Chancellor Petra Lang said the border would stay open.');
  t.same(actors.find((a) => a.name === 'Petra Lang')?.affiliation.slice(0, 1), ['Germany']);
});

t.test('stated and claimed', async (t) => {
  const text = [
    'Japanese Foreign Minister Ken Sato said that Japan would send aid within a week.',
    'Sato said China did not want the dispute settled.',
  ].join(' ');
  const { statements } = extract(text);
  const own = statements.find((s) => s.text.includes('send aid'));
  const other = statements.find((s) => s.text.includes('dispute'));
  t.equal(own?.kind, 'stated');
  t.equal(other?.kind, 'claimed');
  t.same(other?.about, ['China']);
});

t.test('scare quotes without a cue are not statements', async (t) => {
  const { statements } = extract('The so-called “peace dividend” never arrived in the valley towns.');
  t.equal(statements.length, 0);
});

t.test('every span equals its text', async (t) => {
  const text = '**Storm warning**\n“Stay indoors tonight,” the weather service said. “Winds will reach 120 km/h.”\nOfficials said schools would close.';
  for (const s of extract(text).statements) t.equal(s.text, text.slice(s.start, s.end));
});
