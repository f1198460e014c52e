import { actualCost } from '../../src/api/limits/actual-cost';

describe('actual cost: the objects an answer holds', () => {
  it('counts every object below the root, in lists and nested, and nothing else', () => {
    expect(actualCost({ claim: null })).toBe(0);
    expect(actualCost({ claim: { id: 'c', text: 't', aliases: ['a', 'b'] } })).toBe(1);
    const page = { claims: { pageInfo: { hasNextPage: true }, edges: [{ node: { id: 'a', attributions: [{ speaker: { name: 'x' } }, { speaker: null }] } }, { node: { id: 'b', attributions: [] } }] } };
    // connection 1 + pageInfo 1 + 2 edges + 2 nodes + 2 attributions + 1 speaker
    expect(actualCost(page)).toBe(9);
  });
  it('is 0 for no data (a refused operation)', () => {
    expect(actualCost(null)).toBe(0);
    expect(actualCost(undefined)).toBe(0);
  });
});
