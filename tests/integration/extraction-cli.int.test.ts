import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { cypher, openHarness, resetToSeed, type Harness } from '../support/harness';

const ROOT = path.resolve(__dirname, '../..');
const ARTICLE = path.join(ROOT, 'eval/extraction/tuning/a-osce-talks.txt');

interface Run { code: number; stdout: string; stderr: string }

describe('claimgraph suggest → import: a draft round-trips once its TODOs are filled in', () => {
  let h: Harness;
  let tmp: string;
  const cli = (...args: string[]) =>
    new Promise<Run>((resolve) => {
      const env = {
        ...process.env, NEO4J_URI: process.env.TEST_NEO4J_URI!, NEO4J_DATABASE: h.config.neo4j.database,
        NEO4J_USERNAME: process.env.NEO4J_USERNAME ?? 'neo4j', NEO4J_PASSWORD: process.env.NEO4J_PASSWORD ?? '',
      };
      execFile(process.execPath, [path.join(ROOT, 'bin/claimgraph.js'), ...args], { cwd: ROOT, env, maxBuffer: 64 << 20 }, (err, stdout, stderr) =>
        resolve({ code: err ? Number((err as { code?: number }).code ?? 1) : 0, stdout, stderr }),
      );
    });

  beforeAll(async () => {
    h = await openHarness();
    await resetToSeed(h);
    tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'claimgraph-suggest-'));
  });
  afterAll(async () => {
    fs.rmSync(tmp, { recursive: true, force: true });
    await h?.close();
  });

  it('writes a draft, import refuses it naming the TODOs, and imports it once they are filled in', async () => {
    const out = path.join(tmp, 'draft');
    const before = await cypher<{ n: number }>(h, 'MATCH (n) RETURN count(n) AS n');
    const s = await cli('suggest', ARTICLE, '--title', 'Envoys clash over monitoring mission', '--out', out);
    expect(s.stderr).toContain('suggested attribution');
    expect(s.code).toBe(0);
    expect(await cypher<{ n: number }>(h, 'MATCH (n) RETURN count(n) AS n')).toEqual(before);
    const yamlFile = path.join(out, 'a-osce-talks.yaml');
    const draft = fs.readFileSync(yamlFile, 'utf8');
    expect(draft).toContain('quote: "We will not back down on the mandate"');
    expect(fs.readFileSync(path.join(out, 'shared.yaml'), 'utf8')).toContain('# NEW:');

    const refused = await cli('import', out);
    expect(refused.code).toBe(3);
    expect(refused.stderr).toMatch(/a-osce-talks\.yaml: claims\[0\]\.text is still a TODO/);

    fs.writeFileSync(yamlFile, draft.replace(/"TODO: the claim of attribution (\d+) in neutral words"/g, '"Claim number $1 of the Vienna story."'));
    const imported = await cli('import', out, '--by', 'suggest-test');
    expect(imported.stderr).toContain('Imported');
    expect(imported.code).toBe(0);
    const rows = await cypher<{ quote: string; span: string }>(h, `MATCH (a:Attribution)-[:IN]->(s:Source {id: 'src-a-osce-talks'})
      RETURN a.quote AS quote, substring(s.text, a.start, a.end - a.start) AS span`);
    expect(rows.length).toBeGreaterThanOrEqual(15);
    for (const r of rows) expect(r.span).toBe(r.quote);
    await resetToSeed(h);
  });
});
