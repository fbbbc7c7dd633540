import { groupDocuments } from './events/index.js';
import { extract } from './extract/index.js';

export interface TextToGroup {
  text: string;
  title?: string | null;
  publishedAt?: string | null;
}

/** Event ids for whole texts, grouped with the actors extraction finds — what ingest uses too. */
export function groupTexts(docs: TextToGroup[]): string[] {
  return groupDocuments(
    docs.map((d) => {
      const { actors } = extract(d.text, { publishedAt: d.publishedAt ?? null, title: d.title ?? null });
      return {
        text: d.text,
        title: d.title ?? null,
        publishedAt: d.publishedAt ?? null,
        actors: actors.filter((a) => a.type !== 'anonymous').map((a) => a.name),
      };
    }),
  );
}
