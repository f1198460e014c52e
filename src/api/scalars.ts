import { GraphQLScalarType, Kind } from 'graphql';
import { DateTimeResolver, JSONResolver, NonNegativeIntResolver, URLResolver } from 'graphql-scalars';
import { isPartialDate, parsePartialDate } from '../domain/partial-date';
import { DomainError } from '../domain/errors';
import type { Resolvers } from './generated/resolvers-types';

const asPartialDate = (value: unknown): string => {
  if (typeof value !== 'string' || !isPartialDate(value)) {
    throw new DomainError('BAD_USER_INPUT', `PartialDate must be YYYY, YYYY-MM or YYYY-MM-DD (got ${JSON.stringify(value)})`);
  }
  return parsePartialDate(value).value;
};

export const PartialDate = new GraphQLScalarType({
  name: 'PartialDate',
  description: 'A date at year, month or day precision: 2023, 2023-04 or 2023-04-11.',
  serialize: (v) => String(v),
  parseValue: asPartialDate,
  parseLiteral: (ast) => {
    if (ast.kind !== Kind.STRING && ast.kind !== Kind.INT) throw new DomainError('BAD_USER_INPUT', 'PartialDate must be a string like "2023-04"');
    return asPartialDate(ast.value);
  },
});

/** URL checks inputs with graphql-scalars, but hands resolvers a plain string, as it is stored. */
const UrlScalar = new GraphQLScalarType({
  ...URLResolver.toConfig(),
  serialize: (v) => String(v),
  parseValue: (v) => String(URLResolver.parseValue(v)),
  parseLiteral: (ast, vars) => String(URLResolver.parseLiteral(ast, vars)),
});
/** Timestamps are stored as ISO strings; hand them out as they are. */
const DateTimeScalar = new GraphQLScalarType({ ...DateTimeResolver.toConfig(), serialize: (v) => (v instanceof Date ? v.toISOString() : String(v)) });

export const scalarResolvers: Resolvers = {
  DateTime: DateTimeScalar,
  URL: UrlScalar,
  NonNegativeInt: NonNegativeIntResolver,
  JSON: JSONResolver,
  PartialDate,
};
