import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import type { Logger } from 'pino';
import { DomainError } from '../domain/errors';

/** Messages graphql-armor (and graphql-js's token limit, sic "more that") use when refusing an operation before execution. */
const TOO_COMPLEX = /(Token limit|contains more that \d+ tokens|Query Cost limit|Query depth limit|Aliases limit|Directives limit)/i;

/**
 * Domain errors show their message and code; validation and armour errors keep theirs;
 * anything else is logged in full and shown as a generic internal error.
 */
export function formatError(log: Logger) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const original = error instanceof GraphQLError ? error.originalError : error;
    if (original instanceof DomainError) {
      return { ...formatted, message: original.message, extensions: { ...original.details, code: original.code } };
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
