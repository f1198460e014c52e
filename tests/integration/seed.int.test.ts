import { createHash } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parse, stringify } from 'yaml';
import { loadSeed } from '../../src/ingest/seed';
import { SeedValidationError } from '../../src/ingest/seed-plan';
import { defaultSeedDir } from '../../src/ingest/seed-files';
import { cypher, openHarness, resetToSeed, type Harness } from '../support/harness';
import { seedCounts } from '../support/seed-counts';

const num = (v: unknown) => Number(v);
const seed = seedCounts();

/** Node and relationship counts by label/type: what "the database is unchanged" compares. */
async function graphCounts(h: Harness) {
  const nodes = await cypher<{ l: string; c: number }>(h, 'MATCH (n) UNWIND labels(n) AS l RETURN l, count(*) AS c ORDER BY l');
  const rels = await cypher<{ t: string; c: number }>(h, 'MATCH ()-[r]->() RETURN type(r) AS t, count(*) AS c ORDER BY t');
  return { nodes: nodes.map((r) => [r.l, num(r.c)]), rels: rels.map((r) => [r.t, num(r.c)]) };
}

describe('the seed graph', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await openHarness();
    await resetToSeed(h);
  });
  afterAll(() => h.close());

  describe('holds every invariant of MODEL.md, checked in the database', () => {
    it('every claim has at least one attribution', async () => {
      const bad = await cypher(h, 'MATCH (c:Claim) WHERE NOT EXISTS { (c)<-[:OF]-(:Attribution) } RETURN c.id AS id');
      expect(bad).toEqual([]);
    });

    it('every attribution has exactly one OF, one BY and one IN', async () => {
      const bad = await cypher(
        h,
        `MATCH (a:Attribution)
         WITH a, COUNT { (a)-[:OF]->(:Claim) } AS of, COUNT { (a)-[:BY]->(:Actor) } AS by, COUNT { (a)-[:IN]->(:Source) } AS inn
         WHERE of <> 1 OR by <> 1 OR inn <> 1 RETURN a.id AS id, of, by, inn`,
      );
      expect(bad).toEqual([]);
    });

    it('every quote is exactly the span of its source text', async () => {
      const rows = await cypher<{ id: string; quote: string; span: string }>(
        h,
        `MATCH (a:Attribution)-[:IN]->(s:Source) WHERE s.text IS NOT NULL
         RETURN a.id AS id, a.quote AS quote, substring(s.text, a.start, a.end - a.start) AS span`,
      );
      expect(rows).toHaveLength(seed.attributions);
      for (const r of rows) expect({ id: r.id, quote: r.quote }).toEqual({ id: r.id, quote: r.span });
    });

    it('every mention records the spelling exactly where the source uses it', async () => {
      const rows = await cypher<{ surface: string; span: string }>(
        h,
        'MATCH (:Actor)-[m:MENTIONED_IN]->(s:Source) RETURN m.surface AS surface, substring(s.text, m.start, m.end - m.start) AS span',
      );
      // One MENTIONED_IN per occurrence, so at least one per annotated spelling.
      expect(rows.length).toBeGreaterThanOrEqual(seed.mentionEntries);
      for (const r of rows) expect(r.span).toBe(r.surface);
    });

    it('every held text is byte for byte the seed file, with its SHA-256', async () => {
      const rows = await cypher<{ text: string; sha: string; title: string }>(h, 'MATCH (s:Source) WHERE s.text IS NOT NULL RETURN s.text AS text, s.textSha256 AS sha, s.title AS title');
      expect(rows).toHaveLength(seed.heldSources);
      const files = fs.readdirSync(path.join(defaultSeedDir, 'sources')).map((f) => fs.readFileSync(path.join(defaultSeedDir, 'sources', f), 'utf8'));
      for (const r of rows) {
        expect(createHash('sha256').update(r.text, 'utf8').digest('hex')).toBe(r.sha);
        expect(files).toContain(r.text);
      }
    });

    it('ids are unique across all kinds and every node of the model has one', async () => {
      const [r] = await cypher<{ n: number; d: number; missing: number }>(
        h,
        'MATCH (n:Node) RETURN count(n) AS n, count(DISTINCT n.id) AS d, count(CASE WHEN n.id IS NULL THEN 1 END) AS missing',
      );
      expect(num(r.n)).toBe(num(r.d));
      expect(num(r.missing)).toBe(0);
      const unlabelled = await cypher(h, 'MATCH (n) WHERE (n:Claim OR n:Actor OR n:Source OR n:Attribution OR n:Event) AND NOT n:Node RETURN n');
      expect(unlabelled).toEqual([]);
    });

    it('every node was recorded by a Change', async () => {
      const orphans = await cypher(h, 'MATCH (n:Node) WHERE NOT n:Change AND NOT EXISTS { (n)<-[:CHANGED]-(:Change) } RETURN n.id AS id');
      expect(orphans).toEqual([]);
    });
  });

  describe('covers the articles', () => {
    it('has the claims and actors a careful reader expects', async () => {
      const [r] = await cypher<{ claims: number; actors: number; cited: number }>(
        h,
        'RETURN COUNT { (:Claim) } AS claims, COUNT { (:Actor) } AS actors, COUNT { (s:Source) WHERE s.text IS NULL } AS cited',
      );
      expect({ claims: num(r.claims), actors: num(r.actors), cited: num(r.cited) }).toEqual({ claims: seed.claims, actors: seed.actors, cited: seed.citedSources });
    });

    it("links ENNHRI's stated reason and Moskalkova's rationale by CONTRADICTS", async () => {
      const rows = await cypher(
        h,
        `MATCH (c1:Claim)-[:CONTRADICTS]-(c2:Claim)
         WHERE EXISTS { (c1)<-[:OF]-(:Attribution)-[:BY]->(:Actor {id: 'org-ennhri'}) }
           AND EXISTS { (c2)<-[:OF]-(:Attribution)-[:BY]->(:Actor {id: 'person-tatyana-moskalkova'}) }
         RETURN c1.id AS a, c2.id AS b`,
      );
      expect(rows.length).toBeGreaterThan(0);
    });

    it("records Lokshina's dispute of the comparison with HRW as a counterclaim", async () => {
      const rows = await cypher(
        h,
        `MATCH (c:Claim)<-[:OF]-(:Attribution)-[:BY]->(:Person {id: 'person-tanya-lokshina'})
         MATCH (c)-[:CONTRADICTS]-(other:Claim) RETURN other.id AS id`,
      );
      expect(rows.length).toBeGreaterThan(0);
    });

    it.each([
      ['org-ennhri', 'ENRI', '000_40b166258f87e5b9.txt'],
      ['org-ganhri', 'GANRI', '000_40b166258f87e5b9.txt'],
      ['org-russian-ombudsman', 'Russian National Institute of Human Rights', '000_40b166258f87e5b9.txt'],
    ])('records the spelling %s → "%s" on the source that used it', async (actorId, surface) => {
      const rows = await cypher(h, 'MATCH (:Actor {id: $actorId})-[m:MENTIONED_IN {surface: $surface}]->(s:Source) RETURN s.id AS id', { actorId, surface });
      expect(rows.length).toBeGreaterThan(0);
    });

    it('keeps the reporting chain: The Moscow Times ← Izvestia', async () => {
      const rows = await cypher(
        h,
        `MATCH (a:Attribution {mode: 'REPORTED'})-[:IN]->(s:Source {id: 'src-002-moscow-times-eurasian-hr-group'})
         MATCH (a)-[:VIA]->(v:Source {id: 'src-izvestia-eurasian-hr-group'}) RETURN a.id AS id`,
      );
      expect(rows.length).toBeGreaterThan(0);
    });
  });

  describe('loader', () => {
    let scratch: string;
    beforeEach(() => {
      scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'seed-'));
      fs.cpSync(defaultSeedDir, scratch, { recursive: true });
    });
    afterEach(() => fs.rmSync(scratch, { recursive: true, force: true }));

    const edit = (file: string, change: (doc: any) => void) => {
      const p = path.join(scratch, 'annotations', file);
      const doc = parse(fs.readFileSync(p, 'utf8'));
      change(doc);
      fs.writeFileSync(p, stringify(doc));
    };

    it('loading twice gives the same node and relationship counts', async () => {
      const before = await graphCounts(h);
      await loadSeed(h.executor, h.catalogue);
      expect(await graphCounts(h)).toEqual(before);
    });

    it.each([
      ['a quote not in the text', (d: any) => (d.claims[0].attributions[0].quote = 'words nobody wrote'), /attr-moskalkova-withdrawal: quote: quote does not occur/],
      ['an unknown speaker id', (d: any) => (d.claims[0].attributions[0].speakerId = 'person-nobody'), /attr-moskalkova-withdrawal: speakerId: "person-nobody" does not exist/],
      ['a claim without attribution', (d: any) => (d.claims[0].attributions = []), /claim-moskalkova-withdrawal: attributions: has no attribution/],
      ['a duplicate id', (d: any) => (d.claims[1].id = d.claims[0].id), /duplicate id "claim-moskalkova-withdrawal"/],
      ['a speaker of the wrong kind', (d: any) => (d.claims[0].attributions[0].speakerId = 'src-moskalkova-telegram'), /is a source, expected person or organisation/],
      ['a bad mode', (d: any) => (d.claims[0].attributions[0].mode = 'RUMOUR'), /000_40b166258f87e5b9.yaml: claims\[0\]\.attributions\[0\] \(entry attr-moskalkova-withdrawal\): mode: /],
    ])('refuses %s, naming the entry, and writes nothing', async (_what, corrupt, message) => {
      edit('000_40b166258f87e5b9.yaml', corrupt);
      const before = await graphCounts(h);
      await expect(loadSeed(h.executor, h.catalogue, scratch)).rejects.toThrow(SeedValidationError);
      await expect(loadSeed(h.executor, h.catalogue, scratch)).rejects.toThrow(message);
      expect(await graphCounts(h)).toEqual(before);
    });

    it('leaves no half-loaded graph when the database refuses part of a load', async () => {
      // A node that already holds a claim's id under another kind makes the transaction fail midway.
      await cypher(h, 'MATCH (n) WHERE NOT n:SchemaMigration DETACH DELETE n');
      await cypher(h, "CREATE (:Node:Event {id: 'claim-moskalkova-withdrawal', name: 'squatter'})");
      await expect(loadSeed(h.executor, h.catalogue)).rejects.toThrow();
      const [r] = await cypher<{ c: number }>(h, 'MATCH (n:Node) RETURN count(n) AS c');
      expect(num(r.c)).toBe(1);
      await resetToSeed(h);
    });
  });
});
