import { buildSchema, parse } from 'graphql';
import { priceOperation } from '../../src/api/limits/cost';
import { loadTypeDefs } from '../../src/api/schema';

/**
 * DeskSource.attributions is a bounded list like the others (schema/desk.graphql): priced by
 * its `first` (default 50), refused over the page-size cap, and read to the end with its
 * attributionsPage twin (tests/unit/list-pages.test.ts checks the twin's shape and resolver).
 */
const schema = buildSchema(loadTypeDefs());
const price = (q: string, variables: Record<string, unknown> = {}) =>
  priceOperation(schema, parse(q), variables, undefined, { budget: 1e9, maxPageSize: 100 }).requested;

describe('DeskSource.attributions: a first, priced like every bounded list', () => {
  it('takes first with a default of 50, and has a page twin with the same default', () => {
    const fields = (schema.getType('DeskSource') as import('graphql').GraphQLObjectType).getFields();
    expect(fields.attributions.args.find((a) => a.name === 'first')?.defaultValue).toBe(50);
    expect(fields.attributionsPage.args.map((a) => a.name).sort()).toEqual(['after', 'first']);
    expect(fields.attributionsPage.args.find((a) => a.name === 'first')?.defaultValue).toBe(50);
  });

  it('prices the list by its first (literal, variable or default), no longer a fixed 100; the twin like a connection', () => {
    // deskSource 1 + attributions × (attribution 1 + speaker 1).
    expect(price('{ deskSource(id: "s") { attributions { id speaker { id } } } }')).toBe(1 + 50 * 2);
    expect(price('{ deskSource(id: "s") { attributions(first: 10) { id speaker { id } } } }')).toBe(1 + 10 * 2);
    expect(price('query($n: Int) { deskSource(id: "s") { attributions(first: $n) { id } } }', { n: 80 })).toBe(1 + 80);
    expect(price('{ deskSource(id: "s") { attributionsPage(first: 100) { items { id speaker { id } } pageInfo { endCursor } } } }')).toBe(1 + 1 + 100 * (1 + 1 + 1));
  });

  it('refuses a first over the page-size cap, naming the cap and the twin to page with', () => {
    expect(() => price('{ deskSource(id: "s") { attributions(first: 101) { id } } }')).toThrow(/at most 100/);
    expect(() => price('{ deskSource(id: "s") { attributionsPage(first: 101) { items { id } } } }')).toThrow(/at most 100.*page with after/);
  });
});
