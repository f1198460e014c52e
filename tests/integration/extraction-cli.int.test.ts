import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { cliFor } from '../support/claimgraph-cli';
import { cypher, openHarness, resetToSeed, type Harness } from '../support/harness';

const ROOT = path.resolve(__dirname, '../..');
const ARTICLE = path.join(ROOT, 'eval/extraction/tuning/a-osce-talks.txt');

describe('claimgraph suggest → import: a draft round-trips once its TODOs are filled in', () => {
  let h: Harness;
  let tmp: string;
  const cli = cliFor(() => h.config.neo4j.database);

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

  it('strips an .html article to text with a note, and the draft keeps the text its quotes are found in', async () => {
    const file = path.join(tmp, 'statement.html');
    fs.writeFileSync(file, '<html><body><h1>Port plan</h1><p>&ldquo;We were never consulted,&rdquo; said Maria Kowal, the union&rsquo;s general secretary.</p><p>Dockers say the plan would cut 400 jobs.</p></body></html>');
    const out = path.join(tmp, 'html-draft');
    const s = await cli('suggest', file, '--out', out);
    expect(s.code).toBe(0);
    expect(s.stderr).toMatch(/Note: statement\.html was HTML/);
    const text = fs.readFileSync(path.join(out, 'statement.txt'), 'utf8');
    expect(text).not.toMatch(/<p>|&ldquo;/);
    const yaml = fs.readFileSync(path.join(out, 'statement.yaml'), 'utf8');
    expect(yaml).toMatch(/^# Note: statement\.html was HTML/);
    expect(yaml).toContain('quote: "We were never consulted"');
    expect(text).toContain('We were never consulted');
  });
});
