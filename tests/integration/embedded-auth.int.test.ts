import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import neo4j, { type AuthToken } from 'neo4j-driver';
import { EmbeddedNeo4j } from '../../src/graph/EmbeddedNeo4j';
import { passwordFile } from '../../src/graph/embedded-files';
import { freePort } from '../../src/runtime/free-port';
import { jarDir } from '../../src/runtime/neo4j-jars';
import { projectPath } from '../../src/paths';

const modeOf = (p: string) => fs.statSync(p).mode & 0o777;

/** What a login gets: the answer to a read, or the error code Bolt refused it with. */
async function attempt(uri: string, auth: AuthToken | undefined): Promise<string> {
  const driver = neo4j.driver(uri, auth, { connectionTimeout: 10_000 });
  try {
    const res = await driver.executeQuery('MATCH (n:LegacyNode) RETURN count(n) AS n');
    return `read ${res.records[0].get('n')}`;
  } catch (e) {
    return String((e as { code?: string }).code);
  } finally {
    await driver.close();
  }
}

/** The previous version's launcher (auth off), run the way the previous version ran it, until told to stop. */
async function withLegacyDatabase(home: string, port: number, work: (uri: string) => Promise<void>): Promise<void> {
  const launcher = projectPath('tests', 'fixtures', 'legacy-launcher', 'Launcher.java');
  const child = spawn('java', ['--add-opens=java.base/java.nio=ALL-UNNAMED', '--add-opens=java.base/sun.nio.ch=ALL-UNNAMED', '-Xmx512m', '-cp', `${jarDir}${path.sep}*`, launcher, home, String(port), '16m'], { stdio: ['pipe', 'pipe', 'pipe'] });
  const exited = new Promise((r) => child.on('exit', r));
  let output = '';
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`legacy Neo4j did not start:\n${output}`)), 300_000);
    const onData = (d: Buffer) => {
      output += d;
      if (output.includes('NEO4J_READY')) {
        clearTimeout(timer);
        resolve();
      }
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    child.on('exit', () => reject(new Error(`legacy Neo4j exited:\n${output}`)));
  });
  try {
    await work(`bolt://127.0.0.1:${port}`);
  } finally {
    child.stdin.end();
    await exited;
  }
}

describe('embedded Neo4j: auth on by default', () => {
  let home: string;
  let db: EmbeddedNeo4j;

  beforeAll(async () => {
    home = fs.mkdtempSync(path.join(os.tmpdir(), 'claimgraph-auth-'));
    fs.chmodSync(home, 0o755);
    db = new EmbeddedNeo4j({ home, port: await freePort(), heap: '512m', pageCache: '16m', startTimeoutMs: 300_000 });
    await db.start();
  }, 320_000);

  afterAll(async () => {
    await db?.stop();
    fs.rmSync(home, { recursive: true, force: true });
  });

  it('accepts the generated password kept in the data folder', async () => {
    expect(await attempt(db.uri, neo4j.auth.basic(db.username, db.password))).toBe('read 0');
    expect(db.password).toHaveLength(32);
    expect(fs.readFileSync(passwordFile(home), 'utf8').trim()).toBe(db.password);
  });

  it('refuses Bolt with no credentials, neo4j/neo4j, neo4j/password and a wrong password', async () => {
    const refusals: string[] = [];
    for (const a of [undefined, neo4j.auth.basic('neo4j', 'neo4j'), neo4j.auth.basic('neo4j', 'password'), neo4j.auth.basic('neo4j', `${db.password}x`)]) refusals.push(await attempt(db.uri, a));
    // Neo4j locks the user for a few seconds after three failures: a fourth guess is refused either way.
    expect(refusals.slice(0, 3)).toEqual(Array(3).fill('Neo.ClientError.Security.Unauthorized'));
    expect(refusals[3]).toMatch(/^Neo\.ClientError\.Security\.(Unauthorized|AuthenticationRateLimit)$/);
  });

  it('keeps the data folder 0700 (tightened from 0755) and the password file 0600', () => {
    expect(modeOf(home)).toBe(0o700);
    expect(modeOf(passwordFile(home))).toBe(0o600);
  });

  it('opens with the same password on the next start', async () => {
    await db.stop();
    await db.start();
    expect(await attempt(db.uri, neo4j.auth.basic(db.username, db.password))).toBe('read 0');
    expect(await attempt(db.uri, undefined)).toBe('Neo.ClientError.Security.Unauthorized');
  }, 320_000);
});

describe('embedded Neo4j: a data folder from the previous version (auth off)', () => {
  it('is migrated on its first start: the password is set and every node is kept', async () => {
    const home = fs.mkdtempSync(path.join(os.tmpdir(), 'claimgraph-legacy-'));
    const port = await freePort();
    try {
      await withLegacyDatabase(home, port, async (uri) => {
        // The hole being closed: the old store answers anyone.
        const driver = neo4j.driver(uri);
        await driver.executeQuery('UNWIND range(1, 250) AS i CREATE (:LegacyNode {i: i, text: "kept " + i})');
        await driver.close();
        expect(await attempt(uri, undefined)).toBe('read 250');
      });
      const db = new EmbeddedNeo4j({ home, port, heap: '512m', pageCache: '16m', startTimeoutMs: 300_000 });
      await db.start();
      try {
        expect(await attempt(db.uri, undefined)).toBe('Neo.ClientError.Security.Unauthorized');
        expect(await attempt(db.uri, neo4j.auth.basic('neo4j', 'neo4j'))).toBe('Neo.ClientError.Security.Unauthorized');
        expect(await attempt(db.uri, neo4j.auth.basic(db.username, db.password))).toBe('read 250');
        const driver = neo4j.driver(db.uri, neo4j.auth.basic(db.username, db.password));
        const res = await driver.executeQuery('MATCH (n:LegacyNode) RETURN sum(n.i) AS total, collect(n.text)[0..1] AS sample');
        await driver.close();
        expect(res.records[0].get('total').toNumber()).toBe((250 * 251) / 2);
        expect(res.records[0].get('sample')[0]).toMatch(/^kept \d+$/);
      } finally {
        await db.stop();
      }
    } finally {
      fs.rmSync(home, { recursive: true, force: true });
    }
  }, 700_000);
});
