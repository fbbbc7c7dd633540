// Photo credits name no participant of an event.
import t from 'tap';
import { findNames } from '../../../src/analysis/events/names.js';

t.test('a parenthesised photo credit is no participant; the caption around it still counts', async (t) => {
  const text =
    'Trump convened his first Cabinet meeting on Wednesday. (Getty Images)\n' +
    'Kaja Kallas (Nicolas Landemard/Anadolu via Getty Images)\n' +
    'The Cabinet met again on Thursday (Reuters) to discuss Ukraine.';
  const names = findNames(text).participants.map((p) => p.name);
  t.notOk(names.some((n) => /Getty|Anadolu|Landemard|Reuters/.test(n)), JSON.stringify(names));
  t.ok(names.includes('Cabinet'), JSON.stringify(names));
});
