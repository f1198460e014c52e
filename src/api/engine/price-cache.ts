import { Kind, type OperationDefinitionNode, type TypeNode } from 'graphql';
import type { CostReport } from '../limits/cost';

/** Distinct (document, operation, variable shape) prices kept; clients send a handful of fixed operations. */
export const MAX_CACHED_PRICES = 1000;

const namedType = (t: TypeNode): string => (t.kind === Kind.NAMED_TYPE ? t.name.value : namedType(t.type));

/** Free text and ids never size an answer: a value of these types is keyed by its shape only. */
const SHAPE_ONLY = new Set(['ID', 'String']);

const shape = (v: unknown): unknown => (Array.isArray(v) ? v.map(shape) : typeof v === 'string' ? '' : v);

/**
 * What an operation's price can depend on, besides its document: every variable's value,
 * except that ID and String values count by shape (a list of three ids costs as much as any
 * other three). Numbers, booleans (@include/@skip), enums and input objects count whole.
 */
export function priceKey(queryHash: string, operation: OperationDefinitionNode, variables: Record<string, unknown> | undefined): string {
  const vars = variables ?? {};
  const values = (operation.variableDefinitions ?? []).map((d) => {
    const name = d.variable.name.value;
    const value = vars[name];
    return SHAPE_ONLY.has(namedType(d.type)) ? shape(value) : value;
  });
  return `${operation.name?.value ?? ''}\n${queryHash}\n${JSON.stringify(values)}`;
}

/**
 * The prices of operations already priced, least recently used dropped first. Only prices
 * within the budget are kept: a refusal is priced again each time, so its message and
 * numbers are always the cost function's own.
 */
export class PriceCache {
  private readonly entries = new Map<string, CostReport>();

  constructor(private readonly max = MAX_CACHED_PRICES) {}

  get size(): number {
    return this.entries.size;
  }

  price(key: string, compute: () => CostReport): CostReport {
    const hit = this.entries.get(key);
    if (hit) {
      this.entries.delete(key);
      this.entries.set(key, hit);
      return { ...hit };
    }
    const report = compute();
    if (this.entries.size >= this.max) this.entries.delete(this.entries.keys().next().value as string);
    this.entries.set(key, { ...report });
    return report;
  }
}
