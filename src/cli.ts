import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { parseArgs } from 'node:util';
import { compareCommand, extractCommand, groupCommand } from './cli/commands.js';
import { loadConfig } from './config.js';
import { isMain } from './is-main.js';
import { serve } from './server.js';
import { ingestDocument, type IngestInput } from './service/ingest.js';
import { openStore } from './store/store.js';

const USAGE = `divergence — who said what, and where accounts diverge

  divergence serve                       start the HTTP service (PORT, HOST, DATA_DIR, DATABASE_URL)
  divergence ingest <files…>             store articles: .txt (text) or .json ({text, title?, outlet?, url?, publishedAt?})
  divergence extract --jsonl [FILE]      {"id","text","publishedAt"?} → {"id","statements":[…]}
  divergence compare --jsonl [FILE]      {"id","a","b","speakerA"?,"speakerB"?} → {"id","score","flag","kind","relatedness","cues"}
  divergence group --jsonl [FILE]        {"id","text","publishedAt"?} → {"id","event"}

JSON Lines come from FILE or standard input; results go to standard output, one line per input line.
A line that cannot be processed gives {"id","error":{"code","detail"}} and the command exits 1 at the end.`;

async function readArticle(file: string): Promise<IngestInput> {
  const raw = await readFile(file, 'utf8');
  if (file.endsWith('.json')) {
    const doc = JSON.parse(raw) as IngestInput;
    if (typeof doc.text !== 'string' || doc.text.trim() === '') throw new Error('no "text" field');
    return doc;
  }
  return { text: raw, title: basename(file) };
}

async function ingestCommand(files: string[]): Promise<number> {
  const store = await openStore(loadConfig());
  let failed = 0;
  try {
    for (const file of files) {
      try {
        const r = await ingestDocument(store, await readArticle(file));
        process.stdout.write(`${JSON.stringify({ file, documentId: `doc_${r.documentId}`, created: r.created, statements: r.statementIds.length, divergences: r.flaggedIds.length })}\n`);
      } catch (err) {
        failed++;
        process.stdout.write(`${JSON.stringify({ file, error: { code: 'INGEST_FAILED', detail: err instanceof Error ? err.message : String(err) } })}\n`);
      }
    }
  } finally {
    await store.close();
  }
  return failed;
}

export async function main(argv: string[]): Promise<number> {
  const { positionals, values } = parseArgs({ args: argv, allowPositionals: true, options: { jsonl: { type: 'boolean' }, help: { type: 'boolean', short: 'h' } } });
  const [command, ...rest] = positionals;
  if (values.help || command === undefined) {
    process.stderr.write(`${USAGE}\n`);
    return command === undefined && !values.help ? 2 : 0;
  }
  const jsonl = (run: (file: string | undefined) => Promise<number>): Promise<number> => {
    if (!values.jsonl) {
      process.stderr.write(`${command} needs --jsonl\n`);
      return Promise.resolve(2);
    }
    return run(rest[0]);
  };
  switch (command) {
    case 'serve':
      await serve();
      return -1;
    case 'ingest':
      if (rest.length === 0) {
        process.stderr.write('ingest needs one or more files\n');
        return 2;
      }
      return (await ingestCommand(rest)) > 0 ? 1 : 0;
    case 'extract':
      return (await jsonl(extractCommand)) > 0 ? 1 : 0;
    case 'compare':
      return (await jsonl(compareCommand)) > 0 ? 1 : 0;
    case 'group':
      return (await jsonl(groupCommand)) > 0 ? 1 : 0;
    default:
      process.stderr.write(`unknown command ${command}\n\n${USAGE}\n`);
      return 2;
  }
}

/** Runs the command line and sets the exit code; `serve` keeps the process alive. */
export function run(argv: string[]): void {
  main(argv).then(
    (code) => {
      if (code >= 0) process.exitCode = code;
    },
    (err: unknown) => {
      process.stderr.write(`${err instanceof Error ? err.message : String(err)}\n`);
      process.exitCode = 1;
    },
  );
}

if (isMain(import.meta.url)) run(process.argv.slice(2));
