import { parse } from 'yaml';
import fs from 'node:fs';
import path from 'node:path';
import { defaultSeedDir } from '../../src/ingest/seed-files';
import { cypher, seededServer, type Harness, type Served } from '../support/harness';

describe('fact-checker and explorer views', () => {
  const t = seededServer();
  let h: Harness;
  let s: Served;
  beforeAll(() => ({ h, s } = t));

  describe('provenance', () => {
    it('follows the reporting chain back to the earliest known origin', async () => {
      const r = await s.gql(`{ provenance(claimId: "claim-biden-human-rights-on-table") {
        claim { id } entries { attribution { quote speaker { name } } source { id } chains { id } origins { id } } } }`);
      const entry = r.data.provenance.entries[0];
      expect(entry.attribution.speaker.name).toBe('Joe Biden');
      expect(entry.chains[0].map((x: any) => x.id)).toEqual(['src-003-elseroad-america-must-lead', 'src-ukrainealert-elseroad-original', 'src-biden-geneva-press-conference']);
      expect(entry.origins.map((x: any) => x.id)).toEqual(['src-biden-geneva-press-conference']);
    });

    it('shows The Moscow Times relaying Izvestia', async () => {
      const r = await s.gql('{ provenance(claimId: "claim-eurasian-group-less-political") { entries { attribution { mode } chains { id } } } }');
      expect(r.data.provenance.entries[0].attribution.mode).toBe('REPORTED');
      expect(r.data.provenance.entries[0].chains[0].map((x: any) => x.id)).toEqual(['src-002-moscow-times-eurasian-hr-group', 'src-izvestia-eurasian-hr-group']);
    });

    it('a claim with no relied-on source is its own origin', async () => {
      const r = await s.gql('{ provenance(claimId: "claim-russian-nhri-failed-obligations") { entries { chains { id } } } }');
      const chain = r.data.provenance.entries[0].chains[0].map((x: any) => x.id);
      expect(chain[0]).toBe('src-000-moskalkova-leaves-ennhri');
    });
  });

  describe('disputes', () => {
    it('pairs each claim with its counterclaim, with both sides’ speakers, quotes and sources', async () => {
      const r = await s.gql(`{ disputes(aboutId: "org-ennhri") { edges { node { basis claim { id } counterclaim { id }
        claimAttributions { quote speaker { id } source { id text } start end }
        counterclaimAttributions { quote speaker { id } source { id } } } } } }`);
      const pairs = r.data.disputes.edges.map((e: any) => e.node);
      expect(pairs.length).toBeGreaterThan(0);
      const speakers = pairs.flatMap((p: any) => [...p.claimAttributions, ...p.counterclaimAttributions].map((a: any) => a.speaker.id));
      expect(speakers).toEqual(expect.arrayContaining(['org-ennhri', 'person-tatyana-moskalkova']));
      for (const p of pairs) {
        expect(p.basis.length).toBeGreaterThan(10);
        for (const a of p.claimAttributions) expect(a.source.text.slice(a.start, a.end)).toBe(a.quote);
      }
    });

    it('pages through every dispute without repeats', async () => {
      const all: string[] = [];
      let after: string | null = null;
      for (;;) {
        const r: any = await s.gql('query($after: String) { disputes(first: 1, after: $after) { edges { node { id } } pageInfo { hasNextPage endCursor } } }', { after });
        all.push(...r.data.disputes.edges.map((e: any) => e.node.id));
        if (!r.data.disputes.pageInfo.hasNextPage) break;
        after = r.data.disputes.pageInfo.endCursor;
      }
      const [c] = await cypher<{ c: number }>(h, 'MATCH ()-[r:CONTRADICTS]->() RETURN count(r) AS c');
      expect(all).toHaveLength(Number(c.c));
      expect(new Set(all).size).toBe(all.length);
    });
  });

  describe('timeline', () => {
    it('lists dated events, attributions and sources in date order, filtered by partial dates', async () => {
      const r = await s.gql('{ timeline(aboutId: "org-us-government") { date kind label node { id } } }');
      const dates = r.data.timeline.map((t: any) => t.date);
      expect(dates.length).toBeGreaterThan(1);
      expect(new Set(r.data.timeline.map((t: any) => t.kind)).size).toBeGreaterThan(1);
      const firstDay = (d: string) => (d.length === 4 ? `${d}-01-01` : d.length === 7 ? `${d}-01` : d);
      expect([...dates].sort((a, b) => firstDay(a).localeCompare(firstDay(b)))).toEqual(dates);
      const only2021 = await s.gql('{ timeline(aboutId: "org-us-government", from: "2021", to: "2021") { date } }');
      expect(only2021.data.timeline.length).toBeGreaterThan(0);
      expect(only2021.data.timeline.every((t: any) => t.date.startsWith('2021'))).toBe(true);
    });
  });

  describe('neighbourhood', () => {
    const N = `query($id: ID!, $depth: Int, $kinds: [NodeKind!], $first: Int) { neighbourhood(id: $id, depth: $depth, kinds: $kinds, first: $first) {
      nodes { id kind label } edges { id type from to label } omitted { kind count } } }`;

    it('draws attributions as speaker → claim edges labelled with the mode', async () => {
      const r = await s.gql(N, { id: 'person-tatyana-moskalkova' });
      const said = r.data.neighbourhood.edges.filter((e: any) => e.type === 'SAID');
      expect(said.length).toBeGreaterThan(0);
      expect(said.every((e: any) => e.from === 'person-tatyana-moskalkova' && ['DIRECT_QUOTE', 'PARAPHRASE', 'REPORTED'].includes(e.label))).toBe(true);
      expect(r.data.neighbourhood.nodes.some((n: any) => n.kind === 'ATTRIBUTION')).toBe(false);
    });

    it('grows with depth, keeps only the kinds asked for, and counts what the limit left out', async () => {
      const d1 = (await s.gql(N, { id: 'org-ennhri', depth: 1, first: 200 })).data.neighbourhood;
      const d2 = (await s.gql(N, { id: 'org-ennhri', depth: 2, first: 200 })).data.neighbourhood;
      expect(d2.nodes.length).toBeGreaterThan(d1.nodes.length);
      const claimsOnly = (await s.gql(N, { id: 'org-ennhri', depth: 2, kinds: ['CLAIM'], first: 200 })).data.neighbourhood;
      const claims = claimsOnly.nodes.filter((n: any) => n.id !== 'org-ennhri');
      expect(claims.length).toBeGreaterThan(0);
      expect(claims.every((n: any) => n.kind === 'CLAIM')).toBe(true);
      const small = (await s.gql(N, { id: 'org-ennhri', depth: 2, first: 3 })).data.neighbourhood;
      expect(small.nodes).toHaveLength(4);
      const omitted = small.omitted.reduce((sum: number, o: any) => sum + o.count, 0);
      // Depth 2 holds more than the 4 nodes first: 3 allows, so the limit must have left some out.
      expect(d2.nodes.length).toBeGreaterThan(4);
      expect(omitted).toBeGreaterThan(0);
      for (const e of small.edges) {
        expect(small.nodes.map((n: any) => n.id)).toEqual(expect.arrayContaining([e.from, e.to]));
      }
    });

    it('refuses depth beyond 3', async () => {
      const r = await s.gql(N, { id: 'org-ennhri', depth: 4 });
      expect(r.errors![0].extensions!.code).toBe('BAD_USER_INPUT');
    });

    it('colours the counterclaim pair: a CONTRADICTS edge between the two claims', async () => {
      const r = await s.gql(N, { id: 'claim-russian-nhri-failed-obligations' });
      expect(r.data.neighbourhood.edges.some((e: any) => e.type === 'CONTRADICTS')).toBe(true);
    });
  });

  describe('paths', () => {
    const P = 'query($a: ID!, $b: ID!, $hops: Int) { paths(fromId: $a, toId: $b, maxHops: $hops) { nodes { id kind } edges { type from to } } }';

    it('finds a shortest path between two actors through what links them', async () => {
      const r = await s.gql(P, { a: 'person-tatyana-moskalkova', b: 'org-ennhri', hops: 4 });
      const ids = r.data.paths.nodes.map((n: any) => n.id);
      expect(ids).toEqual(expect.arrayContaining(['person-tatyana-moskalkova', 'org-ennhri']));
      expect(r.data.paths.edges.length).toBeGreaterThan(0);
      expect(r.data.paths.edges.length).toBeLessThanOrEqual(4 * 10);
    });

    it('gives an empty subgraph when no path is short enough', async () => {
      const r = await s.gql(P, { a: 'person-tatyana-moskalkova', b: 'person-natalia-estemirova', hops: 1 });
      expect(r.data.paths.edges).toEqual([]);
    });

    it('refuses more than 6 hops', async () => {
      const r = await s.gql(P, { a: 'person-tatyana-moskalkova', b: 'org-ennhri', hops: 7 });
      expect(r.errors![0].extensions!.code).toBe('BAD_USER_INPUT');
    });
  });

  describe('connections', () => {
    it('pages through an actor’s statements and a source’s attributions (in text order)', async () => {
      const walk = async (query: string, pick: (d: any) => any) => {
        const seen: any[] = [];
        let after: string | null = null;
        for (;;) {
          const r: any = await s.gql(query, { after });
          const conn = pick(r.data);
          seen.push(...conn.edges.map((e: any) => e.node));
          if (!conn.pageInfo.hasNextPage) return { seen, total: conn.totalCount };
          after = conn.pageInfo.endCursor;
        }
      };
      const st = await walk('query($after: String) { actor(id: "person-tatyana-moskalkova") { statements(first: 2, after: $after) { totalCount edges { node { id } } pageInfo { hasNextPage endCursor } } } }', (d) => d.actor.statements);
      expect(st.seen).toHaveLength(st.total);
      expect(new Set(st.seen.map((n: any) => n.id)).size).toBe(st.total);
      const sa = await walk('query($after: String) { source(id: "src-000-moskalkova-leaves-ennhri") { attributions(first: 3, after: $after) { totalCount edges { node { id start } } pageInfo { hasNextPage endCursor } } } }', (d) => d.source.attributions);
      expect(sa.seen).toHaveLength(sa.total);
      const starts = sa.seen.map((n: any) => n.start);
      expect([...starts].sort((a, b) => a - b)).toEqual(starts);
    });
  });

  describe('search quality', () => {
    const ids = async (query: string, kinds?: string[]) =>
      (await s.gql('query($q: String!, $k: [NodeKind!]) { search(query: $q, kinds: $k, first: 50) { edges { node { id } } } }', { q: query, k: kinds })).data.search.edges.map((e: any) => e.node.id);

    it('finds every actor by every alias and every mention spelling in the seed', async () => {
      const shared = parse(fs.readFileSync(path.join(defaultSeedDir, 'annotations', 'shared.yaml'), 'utf8'));
      const misses: string[] = [];
      for (const a of shared.actors) {
        for (const alias of [a.name, ...(a.aliases ?? [])]) {
          const found = await ids(`"${alias}"`, [a.type]);
          if (!found.includes(a.id)) misses.push(`${a.id} ← "${alias}"`);
        }
      }
      const mentions = await cypher<{ id: string; surface: string; type: string }>(
        h,
        "MATCH (a:Actor)-[m:MENTIONED_IN]->() RETURN DISTINCT a.id AS id, m.surface AS surface, CASE WHEN a:Person THEN 'PERSON' ELSE 'ORGANISATION' END AS type",
      );
      for (const m of mentions) if (!(await ids(`"${m.surface}"`, [m.type])).includes(m.id)) misses.push(`${m.id} ← mention "${m.surface}"`);
      expect(misses).toEqual([]);
    });

    it('searches a phrase, and a prefix', async () => {
      expect(await ids('"long overdue breakthrough"', ['SOURCE'])).toContain('src-004-amnesty-unhrc-russia-mechanism');
      expect(await ids('Moskal*', ['PERSON'])).toContain('person-tatyana-moskalkova');
      expect(await ids('Moskal', ['PERSON'])).toContain('person-tatyana-moskalkova');
    });

    it('finds claims by a word of a quote that their own text does not use', async () => {
      expect(await ids('disconnect', ['CLAIM'])).toContain('claim-ennhri-board-disconnect');
    });

    it('ranks across kinds', async () => {
      const r = await s.gql('{ search(query: "Lokshina", first: 10) { edges { score node { __typename } } } }');
      const kinds = new Set(r.data.search.edges.map((e: any) => e.node.__typename));
      expect(kinds.size).toBeGreaterThan(1);
    });
  });
});
