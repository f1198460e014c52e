import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fingerprint } from '../../reliability/fingerprint';
import { claimgraph, cliFor, testDatabaseEnv } from '../support/claimgraph-cli';
import { cypher, openHarness, resetToSeed, serve, type Harness } from '../support/harness';

const ROOT = path.resolve(__dirname, '../..');
const FIXTURE = path.join(ROOT, 'tests/fixtures/articles');
const KEYS = 'ed:editor:editor-key-0001';

describe('claimgraph CLI: import, export, backup and restore against the real database', () => {
  let h: Harness;
  let tmp: string;
  const fp = () => fingerprint(h.driver, h.config.neo4j.database);
  const cli = cliFor(() => h.config.neo4j.database);

  beforeAll(async () => {
    h = await openHarness({ API_KEYS: KEYS });
    await resetToSeed(h);
    tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'claimgraph-cli-'));
    // A review through the API, so backups and exports carry one.
    const s = await serve(h);
    try {
      const r = await s.gql(
        `mutation { addReview(input: {claimId: "claim-eurasian-group-less-political", reviewerId: "org-moscow-times", ratingLabel: "Unproven", url: "https://factcheck.example.org/x"}) { review { id } } }`,
        {},
        { authorization: 'Bearer editor-key-0001' },
      );
      if (r.errors) throw new Error(JSON.stringify(r.errors));
    } finally {
      await s.close();
    }
  });
  afterAll(async () => {
    fs.rmSync(tmp, { recursive: true, force: true });
    await h?.close();
  });

  it('every command has --help; a bad option is a usage error (exit 2)', async () => {
    for (const cmd of ['import', 'export', 'backup', 'restore']) {
      const r = await cli(cmd, '--help');
      expect(r.code).toBe(0);
      expect(r.stdout).toContain(`Usage: claimgraph ${cmd}`);
    }
    expect((await cli('export', '--format', 'xml')).code).toBe(2);
  });

  it('db credentials with NEO4J_URI set names the variable and never echoes NEO4J_PASSWORD', async () => {
    const secret = `do-not-echo-${process.pid}-${Date.now()}`;
    const env = { ...testDatabaseEnv(h.config.neo4j.database), NEO4J_USERNAME: 'someone', NEO4J_PASSWORD: secret };
    const json = await claimgraph(['db', 'credentials', '--json'], { env });
    expect(json.code).toBe(0);
    expect(JSON.parse(json.stdout)).toEqual({
      uri: process.env.TEST_NEO4J_URI,
      user: 'someone',
      password: '(the value of NEO4J_PASSWORD)',
      database: h.config.neo4j.database,
    });
    const text = await claimgraph(['db', 'credentials'], { env });
    expect(text.code).toBe(0);
    expect(text.stdout).toContain('password: (the value of NEO4J_PASSWORD)');
    for (const run of [json, text]) expect(run.stdout + run.stderr).not.toContain(secret);
  });

  it('imports a sixth article in the seed format, all of it, and a second run writes nothing', async () => {
    const r = await cli('import', FIXTURE, '--by', 'newsroom');
    expect(r.stderr).toContain('Imported');
    expect(r.code).toBe(0);
    const [a] = await cypher(h, `MATCH (a:Attribution {id: 'attr-900-maria-general-assembly'})-[:IN]->(s:Source) MATCH (a)-[:BY]->(p:Person) MATCH (a)-[:ON_BEHALF_OF]->(o)
      RETURN a.quote AS quote, substring(s.text, a.start, a.end - a.start) AS span, p.name AS speaker, o.id AS org`);
    expect(a).toEqual({ quote: 'the decision was taken by the General Assembly', span: 'the decision was taken by the General Assembly', speaker: 'Maria Example', org: 'org-ennhri' });
    const [ch] = await cypher(h, `MATCH (ch:Change {operation: 'import'})-[:CHANGED]->(:Claim {id: 'claim-900-russian-nhri-no-longer-member'}) RETURN ch.by AS by`);
    expect(ch.by).toBe('newsroom');
    const before = await fp();
    const again = await cli('import', FIXTURE);
    expect(again.code).toBe(0);
    expect(again.stderr).toContain('Already imported');
    expect(await fp()).toEqual(before);
  });

  it('refuses a run with a bad entry whole, naming file, entry and reason (exit 3)', async () => {
    const dir = path.join(tmp, 'bad');
    fs.mkdirSync(dir);
    fs.copyFileSync(path.join(FIXTURE, '900_example_follow_up.txt'), path.join(dir, '901.txt'));
    const yaml = fs.readFileSync(path.join(FIXTURE, '900_example_follow_up.yaml'), 'utf8')
      .replace('src-900-ennhri-follow-up', 'src-901-bad').replace('900_example_follow_up.txt', '901.txt').replace(/claim-900/g, 'claim-901').replace(/attr-900/g, 'attr-901')
      .replace('is no longer a member of the network', 'is still a member of the network')
      .replace('person-maria-example', 'person-nobody');
    fs.writeFileSync(path.join(dir, '901.yaml'), yaml);
    const before = await fp();
    const r = await cli('import', dir);
    expect(r.code).toBe(3);
    expect(r.stderr).toMatch(/901\.yaml:\d+: attribution attr-901-ennhri-no-longer-member: quote: quote does not occur/);
    expect(r.stderr).toMatch(/901\.yaml:\d+: attribution attr-901-maria-general-assembly: speakerId: "person-nobody" does not exist/);
    expect(await fp()).toEqual(before);
    expect((await cli('import', path.join(tmp, 'missing'))).code).toBe(3);
  });

  it('exports JSON Lines: the graph, ClaimReviews and Web Annotations, to stdout or a file', async () => {
    const reviews = await cli('export', '--format', 'claimreview');
    expect(reviews.code).toBe(0);
    const docs = reviews.stdout.trim().split('\n').map((l) => JSON.parse(l));
    expect(docs).toHaveLength(1);
    expect(docs[0]).toMatchObject({ '@type': 'ClaimReview', reviewRating: { alternateName: 'Unproven' } });
    const out = path.join(tmp, 'annotations.jsonl');
    expect((await cli('export', '--format', 'annotations', '--out', out)).code).toBe(0);
    const annotations = fs.readFileSync(out, 'utf8').trim().split('\n').map((l) => JSON.parse(l));
    const [{ n }] = await cypher(h, `MATCH (a:Attribution {status: 'ACTIVE'})-[:IN]->(s:Source) WHERE s.text IS NOT NULL RETURN count(a) AS n`);
    expect(annotations).toHaveLength(Number(n));
    expect(annotations.every((a) => a.type === 'Annotation' && a.target.selector[1].type === 'TextPositionSelector')).toBe(true);
    const graph = (await cli('export', '--format', 'jsonl')).stdout.trim().split('\n').map((l) => JSON.parse(l));
    const [{ nodes, rels }] = await cypher(h, 'RETURN COUNT { (:Node) } AS nodes, COUNT { (:Node)-[]->() } AS rels');
    expect(graph.filter((x) => x.type === 'node')).toHaveLength(Number(nodes));
    expect(graph.filter((x) => x.type === 'relationship')).toHaveLength(Number(rels));
  });

  it('backup, wipe, restore gives the identical fingerprint; a non-empty database needs --force', async () => {
    const file = path.join(tmp, 'graph.backup.jsonl');
    const before = await fp();
    expect(before.labels.Review).toBe(1);
    const b = await cli('backup', file);
    expect(b.code).toBe(0);
    expect(JSON.parse(fs.readFileSync(file, 'utf8').split('\n')[0])).toMatchObject({ format: 'claimgraph-backup', version: 1 });

    const refused = await cli('restore', file);
    expect(refused.code).toBe(4);
    expect(await fp()).toEqual(before);

    await cypher(h, 'MATCH (n) WHERE NOT n:SchemaMigration DETACH DELETE n');
    expect(await fp()).not.toEqual(before);
    const r = await cli('restore', file);
    expect(r.stderr).toContain('Restored');
    expect(r.code).toBe(0);
    expect(await fp()).toEqual(before);

    await cypher(h, `MATCH (c:Claim {id: 'claim-eurasian-group-less-political'}) SET c.text = 'tampered'`);
    expect((await cli('restore', file, '--force')).code).toBe(0);
    expect(await fp()).toEqual(before);
  });

  it('refuses a truncated or foreign backup file and writes nothing (exit 3)', async () => {
    const file = path.join(tmp, 'graph.backup.jsonl');
    const lines = fs.readFileSync(file, 'utf8').trim().split('\n');
    const cut = path.join(tmp, 'cut.jsonl');
    fs.writeFileSync(cut, `${lines.slice(0, -2).join('\n')}\n`);
    const before = await fp();
    const r = await cli('restore', cut, '--force');
    expect(r.code).toBe(3);
    expect(r.stderr).toContain('no end marker');
    const foreign = path.join(tmp, 'foreign.jsonl');
    fs.writeFileSync(foreign, '{"format":"something-else"}\n');
    expect((await cli('restore', foreign, '--force')).code).toBe(3);
    expect(await fp()).toEqual(before);
  });
});
