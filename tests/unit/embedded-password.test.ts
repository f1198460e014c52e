import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { EmbeddedNeo4j } from '../../src/graph/EmbeddedNeo4j';
import { passwordFile } from '../../src/graph/embedded-files';

describe('EmbeddedNeo4j.password', () => {
  let home: string;
  beforeEach(() => {
    home = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'claimgraph-password-')), 'neo4j');
  });
  afterEach(() => fs.rmSync(path.dirname(home), { recursive: true, force: true }));

  it('generates the password on first use and keeps it in the owner-only home folder', () => {
    const db = new EmbeddedNeo4j({ home, port: 7687 });
    const password = db.password;
    expect(password.length).toBeGreaterThanOrEqual(16);
    expect(fs.readFileSync(passwordFile(home), 'utf8').trim()).toBe(password);
    expect((fs.statSync(home).mode & 0o777).toString(8)).toBe('700');
  });

  it('reads the file once: later uses answer the first value without touching the file', () => {
    const db = new EmbeddedNeo4j({ home, port: 7687 });
    const first = db.password;
    // Written once at first start: a later change (or removal) of the file is not re-read.
    fs.writeFileSync(passwordFile(home), 'changed-behind-its-back\n');
    expect(db.password).toBe(first);
    fs.rmSync(passwordFile(home));
    expect(db.password).toBe(first);
    expect(fs.existsSync(passwordFile(home))).toBe(false);
  });

  it('reads the password an earlier start wrote', () => {
    const earlier = new EmbeddedNeo4j({ home, port: 7687 }).password;
    expect(new EmbeddedNeo4j({ home, port: 7688 }).password).toBe(earlier);
  });
});
