import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fingerprint } from '../../reliability/fingerprint';
import { cliFor } from '../support/claimgraph-cli';
import { cypher, openHarness, resetToSeed, type Harness } from '../support/harness';

const ROOT = path.resolve(__dirname, '../..');
const FIXTURE = path.join(ROOT, 'tests/fixtures/articles');

/** The line (1-based) of the first line of text that contains needle. */
const lineOf = (text: string, needle: string) => text.split('\n').findIndex((l) => l.includes(needle)) + 1;

describe('claimgraph import: merges, refuses conflicts, reports everything at once', () => {
  let h: Harness;
  let tmp: string;
  let n = 0;
  const fp = () => fingerprint(h.driver, h.config.neo4j.database);
  const cli = cliFor(() => h.config.neo4j.database);
  /** A fresh folder holding the given files. */
  const folder = (files: Record<string, string>) => {
    const dir = path.join(tmp, `case-${++n}`);
    fs.mkdirSync(dir);
    for (const [name, body] of Object.entries(files)) fs.writeFileSync(path.join(dir, name), body);
    return dir;
  };
  const actor = async (id: string) => (await cypher(h, 'MATCH (a:Actor {id: $id}) RETURN a.description AS description, a.aliases AS aliases, a.updatedAt AS updatedAt, a.country AS country', { id }))[0];

  beforeAll(async () => {
    h = await openHarness();
    await resetToSeed(h);
    tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'claimgraph-import-'));
  });
  afterAll(async () => {
    fs.rmSync(tmp, { recursive: true, force: true });
    await h?.close();
  });

  it('keeps a description an import leaves out, adds its new aliases, moves updatedAt and records the change', async () => {
    const id = `person-import-keeper-${process.pid}`;
    const first = await cli('import', folder({ 'shared.yaml': `actors:\n  - id: ${id}\n    type: PERSON\n    name: Keeper Example\n    aliases: [K. Example]\n    description: Keeps things.\n` }));
    expect(first.stderr).toContain('adds 1 person (new)');
    expect(first.code).toBe(0);
    const before = await actor(id);
    const again = await cli('import', folder({ 'shared.yaml': `actors:\n  - id: ${id}\n    type: PERSON\n    name: Keeper Example\n    aliases: [Keeper E.]\n` }));
    expect(again.stderr).toContain('updates 1 alias');
    expect(again.code).toBe(0);
    const after = await actor(id);
    expect(after.description).toBe('Keeps things.');
    expect(after.aliases).toEqual(['K. Example', 'Keeper E.']);
    expect(String(after.updatedAt) > String(before.updatedAt)).toBe(true);
    const [ch] = await cypher<{ fields: string }>(h, "MATCH (ch:Change {operation: 'import'})-[:CHANGED]->(:Actor {id: $id}) RETURN ch.fields AS fields ORDER BY ch.at DESC LIMIT 1", { id });
    expect(JSON.parse(ch.fields)).toEqual([{ nodeId: id, field: 'aliases', before: ['K. Example'], after: ['K. Example', 'Keeper E.'] }]);
  });

  it('refuses a differing field naming file:line, entry, field and both values; --update takes the file’s value', async () => {
    const id = `org-import-conflict-${process.pid}`;
    const decl = (description: string, country: string) => `actors:\n  - id: ${id}\n    type: ORGANISATION\n    name: Conflict Org\n    country: ${country}\n    description: ${description}\n`;
    expect((await cli('import', folder({ 'shared.yaml': decl('Old words.', 'FR') }))).code).toBe(0);
    const before = await fp();
    const dir = folder({ 'shared.yaml': decl('New words.', 'DE') });
    const r = await cli('import', dir);
    expect(r.code).toBe(3);
    expect(r.stderr).toContain(`shared.yaml:6: actor ${id}: description: the database has "Old words.", the file has "New words."; run with --update to take the file's value`);
    expect(r.stderr).toContain(`shared.yaml:5: actor ${id}: country: the database has "FR", the file has "DE"`);
    expect(await fp()).toEqual(before);
    const u = await cli('import', dir, '--update');
    expect(u.stderr).toContain('updates 1 country and 1 description');
    expect(u.code).toBe(0);
    expect(await actor(id)).toMatchObject({ description: 'New words.', country: 'DE' });
  });

  it('reports every problem of every file in one run, each with file:line, entry and field, and a did-you-mean', async () => {
    const yaml = fs
      .readFileSync(path.join(FIXTURE, '900_example_follow_up.yaml'), 'utf8')
      .replace('src-900-ennhri-follow-up', 'src-902-many').replace(/claim-900/g, 'claim-902').replace(/attr-900/g, 'attr-902').replace('news.example.org/ennhri-follow-up', 'news.example.org/902')
      .replace('is no longer a member of the network', 'is still a member of the network')
      .replace('mode: DIRECT_QUOTE\n        quote: the decision', 'mode: RUMOUR\n        quote: the decision')
      .replace('speakerId: org-ennhri', 'speakerId: org-enhri');
    const dir = folder({ '902.yaml': yaml, '900_example_follow_up.txt': fs.readFileSync(path.join(FIXTURE, '900_example_follow_up.txt'), 'utf8'), '903.yaml': 'source: [unclosed\n', 'shared.yaml': fs.readFileSync(path.join(FIXTURE, 'shared.yaml'), 'utf8') });
    const before = await fp();
    const r = await cli('import', dir);
    expect(r.code).toBe(3);
    expect(r.stderr).toContain(`902.yaml:${lineOf(yaml, 'quote: is still')}: attribution attr-902-ennhri-no-longer-member: quote: quote does not occur in the source text`);
    expect(r.stderr).toContain('Nearest passages: 1. at');
    expect(r.stderr).toMatch(new RegExp(`902\\.yaml:${lineOf(yaml, 'mode: RUMOUR')}: claims\\[1\\]\\.attributions\\[0\\] \\(entry attr-902-maria-general-assembly\\): mode: `));
    expect(r.stderr).toContain(`902.yaml:${lineOf(yaml, 'speakerId: org-enhri')}: attribution attr-902-ennhri-no-longer-member: speakerId: "org-enhri" does not exist (did you mean "org-ennhri"?)`);
    expect(r.stderr).not.toContain('has no attribution');
    expect(r.stderr).toMatch(/903\.yaml:\d+: not valid YAML/);
    expect(await fp()).toEqual(before);
  });

  it('refuses a source whose text the database already holds as an input error (exit 3)', async () => {
    const seedText = fs.readdirSync(path.join(ROOT, 'seeds/sources')).find((f) => f.endsWith('.txt'))!;
    const yaml = `source:\n  id: src-904-copy\n  file: copy.txt\n  title: A copy\n  kind: ARTICLE\n`;
    const r = await cli('import', folder({ '904.yaml': yaml, 'copy.txt': fs.readFileSync(path.join(ROOT, 'seeds/sources', seedText), 'utf8') }));
    expect(r.code).toBe(3);
    expect(r.stderr).toMatch(/904\.yaml:\d+: source src-904-copy: file: source "[^"]+" already holds this text/);
  });

  it('--dry-run says in words what it would write and writes nothing; the real import says the same', async () => {
    const dir = folder({
      '900.yaml': fs.readFileSync(path.join(FIXTURE, '900_example_follow_up.yaml'), 'utf8').replace(/900/g, '905').replace('905_example_follow_up.txt', '900_example_follow_up.txt'),
      '900_example_follow_up.txt': fs.readFileSync(path.join(FIXTURE, '900_example_follow_up.txt'), 'utf8').replace('Tuesday', 'Wednesday'),
      'shared.yaml': fs.readFileSync(path.join(FIXTURE, 'shared.yaml'), 'utf8').replace('person-maria-example', 'person-maria-905'),
    });
    fs.writeFileSync(path.join(dir, '900.yaml'), fs.readFileSync(path.join(dir, '900.yaml'), 'utf8').replace('person-maria-example', 'person-maria-905'));
    const before = await fp();
    const dry = await cli('import', dir, '--dry-run');
    expect(dry.code).toBe(0);
    const words = 'adds 1 person, 1 source, 2 claims and 2 attributions (new); links 2 "about" links, 1 "on behalf of" link and 1 mention';
    expect(dry.stderr).toContain(`Dry run, nothing written. Importing 900.yaml, shared.yaml ${words}`);
    expect(await fp()).toEqual(before);
    const real = await cli('import', dir);
    expect(real.code).toBe(0);
    expect(real.stderr).toContain(words);
    expect(await fp()).not.toEqual(before);
    expect((await cli('import', dir)).stderr).toContain('Already imported');
    // Another speaker for an attribution already held would give it two: refused, even with --update.
    const yamlFile = path.join(dir, '900.yaml');
    const changed = fs.readFileSync(yamlFile, 'utf8').replace('speakerId: org-ennhri', 'speakerId: person-maria-905');
    fs.writeFileSync(yamlFile, changed);
    const after = await fp();
    const r = await cli('import', dir, '--update');
    expect(r.code).toBe(3);
    expect(r.stderr).toContain(
      `900.yaml:${lineOf(changed, 'speakerId: person-maria-905')}: attribution attr-905-ennhri-no-longer-member: speakerId: the database has "org-ennhri", the file has "person-maria-905"`,
    );
    expect(await fp()).toEqual(after);
  });
});
