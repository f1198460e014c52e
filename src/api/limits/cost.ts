import {
  GraphQLError,
  getNamedType,
  getNullableType,
  isCompositeType,
  isListType,
  type DocumentNode,
  type GraphQLSchema,
} from 'graphql';
import { getComplexity, type ComplexityEstimatorArgs } from 'graphql-query-complexity';

/**
 * The cost of an operation is the number of objects its answer can hold at most, counted
 * from the arguments' values — literals, variables and defaults alike — before any Cypher
 * runs. A list multiplies what is selected inside it by its size: the `first` it is given
 * (or its default), the number of `ids`, or an assumed size for the few small lists
 * without a bound argument. Scalars are free, except stored texts.
 */
export interface CostLimits {
  budget: number;
  maxPageSize: number;
}

/** Lists without a size argument are small by nature (aliases, a node's few kinds, …). */
export const ASSUMED_LIST_SIZE = 10;
/** A stored source text can be tens of kilobytes: price it like a page of small objects. */
const TEXT_COST = 10;
/** Fields whose own `first` has a larger cap than MAX_PAGE_SIZE (drawn graphs). */
const FIRST_CAPS: Record<string, number> = { 'Query.neighbourhood': 500 };

export interface CostReport {
  /** The operation's cost. */
  requested: number;
  /** The most one operation may cost. */
  budget: number;
}

/** A connection, or a bounded list's page twin (`AttributionPage`, schema/list-pages.graphql): its field counted the items. */
const isPageType = (name: string) => name.endsWith('Connection') || (name.endsWith('Page') && name !== 'Page');

const pageSizeError = (message: string, field: string) =>
  new GraphQLError(message, { extensions: { code: 'BAD_USER_INPUT', field, http: { status: 400 } } });

/** How many items a list field can return, from its arguments. */
function listSize(o: ComplexityEstimatorArgs): number {
  const parent = o.type.name;
  // Inside a connection or a drawn subgraph, the parent field already counted the items.
  if (isPageType(parent) || parent === 'Subgraph' || parent.startsWith('__')) return 1;
  if (Array.isArray(o.args.ids)) return o.args.ids.length;
  if (typeof o.args.first === 'number') return o.args.first;
  return ASSUMED_LIST_SIZE;
}

/** Size of a field that returns one container of many items (a connection, a subgraph). */
function containerSize(o: ComplexityEstimatorArgs): number {
  const named = getNamedType(o.field.type).name;
  if (named === 'Subgraph') {
    const first = typeof o.args.first === 'number' ? o.args.first : 10;
    // A path of maxHops hops holds maxHops + 1 nodes; a neighbourhood holds first + its centre.
    return o.field.name === 'paths' ? first * ((o.args.maxHops as number | undefined) ?? 4) + 1 : first + 1;
  }
  if (isPageType(named)) return typeof o.args.first === 'number' ? o.args.first : 20;
  return 1;
}

/** Refuses a page size over its cap before anything is priced: the message names the cap. */
function checkPageSize(o: ComplexityEstimatorArgs, limits: CostLimits): void {
  if (!('first' in o.args) || o.args.first === null || o.args.first === undefined) return;
  const first = o.args.first as number;
  const cap = FIRST_CAPS[`${o.type.name}.${o.field.name}`] ?? limits.maxPageSize;
  const where = `${o.type.name}.${o.field.name}`;
  if (first < 0) throw pageSizeError(`first must be a whole number ≥ 0 (got ${first}) on ${where}`, 'first');
  // Only connections page; other lists are bounded, and say how many there are in a count field or `omitted`.
  const hint = o.field.args.some((a) => a.name === 'after') ? '; page with after' : '';
  if (first > cap) throw pageSizeError(`first must be at most ${cap}, the page size cap (got ${first}) on ${where}${hint}`, 'first');
}

function estimator(limits: CostLimits) {
  return (o: ComplexityEstimatorArgs): number => {
    checkPageSize(o, limits);
    const type = getNullableType(o.field.type);
    const isObject = isCompositeType(getNamedType(type));
    if (!isObject) return o.field.name === 'text' && o.type.name === 'Source' ? TEXT_COST : 0;
    const item = 1 + o.childComplexity;
    if (isListType(type)) return listSize(o) * item;
    const size = containerSize(o);
    return size === 1 ? item : 1 + size * o.childComplexity;
  };
}

/**
 * Prices an operation; throws BAD_USER_INPUT for a page size over its cap and
 * QUERY_TOO_COMPLEX over the budget. Variables and defaults count exactly as literals.
 */
export function priceOperation(
  schema: GraphQLSchema,
  query: DocumentNode,
  variables: Record<string, unknown> | undefined,
  operationName: string | undefined,
  limits: CostLimits,
): CostReport {
  const requested = getComplexity({ schema, query, variables, operationName, estimators: [estimator(limits)] });
  if (requested > limits.budget) {
    throw new GraphQLError(
      `This query could return up to ${requested} objects; the budget is ${limits.budget}. Ask for smaller pages (first) or fewer nested lists.`,
      { extensions: { code: 'QUERY_TOO_COMPLEX', cost: { requested, budget: limits.budget }, http: { status: 400 } } },
    );
  }
  return { requested, budget: limits.budget };
}
