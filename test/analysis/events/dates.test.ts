import t from 'tap';
import { resolveDates } from '../../../src/analysis/events/dates.js';

const one = (text: string, pub: string | null) => resolveDates(text, pub).map((d) => [d.text, d.from, d.to]);

t.test('last night and yesterday are the day before publication', async (t) => {
  t.same(one('Trump spoke with Putin last night.', '2025-05-20'), [['last night', '2025-05-19', '2025-05-19']]);
  t.same(one('He said yesterday that', '2025-03-01'), [['yesterday', '2025-02-28', '2025-02-28']]);
});

t.test('a weekday is the latest one not after publication, or the next one in future talk', async (t) => {
  // 2025-02-28 is a Friday.
  t.same(one('Trump on Thursday stated', '2025-02-28'), [['on Thursday', '2025-02-27', '2025-02-27']]);
  t.same(one('They met on Friday', '2025-02-28'), [['on Friday', '2025-02-28', '2025-02-28']]);
  t.same(one('last Friday', '2025-02-28'), [['last Friday', '2025-02-21', '2025-02-21']]);
  t.same(one('They will meet on Monday', '2025-02-28'), [['on Monday', '2025-03-03', '2025-03-03']]);
});

t.test('last week and last month are calendar spans', async (t) => {
  // 2025-05-20 is a Tuesday: last week is Monday 12 to Sunday 18 May.
  t.same(one('met in Alaska last week', '2025-05-20'), [['last week', '2025-05-12', '2025-05-18']]);
  t.same(one('last month', '2025-01-15'), [['last month', '2024-12-01', '2024-12-31']]);
});

t.test('a bare month is the latest one not after publication; "may" the verb is no date', async (t) => {
  t.same(one('the talks in May', '2025-08-01'), [['in May', '2025-05-01', '2025-05-31']]);
  t.same(one('the talks in September', '2025-08-01'), [['in September', '2024-09-01', '2024-09-30']]);
  t.same(one('Russia may agree to a ceasefire', '2025-08-01'), []);
});

t.test('absolute dates resolve without publication date; relative ones do not', async (t) => {
  t.same(one('Published February 28, 2025', null), [['February 28, 2025', '2025-02-28', '2025-02-28']]);
  t.same(one('May 03 , 2013', null), [['May 03 , 2013', '2013-05-03', '2013-05-03']]);
  t.same(one('on 19 May 2025', null), [['19 May 2025', '2025-05-19', '2025-05-19']]);
  t.same(one('spoke last night and on Thursday', null), []);
  t.same(one('February 30, 2025', null), []);
});

t.test('the longest expression wins where rules overlap', async (t) => {
  t.same(one('on May 19, 2025 they spoke', '2025-05-20'), [['May 19, 2025', '2025-05-19', '2025-05-19']]);
  t.same(one('three days ago', '2025-05-20'), [['three days ago', '2025-05-17', '2025-05-17']]);
});
