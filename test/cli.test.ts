import t from 'tap';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../', import.meta.url));

function cli(args: string[], input: string, env: NodeJS.ProcessEnv = {}) {
  const r = spawnSync(process.execPath, ['--import', 'tsx', 'src/cli.ts', ...args], {
    cwd: root,
    input,
    encoding: 'utf8',
    env: { ...process.env, LOG_LEVEL: 'silent', ...env },
    timeout: 120_000,
  });
  const lines = r.stdout.split('\n').filter(Boolean).map((l) => JSON.parse(l) as Record<string, unknown>);
  return { status: r.status, lines, stderr: r.stderr };
}

t.test('compare --jsonl answers one line per input line, in order, with errors in place', async (t) => {
  const input = [
    JSON.stringify({ id: 'p1', a: 'The ceasefire will start immediately.', b: 'There will be no ceasefire.', extra: 'ignored' }),
    'not json',
    JSON.stringify({ id: 'p3', a: 'only a' }),
    JSON.stringify({ id: 4, a: 'Prices rose 5% in May.', b: 'Prices rose 5% in May.' }),
  ].join('\n');
  const r = cli(['compare', '--jsonl'], input);
  t.equal(r.status, 1, 'exit 1 when a line failed');
  t.equal(r.lines.length, 4);
  t.equal(r.lines[0]?.id, 'p1');
  t.type(r.lines[0]?.score, 'number');
  t.type(r.lines[0]?.flag, 'boolean');
  t.ok(Array.isArray(r.lines[0]?.cues));
  t.same(Object.keys(r.lines[0] ?? {}).sort(), ['cues', 'flag', 'id', 'kind', 'relatedness', 'score']);
  t.match(r.lines[1], { error: { code: 'INVALID_JSON' } });
  t.match(r.lines[2], { id: 'p3', error: { code: 'VALIDATION_FAILED' } });
  t.equal(r.lines[3]?.id, 4);
  t.equal(r.lines[3]?.flag, false);
});

t.test('compare --jsonl reads speakers and affiliations as statements', async (t) => {
  const line = {
    id: 'call',
    a: 'Russia and Ukraine will immediately start negotiations toward a ceasefire.',
    b: 'Russia is ready to discuss a possible ceasefire for a certain period if relevant agreements are reached.',
    speakerA: 'Donald Trump',
    speakerB: 'Vladimir Putin',
  };
  const r = cli(['compare', '--jsonl'], [JSON.stringify(line), JSON.stringify({ ...line, id: 'known', affiliationB: ['Russia'] })].join('\n'));
  t.equal(r.status, 0);
  t.notOk(r.lines[0]?.kind === 'stated-vs-claimed', 'without an affiliation the claim is about Russia, not Putin');
  t.equal(r.lines[1]?.kind, 'stated-vs-claimed');
  t.equal(r.lines[1]?.flag, true);
});

t.test('extract --jsonl gives statements whose spans index the input text', async (t) => {
  const text = '"We will rebuild the bridge by March," Mayor Ann Ortiz said on Tuesday. She added that the city had found the money.';
  const r = cli(['extract', '--jsonl'], `${JSON.stringify({ id: 'x', text })}\n`);
  t.equal(r.status, 0);
  const statements = r.lines[0]?.statements as { speaker: string | null; text: string; start: number; end: number; mode: string }[];
  t.ok(statements.length >= 1);
  for (const s of statements) t.equal(text.slice(s.start, s.end), s.text);
  t.ok(statements.some((s) => s.speaker === 'Ann Ortiz' && s.mode === 'direct'));
});

t.test('group --jsonl gives every line an event id', async (t) => {
  const docs = [
    { id: 'a', text: 'An earthquake of magnitude 6.1 struck northern Chile on Monday, officials said.' },
    { id: 'b', text: 'A magnitude 6.1 earthquake hit northern Chile on Monday, damaging homes, officials said.' },
    { id: 'c', text: 'The central bank raised interest rates by half a point in London on Thursday.' },
  ];
  const r = cli(['group', '--jsonl'], docs.map((d) => JSON.stringify(d)).join('\n'));
  t.equal(r.status, 0);
  t.same(r.lines.map((l) => l.id), ['a', 'b', 'c']);
  t.ok(r.lines.every((l) => typeof l.event === 'string'));
  t.not(r.lines[0]?.event, r.lines[2]?.event, 'unrelated stories are different events');
});

t.test('ingest stores files in DATA_DIR; usage errors exit non-zero', async (t) => {
  const dir = t.testdir({ 'a.txt': '"Taxes will not rise," the finance minister, Eva Lind, said on Monday.', 'b.json': JSON.stringify({ title: 'x' }) });
  const r = cli(['ingest', `${dir}/a.txt`, `${dir}/b.json`], '', { DATA_DIR: `${dir}/data` });
  t.equal(r.status, 1, 'one file failed');
  t.match(r.lines[0], { created: true });
  t.match(r.lines[1], { error: { code: 'INGEST_FAILED' } });
  const again = cli(['ingest', `${dir}/a.txt`], '', { DATA_DIR: `${dir}/data` });
  t.match(again.lines[0], { created: false }, 'the store persisted between runs');
  t.equal(cli(['compare'], '').status, 1, 'compare without --jsonl');
  t.equal(cli(['nonsense'], '').status, 2);
});
