import { seededServer, type Served } from '../support/harness';

const SEARCH = `query($q: String!, $kinds: [NodeKind!], $first: Int, $after: String) {
  search(query: $q, kinds: $kinds, first: $first, after: $after) {
    edges { score matchedOn node { id __typename ... on Actor { name } ... on Source { title } } }
    pageInfo { hasNextPage endCursor }
  }
}`;

describe('search', () => {
  const t = seededServer();
  let s: Served;
  beforeAll(() => ({ s } = t));

  it('finds a seed source by a word of its text', async () => {
    const r = await s.gql(SEARCH, { q: 'Estemirova', kinds: ['SOURCE'] });
    expect(r.errors).toBeUndefined();
    expect(r.data.search.edges.map((e: any) => e.node.id)).toContain('src-003-elseroad-america-must-lead');
  });

  it('finds ENNHRI when asked for "ENRI", the misspelling one article uses', async () => {
    const r = await s.gql(SEARCH, { q: 'ENRI', kinds: ['ORGANISATION'] });
    expect(r.data.search.edges[0].node.id).toBe('org-ennhri');
    expect(r.data.search.edges[0].matchedOn).toBe('alias');
  });

  it('finds GANHRI when asked for "GANRI"', async () => {
    const r = await s.gql(SEARCH, { q: 'GANRI', kinds: ['ORGANISATION'] });
    expect(r.data.search.edges.map((e: any) => e.node.id)).toContain('org-ganhri');
  });

  it.each(['"ENRI" OR (', 'title:[a TO z]', '\\', 'ENRI~~^^', ')))', '*', 'AND', '"unterminated'])(
    'survives Lucene syntax in user input: %s',
    async (q) => {
      const r = await s.gql(SEARCH, { q });
      expect(r.status).toBe(200);
      expect(r.errors).toBeUndefined();
      expect(Array.isArray(r.data.search.edges)).toBe(true);
    },
  );

  it('ranks results best first, with scores', async () => {
    const r = await s.gql(SEARCH, { q: 'Moskalkova', first: 10 });
    const scores = r.data.search.edges.map((e: any) => e.score);
    expect(scores.length).toBeGreaterThan(1);
    expect([...scores].sort((a, b) => b - a)).toEqual(scores);
  });
});
