import { parse, type OperationDefinitionNode } from 'graphql';
import { PriceCache, priceKey } from '../../src/api/engine/price-cache';

const op = (doc: string) => parse(doc).definitions[0] as OperationDefinitionNode;
const Q = op('query Q($ids: [ID!]!, $first: Int, $q: String, $kinds: [NodeKind!], $more: Boolean) { x }');

describe('priceKey', () => {
  it('keys ids and free text by shape only: other ids, same list length, same key', () => {
    expect(priceKey('h', Q, { ids: ['a', 'b'], q: 'foo' })).toBe(priceKey('h', Q, { ids: ['c', 'd'], q: 'bar' }));
  });

  it('keeps what sizes an answer: list lengths, numbers, booleans, enums', () => {
    const base = priceKey('h', Q, { ids: ['a'], first: 10, kinds: ['CLAIM'], more: true });
    expect(priceKey('h', Q, { ids: ['a', 'b'], first: 10, kinds: ['CLAIM'], more: true })).not.toBe(base);
    expect(priceKey('h', Q, { ids: ['a'], first: 11, kinds: ['CLAIM'], more: true })).not.toBe(base);
    expect(priceKey('h', Q, { ids: ['a'], first: 10, kinds: ['SOURCE'], more: true })).not.toBe(base);
    expect(priceKey('h', Q, { ids: ['a'], first: 10, kinds: ['CLAIM'], more: false })).not.toBe(base);
  });

  it('tells documents and operations apart', () => {
    expect(priceKey('h1', Q, {})).not.toBe(priceKey('h2', Q, {}));
    expect(priceKey('h', Q, {})).not.toBe(priceKey('h', op('query R($ids: [ID!]!) { x }'), {}));
  });
});

describe('PriceCache', () => {
  it('prices a key once and answers again from the cache', () => {
    const cache = new PriceCache(10);
    let calls = 0;
    const compute = () => ({ requested: ++calls, budget: 100 });
    expect(cache.price('k', compute)).toEqual({ requested: 1, budget: 100 });
    expect(cache.price('k', compute)).toEqual({ requested: 1, budget: 100 });
    expect(calls).toBe(1);
  });

  it('does not keep refusals: a price that throws is computed every time', () => {
    const cache = new PriceCache(10);
    let calls = 0;
    const refuse = () => {
      calls += 1;
      throw new Error('too complex');
    };
    expect(() => cache.price('k', refuse)).toThrow('too complex');
    expect(() => cache.price('k', refuse)).toThrow('too complex');
    expect(calls).toBe(2);
    expect(cache.size).toBe(0);
  });

  it('stays bounded, dropping the least recently used', () => {
    const cache = new PriceCache(2);
    const price = (n: number) => () => ({ requested: n, budget: 100 });
    cache.price('a', price(1));
    cache.price('b', price(2));
    cache.price('a', price(99)); // a is now the most recent
    cache.price('c', price(3)); // drops b
    expect(cache.size).toBe(2);
    expect(cache.price('a', price(99)).requested).toBe(1);
    expect(cache.price('b', price(22)).requested).toBe(22);
  });
});
