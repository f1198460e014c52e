import { buildSchema, parse, type GraphQLError } from 'graphql';
import { ASSUMED_LIST_SIZE, priceOperation } from '../../src/api/limits/cost';
import { loadTypeDefs } from '../../src/api/schema';

const schema = buildSchema(loadTypeDefs());
const limits = { budget: 25000, maxPageSize: 100 };
const price = (query: string, variables: Record<string, unknown> = {}, l = limits) => priceOperation(schema, parse(query), variables, undefined, l).requested;
const refusal = (query: string, variables: Record<string, unknown> = {}): GraphQLError => {
  try {
    price(query, variables);
  } catch (e) {
    return e as GraphQLError;
  }
  throw new Error('expected a refusal');
};

const FAN_OUT = `query($f: Int) { ${[1, 2, 3, 4, 5]
  .map((i) => `a${i}: claims(first: $f) { edges { node { attributions { source { attributions(first: $f) { edges { node { quote } } } } } } } }`)
  .join(' ')} }`;

describe('cost: variables count exactly as literals', () => {
  it('prices first: $n as first: n', () => {
    const q = (first: string) => `query($n: Int) { claims(first: ${first}) { edges { node { id attributions { quote speaker { name } } } } } }`;
    expect(price(q('$n'), { n: 50 })).toBe(price(q('50')));
    expect(price(q('$n'), { n: 7 })).toBe(price(q('7')));
    expect(price(q('$n'), { n: 7 })).toBeLessThan(price(q('$n'), { n: 50 }));
  });

  it('prices an argument left out at its default, and a variable left out at the variable default', () => {
    expect(price('{ claims { edges { node { id } } } }')).toBe(price('{ claims(first: 20) { edges { node { id } } } }'));
    expect(price('query($n: Int = 30) { claims(first: $n) { edges { node { id } } } }')).toBe(price('{ claims(first: 30) { edges { node { id } } } }'));
  });

  it('multiplies nested lists, so a fan-out costs the product of its pages', () => {
    const one = price('{ claims(first: 10) { edges { node { counterclaims(first: 10) { id } } } } }');
    const two = price('{ claims(first: 10) { edges { node { counterclaims(first: 20) { id } } } } }');
    expect(two - one).toBeGreaterThanOrEqual(10 * 10);
  });

  it('refuses the five-alias fan-out whether given as variables or literals', () => {
    for (const e of [refusal(FAN_OUT, { f: 100 }), refusal(FAN_OUT.replace('query($f: Int)', '').replaceAll('$f', '100'))]) {
      expect(e.extensions.code).toBe('QUERY_TOO_COMPLEX');
      expect(e.message).toMatch(/budget is 25000/);
    }
  });

  it('counts nodes(ids) by the number of ids', () => {
    expect(price('{ nodes(ids: ["a", "b", "c"]) { id } }')).toBe(3);
    expect(price('query($ids: [ID!]!) { nodes(ids: $ids) { id } }', { ids: ['a', 'b'] })).toBe(2);
  });

  it(`assumes ${ASSUMED_LIST_SIZE} items for a list with no size argument`, () => {
    expect(price('{ actor(id: "x") { aliases } }')).toBe(1);
    expect(price('{ claim(id: "x") { attributions { via { id } } } }')).toBeGreaterThan(1);
  });
});

describe('cost: page size over the cap', () => {
  it('is BAD_USER_INPUT naming the cap, before any cost is counted, as literal or variable', () => {
    for (const e of [refusal('{ claims(first: 100000) { edges { node { id } } } }'), refusal('query($n: Int) { claims(first: $n) { edges { node { id } } } }', { n: 100000 })]) {
      expect(e.extensions.code).toBe('BAD_USER_INPUT');
      expect(e.message).toMatch(/at most 100\b/);
      expect(e.message).toMatch(/Query\.claims/);
    }
  });

  it('tells to page with after only where the list has after', () => {
    expect(refusal('{ claims(first: 101) { edges { node { id } } } }').message).toMatch(/page with after/);
    expect(refusal('{ timeline(aboutId: "x", first: 101) { date } }').message).not.toMatch(/after/);
  });

  it('refuses a negative page size', () => {
    expect(refusal('{ claims(first: -1) { edges { node { id } } } }').extensions.code).toBe('BAD_USER_INPUT');
  });

  it('lets the neighbourhood draw up to its own larger cap', () => {
    expect(price('{ neighbourhood(id: "x", first: 300) { nodes { id } } }')).toBeGreaterThan(300);
  });
});

describe('cost: the calibration example from the issue', () => {
  it('lets claims(first: 50) with attributions, speakers, sources and counterclaims through', () => {
    const q = '{ claims(first: 50) { edges { node { id text attributions { quote speaker { name } source { title } } counterclaims { id } } } } }';
    expect(price(q)).toBeLessThanOrEqual(limits.budget);
  });
});
