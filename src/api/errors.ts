import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import type { Logger } from 'pino';
import { DomainError, type Entity, type Subject } from '../domain/errors';

/** Messages graphql-armor (and graphql-js's token limit, sic "more that") use when refusing an operation before execution. */
const TOO_COMPLEX = /(Token limit|contains more that \d+ tokens|Query Cost limit|Query depth limit|Aliases limit|Directives limit)/i;

/** Where a mutation's input nests an entity; every other entity's fields sit on `input` itself. */
const NESTED: Record<string, Partial<Record<Entity, string>>> = {
  addClaim: { attribution: 'input.attribution' },
  addAttribution: { attribution: 'input.attribution' },
};

/** The GraphQL path of what an error is about in one operation's input, e.g. input.attribution.quote. */
export function inputPath(operation: string, subject: Subject): string {
  const base = NESTED[operation]?.[subject.entity] ?? 'input';
  return subject.field ? `${base}.${subject.field}` : base;
}

/**
 * Restates an error about an entity's field at its input path: extensions.field names the
 * path, and a bad-input message starts with it ("input.attribution.quote: …").
 */
export function atInputPath(operation: string, error: unknown): unknown {
  if (!(error instanceof DomainError) || !error.subject) return error;
  const field = inputPath(operation, error.subject);
  const message = error.code === 'BAD_USER_INPUT' ? `${field}: ${error.message}` : error.message;
  return new DomainError(error.code, message, { ...error.details, field });
}

/**
 * Domain errors show their message and code; validation and armour errors keep theirs;
 * anything else is logged in full and shown as a generic internal error.
 */
export function formatError(log: Logger) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const original = error instanceof GraphQLError ? error.originalError : error;
    if (original instanceof DomainError) {
      // An error not placed by atInputPath still names its field, in domain terms.
      const field = original.subject?.field ?? undefined;
      return { ...formatted, message: original.message, extensions: { ...(field ? { field } : {}), ...original.details, code: original.code } };
    }
    if (TOO_COMPLEX.test(formatted.message)) {
      return { ...formatted, extensions: { ...formatted.extensions, code: 'QUERY_TOO_COMPLEX' } };
    }
    const code = formatted.extensions?.code;
    if (code && code !== 'INTERNAL_SERVER_ERROR') return formatted;
    log.error({ err: original ?? error, path: formatted.path }, 'unexpected error in resolver');
    return { message: 'Internal server error', path: formatted.path, locations: formatted.locations, extensions: { code: 'INTERNAL_SERVER_ERROR' } };
  };
}
