/** The public error codes; GraphQL errors carry one of these in extensions.code. */
export type ErrorCode =
  | 'BAD_USER_INPUT'
  | 'NOT_FOUND'
  | 'FORBIDDEN'
  | 'UNAUTHENTICATED'
  | 'UNAVAILABLE'
  | 'CONFLICT'
  /** An add or rename names an actor that is probably already in the graph (extensions.candidates). */
  | 'DUPLICATE_SUSPECTED'
  | 'QUERY_TOO_COMPLEX'
  | 'TIMEOUT'
  /** The write queue is full: HTTP 503 with Retry-After (extensions.retryAfterSeconds); nothing was written. */
  | 'OVERLOADED';

/** What a write is about, in domain terms; the API decides where each sits in its input. */
export type Entity = 'source' | 'actor' | 'claim' | 'attribution' | 'link' | 'merge' | 'review' | 'sourceVersion' | 'request';

/** The entity and field (null: the entity as a whole) an error is about. */
export interface Subject {
  entity: Entity;
  field: string | null;
}

/** An error whose message is safe to show to the client. */
export class DomainError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly details: Record<string, unknown> = {},
    /** Set by the domain and graph layers instead of an input path, which only the API knows. */
    readonly subject: Subject | null = null,
  ) {
    super(message);
    this.name = 'DomainError';
  }
}

export const badInput = (message: string, details: Record<string, unknown> = {}) => new DomainError('BAD_USER_INPUT', message, details);
export const notFound = (what: string, id: string) => new DomainError('NOT_FOUND', `No ${what} with id "${id}"`, { id });
export const conflict = (message: string, details: Record<string, unknown> = {}, subject: Subject | null = null) =>
  new DomainError('CONFLICT', message, details, subject);
/** Bad input about an entity's field; reason is the message without any path. */
export const invalid = (entity: Entity, field: string | null, reason: string, details: Record<string, unknown> = {}) =>
  new DomainError('BAD_USER_INPUT', reason, details, { entity, field });
export const unavailable = (message = 'The database is unavailable; try again shortly') => new DomainError('UNAVAILABLE', message);

/** For exhaustive switches: adding an enum value is a compile error until every switch handles it. */
export class UnreachableCaseError extends Error {
  constructor(value: never) {
    super(`Unreachable case: ${JSON.stringify(value)}`);
  }
}
