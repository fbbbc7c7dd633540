import { notFound } from '../errors.js';

// Public ids are opaque strings: a prefix naming the resource and the row id.
export const PREFIX = { document: 'doc', statement: 'stm', event: 'evt', actor: 'act', divergence: 'div', webhook: 'whk', delivery: 'dlv' } as const;
export type Resource = keyof typeof PREFIX;

export function publicId(resource: Resource, rowId: number): string {
  return `${PREFIX[resource]}_${rowId}`;
}

export function optionalPublicId(resource: Resource, rowId: number | null): string | null {
  return rowId === null ? null : publicId(resource, rowId);
}

/** The row id behind a public id; an id of the wrong shape is simply not found. */
export function rowId(resource: Resource, id: string): number {
  const m = /^([a-z]+)_(\d{1,15})$/.exec(id);
  if (!m || m[1] !== PREFIX[resource]) throw notFound(resource, id);
  return Number(m[2]);
}

/** Like rowId, but null when the string is not an id of that resource (e.g. an actor name). */
export function maybeRowId(resource: Resource, id: string): number | null {
  const m = /^([a-z]+)_(\d{1,15})$/.exec(id);
  return m && m[1] === PREFIX[resource] ? Number(m[2]) : null;
}
