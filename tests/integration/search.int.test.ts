import { cypher, seededServer, type GqlResponse, type Served } from '../support/harness';

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

  /** Walks every page of a search with `after: endCursor`. */
  async function walk(q: string, kinds: string[] | null, first: number): Promise<string[]> {
    const ids: string[] = [];
    let after: string | null = null;
    for (;;) {
      const r: GqlResponse<any> = await s.gql(SEARCH, { q, kinds, first, after });
      expect(r.errors).toBeUndefined();
      ids.push(...r.data.search.edges.map((e: any) => e.node.id));
      if (!r.data.search.pageInfo.hasNextPage) return ids;
      after = r.data.search.pageInfo.endCursor;
    }
  }

  it.each([
    ['human rights', null],
    ['human rights', ['ORGANISATION']],
    ['Russia', ['CLAIM']],
    ['Russia', ['PERSON', 'ORGANISATION', 'ATTRIBUTION']],
  ])('pages of %j (kinds %j) together equal one long page', async (q, kinds) => {
    const one = await s.gql(SEARCH, { q, kinds, first: 100 });
    const all = one.data.search.edges.map((e: any) => e.node.id);
    expect(all.length).toBeGreaterThan(5);
    const walked = await walk(q, kinds, 5);
    expect(new Set(walked).size).toBe(walked.length);
    // Beyond one long page (at most 100), the walk goes on where it stops.
    if (one.data.search.pageInfo.hasNextPage) expect(walked.slice(0, all.length)).toEqual(all);
    else expect(walked).toEqual(all);
  });

  it('refuses a cursor given out by another query', async () => {
    const r1 = await s.gql(SEARCH, { q: 'Russia', first: 2 });
    const r2 = await s.gql(SEARCH, { q: 'Moskalkova', first: 2, after: r1.data.search.pageInfo.endCursor });
    expect(r2.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(r2.errors?.[0].message).toMatch(/different search/);
    const r3 = await s.gql(SEARCH, { q: 'Russia', kinds: ['CLAIM'], first: 2, after: r1.data.search.pageInfo.endCursor });
    expect(r3.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('refuses a cursor, rather than shift the next page, when a hit before it disappears', async () => {
    const r1 = await s.gql(SEARCH, { q: 'Russia', kinds: ['CLAIM'], first: 3 });
    const gone = r1.data.search.edges[0].node.id;
    await cypher(t.h, 'MATCH (c:Claim {id: $id}) SET c.status = "RETRACTED"', { id: gone });
    try {
      const r2 = await s.gql(SEARCH, { q: 'Russia', kinds: ['CLAIM'], first: 3, after: r1.data.search.pageInfo.endCursor });
      expect(r2.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
      expect(r2.errors?.[0].message).toMatch(/results changed.*start again/);
    } finally {
      await cypher(t.h, 'MATCH (c:Claim {id: $id}) SET c.status = "ACTIVE"', { id: gone });
    }
    const r3 = await s.gql(SEARCH, { q: 'Russia', kinds: ['CLAIM'], first: 3, after: r1.data.search.pageInfo.endCursor });
    expect(r3.errors).toBeUndefined();
    expect(r3.data.search.edges).toHaveLength(3);
  });

  it('refuses to page past 1000 hits deep', async () => {
    const r1 = await s.gql(SEARCH, { q: 'Russia', first: 1 });
    const c = JSON.parse(Buffer.from(r1.data.search.pageInfo.endCursor, 'base64url').toString('utf8'));
    const deep = Buffer.from(JSON.stringify({ ...c, o: 1001 })).toString('base64url');
    const r2 = await s.gql(SEARCH, { q: 'Russia', first: 1, after: deep });
    expect(r2.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(r2.errors?.[0].message).toMatch(/1000/);
  });
});
