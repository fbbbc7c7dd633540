// Statements a client already has (a bot reading transcripts, a newsroom's own quote database) become
// a document of their own: one paragraph per statement, so every statement keeps a span in a stored
// text, and the document is grouped, blocked and scored like any article.
import type { PostedStatement, StatementsInput } from '../../schemas/index.js';
import type { DiscoveredActor, Extraction, ExtractedStatement } from '../analysis/types.js';
import type { IngestInput } from './ingest.js';

function paragraph(s: PostedStatement): { line: string; quoteAt: number } {
  const head = `${s.speaker} ${s.cue ?? 'said'}: `;
  return s.mode === 'direct' ? { line: `${head}"${s.text}"`, quoteAt: head.length + 1 } : { line: `${head}${s.text}`, quoteAt: head.length };
}

/** The document text and its extraction, as if the statements had been found in it. */
export function postedDocument(input: StatementsInput): { document: IngestInput; extraction: Extraction } {
  const lines: string[] = [];
  const statements: ExtractedStatement[] = [];
  let at = 0;
  for (const s of input.statements) {
    const { line, quoteAt } = paragraph(s);
    const start = at + quoteAt;
    statements.push({
      speaker: s.speaker,
      text: s.text,
      start,
      end: start + s.text.length,
      mode: s.mode,
      kind: s.kind ?? (s.about.length > 0 ? 'claimed' : 'stated'),
      about: s.about,
      cue: s.cue ?? null,
    });
    lines.push(line);
    at += line.length + 2;
  }
  return {
    document: { text: lines.join('\n\n'), title: input.title ?? null, outlet: input.outlet ?? null, url: input.url ?? null, publishedAt: input.publishedAt ?? null },
    extraction: { statements, actors: actorsOf(input.statements) },
  };
}

/** One actor per speaker name, with the affiliations given (names a claim is about are matched, not created). */
function actorsOf(statements: PostedStatement[]): DiscoveredActor[] {
  const byName = new Map<string, DiscoveredActor>();
  for (const s of statements) {
    const known = byName.get(s.speaker);
    if (known) {
      known.affiliation = [...new Set([...known.affiliation, ...s.affiliation])];
      if (s.speakerType === 'organization') known.type = 'organization';
    } else {
      byName.set(s.speaker, { name: s.speaker, aliases: [], affiliation: [...s.affiliation], type: s.speakerType });
    }
  }
  return [...byName.values()];
}
