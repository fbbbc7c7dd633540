import t from 'tap';
import { readFileSync, readdirSync } from 'node:fs';
import { extract } from '../../../src/analysis/extract/index.js';

interface GoldStatement {
  seed: string;
  speaker: string;
  contains: string;
}
interface Gold {
  actors: Record<string, { aliases: string[] }>;
  statements: GoldStatement[];
  noise: string[];
}

const root = new URL('../../../', import.meta.url);
const gold = JSON.parse(readFileSync(new URL('test/fixtures/seeds/expected.json', root), 'utf8')) as Gold;
const fold = (s: string): string => s.replace(/[“”]/g, '"').replace(/[‘’]/g, "'");
const seedDir = new URL('seeds/', root);
const files = readdirSync(seedDir).filter((f) => f.endsWith('.txt')).sort();

t.test('seed articles: gold statements found with the right speaker, no page furniture', async (t) => {
  let found = 0;
  const missed: string[] = [];
  for (const f of files) {
    const text = readFileSync(new URL(f, seedDir), 'utf8');
    const { statements } = extract(text);
    for (const s of statements) {
      t.equal(s.text, text.slice(s.start, s.end), 'span equals text');
      for (const n of gold.noise) t.notOk(s.text.includes(n), `no noise "${n}" in a statement of ${f}`);
    }
    for (const g of gold.statements.filter((x) => x.seed === f.slice(0, 3))) {
      const names = [g.speaker, ...gold.actors[g.speaker].aliases];
      const hit = statements.some(
        (s) => fold(s.text).includes(fold(g.contains)) && s.text.length <= Math.max(600, 3 * g.contains.length) && s.speaker !== null && names.includes(s.speaker),
      );
      if (hit) found++;
      else missed.push(`${g.seed} ${g.speaker}: ${g.contains}`);
    }
  }
  t.ok(found >= 29, `found ${found}/${gold.statements.length}; missed: ${missed.join(' | ')}`);
});

t.test('seed actors: canonical names and affiliations are discovered', async (t) => {
  const text = readFileSync(new URL(files.find((f) => f.startsWith('002')) ?? files[0], seedDir), 'utf8');
  const { actors } = extract(text);
  const putin = actors.find((a) => a.name === 'Vladimir Putin');
  t.ok(putin, 'Putin discovered under his full name');
  t.ok(putin?.affiliation.includes('Russia'), 'affiliated with Russia from "Russian President"');
  const kallas = actors.find((a) => a.name === 'Kaja Kallas');
  t.ok(kallas?.affiliation.includes('European Union'), 'Kallas affiliated with the EU');
  t.ok(kallas?.affiliation.includes('Estonia'), "Kallas affiliated with Estonia from the apposition");
});
