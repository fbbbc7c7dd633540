// Domain errors carry a stable code; the HTTP layer maps codes to statuses in one place.
export type DomainErrorCode = 'NOT_FOUND' | 'INVALID_CURSOR' | 'INVALID_MERGE' | 'INVALID_INPUT';

export class DomainError extends Error {
  constructor(
    readonly code: DomainErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'DomainError';
  }
}

export function notFound(what: string, id: string): DomainError {
  return new DomainError('NOT_FOUND', `No ${what} with id ${JSON.stringify(id)}`);
}
