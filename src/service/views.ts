import type { z } from 'zod';
import type { Actor, Divergence, Document, Event, Statement } from '../../schemas/index.js';
import type { StatementCore as StatementCoreSchema } from '../../schemas/statement.js';

type StatementCore = z.infer<typeof StatementCoreSchema>;
import { optionalPublicId, publicId } from '../store/ids.js';
import type { ActorRecord, DivergenceRecord, DocumentRecord, EventRecord, StatementRecord } from '../store/records.js';
import type { Queries } from '../store/queries.js';
import type { EventSummary } from '../analysis/events/index.js';
import { eventKeywords, eventParticipants, eventSpan } from '../analysis/events/index.js';

// Store records → API resources (public ids, nested documents).

export function documentView(d: DocumentRecord): Document {
  return {
    id: publicId('document', d.id),
    title: d.title,
    outlet: d.outlet,
    url: d.url,
    publishedAt: d.publishedAt,
    text: d.text,
    eventId: optionalPublicId('event', d.eventId),
    createdAt: d.createdAt,
    statementCount: d.statementCount,
  };
}

function statementCore(s: StatementRecord): StatementCore {
  return {
    id: publicId('statement', s.id),
    speaker: s.speaker,
    speakerId: optionalPublicId('actor', s.actorId),
    text: s.text,
    start: s.start,
    end: s.end,
    mode: s.mode,
    kind: s.kind,
    about: s.about,
    cue: s.cue,
  };
}

export function statementView(s: StatementRecord): Statement {
  return {
    ...statementCore(s),
    documentId: publicId('document', s.documentId),
    eventId: optionalPublicId('event', s.eventId),
    outlet: s.document.outlet,
    publishedAt: s.document.publishedAt,
  };
}

function sideView(s: StatementRecord): Divergence['a'] {
  return { ...statementCore(s), document: { ...s.document, id: publicId('document', s.document.id) } };
}

export function actorView(a: ActorRecord): Actor {
  return { id: publicId('actor', a.id), name: a.name, type: a.type, aliases: a.aliases, affiliation: a.affiliation, statementCount: a.statementCount };
}

export function eventView(e: EventRecord<EventSummary>): Event {
  const span = eventSpan(e.summary);
  return {
    id: publicId('event', e.id),
    title: e.title,
    participants: eventParticipants(e.summary),
    keywords: eventKeywords(e.summary),
    from: e.from ?? span.from,
    to: e.to ?? span.to,
    documentCount: e.documentCount,
    statementCount: e.statementCount,
    divergenceCount: e.divergenceCount,
  };
}

/** Divergences with both statements in full. */
export async function divergenceViews(store: Queries, records: DivergenceRecord[]): Promise<Divergence[]> {
  const statements = await store.statementsByIds(records.flatMap((v) => [v.aId, v.bId]));
  const out: Divergence[] = [];
  for (const v of records) {
    const a = statements.get(v.aId);
    const b = statements.get(v.bId);
    if (!a || !b) continue;
    out.push({
      id: publicId('divergence', v.id),
      kind: v.kind,
      score: v.score,
      relatedness: v.relatedness,
      flagged: v.flagged,
      components: v.components,
      cues: v.cues,
      eventId: optionalPublicId('event', v.eventId),
      createdAt: v.createdAt,
      a: sideView(a),
      b: sideView(b),
    });
  }
  return out;
}
