// Synonymy through a shared WordNet sense counts only for senses a word is commonly used in.
import t from 'tap';
import { relation } from '../../../src/analysis/score/relations.js';
import { senseShare } from '../../../src/analysis/score/wordnet.js';

t.test('a sense rarely used does not make two words synonyms', async (t) => {
  // "a great deal" is one tagged use of the noun deal in eleven
  t.not(relation('deal', 'lot'), 'synonym');
  t.ok(senseShare('deal', 'n', 13796604) < 0.1, `share ${senseShare('deal', 'n', 13796604)}`);
});

t.test('a reading almost never used in its part of speech makes no synonym ("action" the verb, to sue)', async (t) => {
  t.not(relation('sue', 'action'), 'synonym');
  t.equal(senseShare('action', 'v', 0), 0);
});

t.test('common senses still make synonyms', async (t) => {
  t.equal(relation('car', 'automobile'), 'synonym');
  t.equal(relation('talks', 'negotiations'), 'synonym');
  t.equal(relation('halt', 'stop'), 'synonym');
});

t.test('a word too rarely tagged to tell keeps all its senses', async (t) => {
  t.equal(senseShare('ceasefire', 'n', 0), 1);
});
