import { cypher, seededServer, serve, openHarness, type Harness, type Served } from '../support/harness';
import { seedCounts } from '../support/seed-counts';

const CLAIMS = `query($filter: ClaimFilter, $first: Int, $after: String) {
  claims(filter: $filter, first: $first, after: $after) {
    edges { cursor node { id } }
    pageInfo { hasNextPage endCursor }
  }
}`;

describe('read API', () => {
  const t = seededServer();
  let h: Harness;
  let s: Served;
  beforeAll(() => ({ h, s } = t));

  const ids = (r: any) => r.data.claims.edges.map((e: any) => e.node.id);

  async function walk(first: number, filter: Record<string, unknown> = {}, between?: (page: number) => Promise<void>) {
    const seen: string[] = [];
    let after: string | null = null;
    for (let page = 0; page < 200; page++) {
      const r: any = await s.gql(CLAIMS, { filter, first, after });
      expect(r.errors).toBeUndefined();
      seen.push(...ids(r));
      if (!r.data.claims.pageInfo.hasNextPage) return seen;
      after = r.data.claims.pageInfo.endCursor;
      if (between) await between(page);
    }
    throw new Error('pagination did not end');
  }

  describe('claims: keyset pagination', () => {
    it('walks every page with a small first: no duplicates, no gaps', async () => {
      const all = (await cypher<{ id: string }>(h, "MATCH (c:Claim {status: 'ACTIVE'}) RETURN c.id AS id ORDER BY id")).map((r) => r.id);
      const walked = await walk(7);
      expect(walked).toEqual(all);
    });

    it('keeps a cursor valid when new claims are inserted between pages', async () => {
      const before = (await cypher<{ id: string }>(h, "MATCH (c:Claim {status: 'ACTIVE'}) RETURN c.id AS id ORDER BY id")).map((r) => r.id);
      let n = 0;
      const walked = await walk(10, {}, async () => {
        // One id sorts before every cursor (already passed), one after (still to come).
        n++;
        await cypher(h, "CREATE (:Node:Claim {id: $early, text: 'inserted early', status: 'ACTIVE'}), (:Node:Claim {id: $late, text: 'inserted late', status: 'ACTIVE'})", {
          early: `aaa-inserted-${n}`,
          late: `zzz-inserted-${n}`,
        });
      });
      for (const id of before) expect(walked).toContain(id);
      expect(new Set(walked).size).toBe(walked.length);
      expect(walked.some((id) => id.startsWith('aaa-inserted'))).toBe(false);
      expect(walked.filter((id) => id.startsWith('zzz-inserted')).length).toBeGreaterThan(0);
      await cypher(h, "MATCH (c:Claim) WHERE c.id STARTS WITH 'aaa-inserted' OR c.id STARTS WITH 'zzz-inserted' DELETE c");
    });

    it('computes totalCount only when asked for', async () => {
      const without = await s.gql('{ claims(first: 5) { edges { node { id } } } }');
      const withCount = await s.gql('{ claims(first: 5) { totalCount edges { node { id } } } }');
      // The suite reads the seed graph, where every claim is active.
      expect(withCount.data.claims.totalCount).toBe(seedCounts().claims);
      expect(withCount.extensions!.db!.roundTrips).toBe(without.extensions!.db!.roundTrips + 1);
    });

    it('refuses a cursor it never gave out', async () => {
      const r = await s.gql(CLAIMS, { first: 5, after: 'not-a-cursor' });
      expect(r.errors![0].extensions!.code).toBe('BAD_USER_INPUT');
    });
  });

  describe('claims: filters', () => {
    it('by speaker', async () => {
      const r = await s.gql(CLAIMS, { filter: { speakerId: 'person-tanya-lokshina' }, first: 50 });
      expect(ids(r).length).toBeGreaterThan(0);
      const expected = await cypher<{ id: string }>(h, "MATCH (:Person {id: 'person-tanya-lokshina'})<-[:BY]-(:Attribution)-[:OF]->(c:Claim) RETURN DISTINCT c.id AS id ORDER BY id");
      expect(ids(r)).toEqual(expected.map((e) => e.id));
    });

    it('by what the claim is about', async () => {
      const r = await s.gql(CLAIMS, { filter: { aboutId: 'org-ennhri' }, first: 50 });
      expect(ids(r)).toContain('claim-russian-nhri-failed-obligations');
    });

    it('by source', async () => {
      const r = await s.gql(CLAIMS, { filter: { sourceId: 'src-004-amnesty-unhrc-russia-mechanism' }, first: 50 });
      const expected = await cypher<{ id: string }>(h, "MATCH (:Source {id: 'src-004-amnesty-unhrc-russia-mechanism'})<-[:IN]-(:Attribution)-[:OF]->(c:Claim) RETURN DISTINCT c.id AS id ORDER BY id");
      expect(ids(r)).toEqual(expected.map((e) => e.id));
    });

    it('by text, matching the claim text or any quote', async () => {
      const r = await s.gql(CLAIMS, { filter: { text: 'biolabs' }, first: 50 });
      expect(ids(r)).toContain('claim-ennhri-ignored-russian-concerns');
    });

    it('by partial dates: a year, a month', async () => {
      const month = await s.gql(CLAIMS, { filter: { saidFrom: '2023-01', saidTo: '2023-01' }, first: 50 });
      const year = await s.gql(CLAIMS, { filter: { saidFrom: '2021', saidTo: '2021' }, first: 50 });
      const expectedMonth = await cypher<{ id: string }>(
        h,
        "MATCH (a:Attribution)-[:OF]->(c:Claim) WHERE a.saidAtFrom <= '2023-01-31' AND a.saidAtTo >= '2023-01-01' RETURN DISTINCT c.id AS id ORDER BY id",
      );
      expect(ids(month)).toEqual(expectedMonth.map((e) => e.id));
      expect(ids(month).length).toBeGreaterThan(0);
      expect(ids(year)).toContain('claim-biden-human-rights-on-table');
      expect(ids(year)).not.toContain(ids(month)[0]);
    });

    it('combines filters', async () => {
      const r = await s.gql(CLAIMS, { filter: { speakerId: 'person-tatyana-moskalkova', aboutId: 'org-ennhri' }, first: 50 });
      const both = await cypher<{ id: string }>(
        h,
        "MATCH (:Actor {id: 'person-tatyana-moskalkova'})<-[:BY]-(:Attribution)-[:OF]->(c:Claim)-[:ABOUT]->(:Actor {id: 'org-ennhri'}) RETURN DISTINCT c.id AS id ORDER BY id",
      );
      expect(ids(r)).toEqual(both.map((e) => e.id));
    });

    it('refuses an impossible date, naming the field', async () => {
      const r = await s.gql(CLAIMS, { filter: { saidFrom: '2023-02-30' }, first: 5 });
      expect(r.errors![0].extensions!.code).toBe('BAD_USER_INPUT');
      expect(r.errors![0].message).toMatch(/saidFrom/);
    });
  });

  describe('no N+1', () => {
    const DEEP = `query($first: Int) { claims(first: $first) { edges { node { text
      attributions { quote mode speaker { name } source { title } } } } } }`;

    it('fetches 5 or 50 claims with attributions, speakers and sources in the same few round trips', async () => {
      const five = await s.gql(DEEP, { first: 5 });
      const fifty = await s.gql(DEEP, { first: 50 });
      expect(fifty.data.claims.edges).toHaveLength(50);
      expect(fifty.data.claims.edges.every((e: any) => e.node.attributions.every((a: any) => a.speaker.name && a.source.title))).toBe(true);
      expect(five.extensions!.db!.roundTrips).toBeLessThanOrEqual(4);
      expect(fifty.extensions!.db!.roundTrips).toBe(five.extensions!.db!.roundTrips);
    });

    it('answers a claim with its attributions, speakers and sources in one round trip', async () => {
      const r = await s.gql('{ claim(id: "claim-russian-nhri-failed-obligations") { text attributions { quote speaker { name } source { title } } } }');
      expect(r.data.claim.attributions[0]).toMatchObject({ speaker: { name: expect.any(String) }, source: { title: expect.any(String) } });
      expect(r.extensions!.db!.roundTrips).toBe(1);
      const text = await s.gql('{ claim(id: "claim-russian-nhri-failed-obligations") { attributions { quote start end source { text } } } }');
      const a = text.data.claim.attributions[0];
      expect(a.source.text.slice(a.start, a.end)).toBe(a.quote);
    });

    it('reports round trips and database time in every response', async () => {
      const r = await s.gql('{ claim(id: "claim-moskalkova-withdrawal") { id } }');
      expect(r.extensions!.db!.roundTrips).toBe(1);
      expect(r.extensions!.db!.dbTimeMs).toBeGreaterThan(0);
    });
  });

  describe('limits', () => {
    it('refuses a page larger than the maximum', async () => {
      const r = await s.gql(CLAIMS, { first: 101 });
      expect(r.errors![0].extensions!.code).toBe('BAD_USER_INPUT');
      expect(r.errors![0].message).toMatch(/at most 100/);
    });

    it.each([
      ['too deep', `{ claim(id: "x") { ${'counterclaims { '.repeat(14)} id ${'} '.repeat(14)} } }`],
      ['too many aliases', `{ ${Array.from({ length: 20 }, (_, i) => `a${i}: node(id: "x") { id }`).join(' ')} }`],
      ['too costly', '{ claims(first: 100) { edges { node { attributions { speaker { statements(first: 100) { edges { node { claim { attributions { source { attributions(first: 100) { edges { node { id } } } } } } } } } } } } } } }'],
      ['too many tokens', `{ ${Array.from({ length: 2100 }, () => '__typename').join(' ')} }`],
    ])('refuses a query that is %s before any Cypher runs', async (_what, query) => {
      const sentBefore = h.executor.statementsSent;
      const r = await s.gql(query);
      expect(r.errors![0].extensions!.code).toBe('QUERY_TOO_COMPLEX');
      expect(h.executor.statementsSent).toBe(sentBefore);
    });

    it('keeps introspection on by default and can switch it off', async () => {
      const on = await s.gql('{ __schema { queryType { name } } }');
      expect(on.data.__schema.queryType.name).toBe('Query');
      const off = await serve(h, { introspection: false });
      try {
        const r = await off.gql('{ __schema { queryType { name } } }');
        expect(r.errors![0].message).toMatch(/introspection/i);
      } finally {
        await off.close();
      }
    });

    it('bounds every database call by a transaction timeout', async () => {
      const slow = await openHarness({ DB_TX_TIMEOUT_MS: '100' });
      try {
        await expect(slow.executor.read({ name: 'test/slow', params: [], batch: false, text: 'UNWIND range(1, 100000000) AS x WITH x WHERE x < 0 RETURN count(x)' }, {})).rejects.toMatchObject({
          code: 'TIMEOUT',
        });
      } finally {
        await slow.close();
      }
    });
  });

  describe('unknown ids', () => {
    it.each(['node', 'claim', 'actor', 'source', 'attribution', 'event', 'provenance'])('%s answers null, not an error', async (field) => {
      const arg = field === 'provenance' ? 'claimId' : 'id';
      const r = await s.gql(`{ x: ${field}(${arg}: "no-such-id") { __typename } }`);
      expect(r.errors).toBeUndefined();
      expect(r.data.x).toBeNull();
    });

    it('an id of the wrong kind answers null from a typed query', async () => {
      const r = await s.gql('{ claim(id: "org-ennhri") { id } }');
      expect(r.data.claim).toBeNull();
    });

    it('neighbourhood of an unknown id is an empty subgraph', async () => {
      const r = await s.gql('{ neighbourhood(id: "no-such-id") { nodes { id } edges { id } } }');
      expect(r.data.neighbourhood).toEqual({ nodes: [], edges: [] });
    });
  });
});
