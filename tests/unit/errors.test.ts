import { ApolloServer } from '@apollo/server';
import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import pino from 'pino';
import { formatError } from '../../src/api/errors';
import { DomainError, badInput, invalid, notFound } from '../../src/domain/errors';

/** A logger that keeps what it writes, so a test can see what was logged and what was not. */
function capturingLog() {
  const lines: Record<string, any>[] = [];
  const log = pino({ level: 'error' }, { write: (s: string) => void lines.push(JSON.parse(s)) });
  return { log, lines };
}

/** What Apollo hands formatError: the formatted error (code defaulted) and the located GraphQLError. */
function located(original: Error, path = ['claim', 'text']): [GraphQLFormattedError, GraphQLError] {
  const error = new GraphQLError(original.message, { path, originalError: original, extensions: original instanceof GraphQLError ? original.extensions : {} });
  const json = error.toJSON();
  return [{ ...json, locations: [{ line: 1, column: 3 }], extensions: { code: 'INTERNAL_SERVER_ERROR', ...json.extensions } }, error];
}

describe('error formatting: domain errors', () => {
  it('show their message and code, with their details, at their path', () => {
    const { log, lines } = capturingLog();
    const out = formatError(log)(...located(notFound('claim', 'claim-x')));
    expect(out).toEqual({ message: 'No claim with id "claim-x"', path: ['claim', 'text'], locations: [{ line: 1, column: 3 }], extensions: { id: 'claim-x', code: 'NOT_FOUND' } });
    expect(lines).toEqual([]);
  });

  it('keep their own code even when details carry another', () => {
    const out = formatError(capturingLog().log)(...located(badInput('first must be at most 100', { field: 'first', code: 'SPOOFED' })));
    expect(out.extensions).toEqual({ field: 'first', code: 'BAD_USER_INPUT' });
  });

  it('name the field of an error not yet placed at an input path, in domain terms', () => {
    const out = formatError(capturingLog().log)(...located(invalid('attribution', 'quote', 'quote does not occur in the source text')));
    expect(out.extensions).toEqual({ field: 'quote', code: 'BAD_USER_INPUT' });
  });

  it('are recognised when handed over unwrapped', () => {
    const e = new DomainError('UNAVAILABLE', 'The database is unavailable; try again shortly');
    const out = formatError(capturingLog().log)({ message: e.message }, e);
    expect(out).toEqual({ message: e.message, extensions: { code: 'UNAVAILABLE' } });
  });
});

describe('error formatting: unexpected errors are masked', () => {
  it.each([
    ['a plain Error', new Error('Neo.ClientError at bolt://db:7687 for user neo4j')],
    ['a TypeError', new TypeError("Cannot read properties of undefined (reading 'secret')")],
    ['a GraphQLError with the internal code', new GraphQLError('driver detail', { extensions: { code: 'INTERNAL_SERVER_ERROR' } })],
  ])('%s: a generic message and code, path and locations kept, the cause only in the log', (_what, original) => {
    const { log, lines } = capturingLog();
    const out = formatError(log)(...located(original, ['claims', 'edges', '0']));
    expect(out).toEqual({ message: 'Internal server error', path: ['claims', 'edges', '0'], locations: [{ line: 1, column: 3 }], extensions: { code: 'INTERNAL_SERVER_ERROR' } });
    expect(JSON.stringify(out)).not.toContain(original.message);
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatchObject({ msg: 'unexpected error in resolver', path: ['claims', 'edges', '0'], err: { message: original.message } });
  });
});

describe('error formatting: errors that already speak the public language', () => {
  it.each([
    ['a validation error', 'Cannot query field "nope" on type "Query".', 'GRAPHQL_VALIDATION_FAILED'],
    ['a scalar refusal', 'DateTime cannot represent "yesterday"', 'BAD_USER_INPUT'],
    ['an authentication refusal', 'The API key is not valid', 'UNAUTHENTICATED'],
  ])('pass %s through as it is, unlogged', (_what, message, code) => {
    const { log, lines } = capturingLog();
    const formatted = { message, extensions: { code } };
    expect(formatError(log)(formatted, new GraphQLError(message, { extensions: { code } }))).toBe(formatted);
    expect(lines).toEqual([]);
  });

  it.each([
    'Syntax Error: Token limit of 1000 exceeded.',
    'Syntax Error: Document contains more that 1000 tokens. Parsing aborted.',
    'Query Cost limit of 5000 exceeded, found 9000.',
    'Query depth limit of 12 exceeded, found 20.',
    'Aliases limit of 15 exceeded, found 40.',
    'Directives limit of 50 exceeded, found 60.',
  ])('give the armour refusal "%s" the code QUERY_TOO_COMPLEX', (message) => {
    const { log, lines } = capturingLog();
    const out = formatError(log)({ message, extensions: { code: 'GRAPHQL_VALIDATION_FAILED' } }, new GraphQLError(message));
    expect(out).toEqual({ message, extensions: { code: 'QUERY_TOO_COMPLEX' } });
    expect(lines).toEqual([]);
  });
});

describe('error formatting: inside Apollo Server', () => {
  const { log, lines } = capturingLog();
  const server = new ApolloServer({
    typeDefs: 'type Query { claim: Claim } type Claim { id: ID! text: String! }',
    resolvers: {
      Query: { claim: () => ({ id: 'claim-a' }) },
      Claim: {
        text: () => {
          throw new Error('connection refused: bolt://10.0.0.5:7687');
        },
        id: () => {
          throw badInput('the id is wrong', { field: 'id' });
        },
      },
    },
    formatError: formatError(log),
  });
  beforeAll(() => server.start());
  afterAll(() => server.stop());

  it('masks the internal error and shows the domain error, each at its path', async () => {
    const res = await server.executeOperation({ query: '{ claim { text } }' });
    const body = res.body.kind === 'single' ? res.body.singleResult : null;
    expect(body?.errors).toEqual([{ message: 'Internal server error', path: ['claim', 'text'], locations: [{ line: 1, column: 11 }], extensions: { code: 'INTERNAL_SERVER_ERROR' } }]);
    expect(lines.map((l) => l.err?.message)).toEqual(['connection refused: bolt://10.0.0.5:7687']);
    const domain = await server.executeOperation({ query: '{ claim { id } }' });
    const errors = domain.body.kind === 'single' ? domain.body.singleResult.errors : null;
    expect(errors).toEqual([{ message: 'the id is wrong', path: ['claim', 'id'], locations: [{ line: 1, column: 11 }], extensions: { field: 'id', code: 'BAD_USER_INPUT' } }]);
  });
});
