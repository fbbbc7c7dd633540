import { Problem } from '../../schemas/common.js';

/** Problem responses for the OpenAPI document, by status. */
export function problems(...statuses: number[]): Record<number, typeof Problem> {
  return Object.fromEntries(statuses.map((s) => [s, Problem.describe(problemDescription(s))]));
}

function problemDescription(status: number): string {
  switch (status) {
    case 400:
      return 'Invalid input (VALIDATION_FAILED, INVALID_JSON, INVALID_CURSOR)';
    case 404:
      return 'Unknown id (NOT_FOUND)';
    case 409:
      return 'The operation conflicts with the current state (INVALID_MERGE)';
    case 413:
      return 'Body larger than the limit (PAYLOAD_TOO_LARGE)';
    case 415:
      return 'Body is not application/json (UNSUPPORTED_MEDIA_TYPE)';
    default:
      return 'Error';
  }
}
