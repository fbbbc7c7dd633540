import t from 'tap';
import { existsSync, readFileSync } from 'node:fs';
import { validate } from 'dockerfile-utils';

const root = new URL('../', import.meta.url);
const dockerfile = readFileSync(new URL('Dockerfile', root), 'utf8');
const readme = readFileSync(new URL('README.md', root), 'utf8');

t.test('the Dockerfile lints clean', async (t) => {
  const problems = validate(dockerfile);
  t.same(problems.map((p) => `${p.range.start.line + 1}: ${p.message}`), [], 'no diagnostics from dockerfile-utils');
});

t.test('the Dockerfile builds in stages and runs the service unprivileged with a health check', async (t) => {
  const lines = dockerfile.split('\n').filter((l) => !l.startsWith('#'));
  const stages = lines.filter((l) => /^FROM\s/i.test(l));
  t.ok(stages.length >= 2, 'multi-stage');
  const final = dockerfile.slice(dockerfile.lastIndexOf('\nFROM '));
  t.match(final, /^USER\s+(?!root\b)\S+/m, 'the runtime stage drops root');
  t.match(final, /HEALTHCHECK[\s\S]*\/health/, 'health check on /health');
  t.match(final, /CMD \["node", "dist\/server\.js"\]/, 'runs node dist/server.js');
  for (const m of dockerfile.matchAll(/^COPY (?!--from)(.+)$/gm)) {
    const sources = (m[1] ?? '').trim().split(/\s+/).slice(0, -1);
    for (const s of sources) t.ok(existsSync(new URL(s, root)), `COPY source ${s} exists`);
  }
});

t.test('the README and the Dockerfile build the same way', async (t) => {
  t.match(dockerfile, /npm ci/);
  t.match(readme, /npm ci/);
  t.match(readme, /npm start/);
  t.match(readme, /npm test/);
  t.match(readme, /node dist\/server\.js/);
});
