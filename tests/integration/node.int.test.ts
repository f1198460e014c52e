import { seededServer, type Served } from '../support/harness';

const NODE = `query($id: ID!) { node(id: $id) { id __typename
  ... on Actor { name }
  ... on Source { title }
  ... on Claim { text }
  ... on Attribution { quote }
  ... on Event { name }
} }`;

describe('node(id)', () => {
  const t = seededServer();
  let s: Served;
  beforeAll(() => ({ s } = t));

  it.each([
    ['person-tatyana-moskalkova', 'Person'],
    ['org-ennhri', 'Organisation'],
    ['src-000-moskalkova-leaves-ennhri', 'Source'],
    ['claim-moskalkova-withdrawal', 'Claim'],
    ['attr-moskalkova-withdrawal', 'Attribution'],
    ['event-ennhri-vote-2023-04-11', 'Event'],
  ])('resolves %s as a %s', async (id, typename) => {
    const r = await s.gql(NODE, { id });
    expect(r.errors).toBeUndefined();
    expect(r.data.node).toMatchObject({ id, __typename: typename });
  });

  it('gives a source its own kind (ARTICLE), not the node kind', async () => {
    const r = await s.gql('{ source(id: "src-000-moskalkova-leaves-ennhri") { kind } telegram: source(id: "src-moskalkova-telegram") { kind } }');
    expect(r.errors).toBeUndefined();
    expect(r.data).toEqual({ source: { kind: 'ARTICLE' }, telegram: { kind: 'SOCIAL_POST' } });
  });

  it('answers null for an unknown id, not an error', async () => {
    const r = await s.gql(NODE, { id: 'no-such-node' });
    expect(r.errors).toBeUndefined();
    expect(r.data.node).toBeNull();
  });

  it('resolves a seed change record too', async () => {
    const r = await s.gql('{ history(id: "claim-moskalkova-withdrawal") { id operation by } }');
    expect(r.data.history[0]).toMatchObject({ operation: 'seed', by: 'seed' });
    const n = await s.gql('query($id: ID!) { node(id: $id) { id __typename } }', { id: r.data.history[0].id });
    expect(n.data.node.__typename).toBe('Change');
  });
});
