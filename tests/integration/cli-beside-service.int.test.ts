import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { EmbeddedNeo4j } from '../../src/graph/EmbeddedNeo4j';
import { localKeyFile, passwordFile } from '../../src/graph/embedded-files';
import { freePort } from '../../src/runtime/free-port';
import { projectPath } from '../../src/paths';
import { claimgraph as run } from '../support/claimgraph-cli';
import { ServiceProcess } from '../support/service-process';

/** The environment of a shell with no NEO4J_* variables and no API_KEYS: the default install. */
const plainEnv = (extra: Record<string, string> = {}): NodeJS.ProcessEnv => {
  const env = Object.fromEntries(Object.entries(process.env).filter(([k]) => !k.startsWith('NEO4J_') && !k.startsWith('TEST_NEO4J_') && k !== 'API_KEYS'));
  return { ...env, LOG_LEVEL: 'info', ...extra };
};

const claimgraph = (cwd: string, args: string[], env = plainEnv()) => run(args, { cwd, env, timeoutMs: 300_000 });

/**
 * `npm start` and `claimgraph` side by side in one folder, as a user runs them: the data folder
 * is the relative default (.data/neo4j) of that folder, a fresh temporary one, so nothing of
 * the user's is touched. Only the service is given a free Bolt port (7687 may be taken on a
 * shared machine); the CLI gets no NEO4J_* variable at all and must find port and password
 * in the data folder.
 */
describe('claimgraph beside a running npm start (embedded default, no NEO4J_* variables)', () => {
  let cwd: string;
  let service: ChildProcess;
  let output = '';
  let url = '';
  const home = () => path.join(cwd, '.data', 'neo4j');

  beforeAll(async () => {
    cwd = fs.mkdtempSync(path.join(os.tmpdir(), 'claimgraph-beside-'));
    const port = await freePort();
    url = `http://127.0.0.1:${port}`;
    // tsx by absolute URL: --import resolves a bare name from the working folder, which has no node_modules.
    const tsx = pathToFileURL(projectPath('node_modules', 'tsx', 'dist', 'loader.mjs')).href;
    service = spawn(process.execPath, ['--import', tsx, projectPath('src', 'server.ts')], {
      cwd,
      detached: true,
      env: plainEnv({ PORT: String(port), NEO4J_EMBEDDED_PORT: String(await freePort()), NEO4J_EMBEDDED_HEAP: '512m' }),
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    service.stdout!.on('data', (d: Buffer) => (output += d));
    service.stderr!.on('data', (d: Buffer) => (output += d));
    const deadline = Date.now() + 360_000;
    while (!output.includes('Local editor key:')) {
      if (Date.now() > deadline || service.exitCode !== null) throw new Error(`the service did not start:\n${output.slice(-4000)}`);
      await new Promise((r) => setTimeout(r, 200));
    }
  }, 400_000);

  afterAll(async () => {
    if (service && service.exitCode === null) process.kill(-service.pid!, 'SIGKILL');
    fs.rmSync(cwd, { recursive: true, force: true });
  });

  it('exports through the service\'s database, exit 0, with no store-lock failure', async () => {
    const out = path.join(cwd, 'graph.jsonl');
    const run = await claimgraph(cwd, ['export', '--format', 'jsonl', '-o', out]);
    expect(run.stderr).not.toMatch(/lock|Exception/i);
    expect(run.code).toBe(0);
    const lines = fs.readFileSync(out, 'utf8').trim().split('\n');
    expect(lines.length).toBeGreaterThan(100);
    expect(lines.some((l) => l.includes('"org-ennhri"'))).toBe(true);
  }, 120_000);

  it('prints the connection details of that database', async () => {
    const run = await claimgraph(cwd, ['db', 'credentials', '--json']);
    expect(run.code).toBe(0);
    const creds = JSON.parse(run.stdout) as { uri: string; user: string; password: string; running: boolean };
    expect(creds).toEqual({ uri: expect.stringMatching(/^bolt:\/\/127\.0\.0\.1:\d+$/), user: 'neo4j', password: fs.readFileSync(passwordFile(home()), 'utf8').trim(), database: 'neo4j', running: true });
  });

  it('keeps the data folder and its secrets owner-only', () => {
    for (const dir of [path.join(cwd, '.data'), home()]) expect((fs.statSync(dir).mode & 0o777).toString(8)).toBe('700');
    for (const file of [passwordFile(home()), localKeyFile(home())]) expect((fs.statSync(file).mode & 0o777).toString(8)).toBe('600');
  });

  it('printed a local editor key with the explorer link, and that key writes as local-editor', async () => {
    const key = fs.readFileSync(localKeyFile(home()), 'utf8').trim();
    expect(output).toContain(`/explorer/#key=${key}`);
    expect(output).toContain(`Local editor key:  ${key}`);
    const write = async (auth?: string) => {
      const res = await fetch(`${url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...(auth ? { authorization: `Bearer ${auth}` } : {}) },
        body: JSON.stringify({ query: 'mutation { addActor(input: {kind: ORGANISATION, name: "Quillfeather Local Key Trust"}) { actor { id } change { by } } }' }),
      });
      return (await res.json()) as { data?: { addActor: { change: { by: string } } }; errors?: { extensions: { code: string } }[] };
    };
    expect((await write()).errors?.[0].extensions.code).toBe('UNAUTHENTICATED');
    expect((await write(key)).data?.addActor.change.by).toBe('local-editor');
  });

  it('after the service stops, starts the embedded database itself again', async () => {
    service.kill('SIGINT');
    await new Promise((r) => service.once('exit', r));
    const run = await claimgraph(cwd, ['export', '--format', 'jsonl', '-o', path.join(cwd, 'again.jsonl')], plainEnv({ NEO4J_EMBEDDED_PORT: String(await freePort()) }));
    expect({ code: run.code, stderr: run.stderr.split('\n').filter((l) => l && !l.startsWith('Exported')) }).toEqual({ code: 0, stderr: [] });
    expect(fs.readFileSync(path.join(cwd, 'again.jsonl'), 'utf8')).toContain('Quillfeather Local Key Trust');
  }, 320_000);

  it('fails in one line, with no stack trace, when something it cannot join holds the store', async () => {
    const holder = new EmbeddedNeo4j({ home: home(), port: await freePort(), heap: '512m', pageCache: '16m', startTimeoutMs: 300_000 });
    await holder.start();
    try {
      const run = await claimgraph(cwd, ['export', '--format', 'jsonl'], plainEnv({ NEO4J_EMBEDDED_PORT: String(await freePort()) }));
      expect(run.code).toBe(1);
      const lines = run.stderr.trim().split('\n').filter((l) => !l.startsWith('{'));
      expect(lines).toEqual([expect.stringMatching(/^Neo4j's store in .* is in use by another process:$|^Neo4j's store in .* is in use by another process/)]);
      expect(run.stderr).not.toMatch(/\bat [\w.$]+\(/);
    } finally {
      await holder.stop();
    }
  }, 320_000);
});

describe('npm start with a database of the user\'s own (NEO4J_URI)', () => {
  it('makes no local key: writes need the keys the user configures', async () => {
    const s = await ServiceProcess.start({ NEO4J_URI: process.env.TEST_NEO4J_URI!, NEO4J_USERNAME: process.env.TEST_NEO4J_USERNAME!, NEO4J_PASSWORD: process.env.TEST_NEO4J_PASSWORD!, SEED_ON_EMPTY: 'false', API_KEYS: '' });
    try {
      expect(s.output).not.toContain('Local editor key');
      expect(s.output).not.toContain('#key=');
      const res = await s.gql('mutation { addActor(input: {kind: ORGANISATION, name: "Nobody Writes Here Trust"}) { actor { id } } }');
      expect(res.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    } finally {
      s.kill();
    }
  }, 400_000);
});
