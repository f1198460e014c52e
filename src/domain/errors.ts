/** The public error codes; GraphQL errors carry one of these in extensions.code. */
export type ErrorCode =
  | 'BAD_USER_INPUT'
  | 'NOT_FOUND'
  | 'FORBIDDEN'
  | 'UNAUTHENTICATED'
  | 'UNAVAILABLE'
  | 'CONFLICT'
  | 'QUERY_TOO_COMPLEX'
  | 'TIMEOUT';

/** An error whose message is safe to show to the client. */
export class DomainError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly details: Record<string, unknown> = {},
  ) {
    super(message);
    this.name = 'DomainError';
  }
}

export const badInput = (message: string, details: Record<string, unknown> = {}) => new DomainError('BAD_USER_INPUT', message, details);
export const notFound = (what: string, id: string) => new DomainError('NOT_FOUND', `No ${what} with id "${id}"`, { id });
export const conflict = (message: string, details: Record<string, unknown> = {}) => new DomainError('CONFLICT', message, details);
export const unavailable = (message = 'The database is unavailable; try again shortly') => new DomainError('UNAVAILABLE', message);

/** For exhaustive switches: adding an enum value is a compile error until every switch handles it. */
export class UnreachableCaseError extends Error {
  constructor(value: never) {
    super(`Unreachable case: ${JSON.stringify(value)}`);
  }
}
