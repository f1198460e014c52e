import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { passwordFile, runningFile } from '../../src/graph/embedded-files';
import { projectPath } from '../../src/paths';
import { freePort } from '../../src/runtime/free-port';
import { claimgraph } from '../support/claimgraph-cli';

/** A shell with no NEO4J_* variables and no API_KEYS: the default install. */
const plainEnv = (extra: Record<string, string> = {}): NodeJS.ProcessEnv => {
  const env = Object.fromEntries(Object.entries(process.env).filter(([k]) => !k.startsWith('NEO4J_') && !k.startsWith('TEST_NEO4J_') && k !== 'API_KEYS'));
  return { ...env, ...extra };
};

/**
 * `npm run db:start` in a fresh folder (its default data folder, .data/neo4j, a temporary one):
 * it says where it listens in claimgraph-running.json, and the CLI, configured with another
 * port, finds it there and joins it instead of starting a second database on the same store.
 */
describe('npm run db:start: the announced database the CLI joins', () => {
  let cwd: string;
  let dbStart: ChildProcess;
  let output = '';
  let port = 0;
  const home = () => path.join(cwd, '.data', 'neo4j');

  beforeAll(async () => {
    cwd = fs.mkdtempSync(path.join(os.tmpdir(), 'claimgraph-db-start-'));
    port = await freePort();
    // What the npm script runs (tsx src/cli/db-start.ts), without npm in between, so the pid is the script's own.
    const tsx = pathToFileURL(projectPath('node_modules', 'tsx', 'dist', 'loader.mjs')).href;
    dbStart = spawn(process.execPath, ['--import', tsx, projectPath('src', 'cli', 'db-start.ts')], {
      cwd,
      detached: true,
      env: plainEnv({ NEO4J_EMBEDDED_PORT: String(port), NEO4J_EMBEDDED_HEAP: '512m' }),
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    dbStart.stdout!.on('data', (d: Buffer) => (output += d));
    dbStart.stderr!.on('data', (d: Buffer) => (output += d));
    const deadline = Date.now() + 360_000;
    while (!output.includes('Neo4j is listening on')) {
      if (Date.now() > deadline || dbStart.exitCode !== null) throw new Error(`db:start did not start:\n${output.slice(-4000)}`);
      await new Promise((r) => setTimeout(r, 200));
    }
  }, 400_000);

  afterAll(async () => {
    if (dbStart && dbStart.exitCode === null) process.kill(-dbStart.pid!, 'SIGKILL');
    fs.rmSync(cwd, { recursive: true, force: true });
  });

  it('announces its process and Bolt address in claimgraph-running.json, owner-only', () => {
    const file = runningFile(home());
    const announced = JSON.parse(fs.readFileSync(file, 'utf8')) as { pid: number; uri: string; startedAt: string };
    expect(announced).toEqual({ pid: dbStart.pid, uri: `bolt://127.0.0.1:${port}`, startedAt: expect.stringMatching(/^\d{4}-\d\d-\d\dT/) });
    expect((fs.statSync(file).mode & 0o777).toString(8)).toBe('600');
    expect(output).toContain(`Neo4j is listening on bolt://127.0.0.1:${port}`);
  });

  it('db credentials reads the announced address and says the database is running', async () => {
    const run = await claimgraph(['db', 'credentials', '--json'], { cwd, env: plainEnv({ NEO4J_EMBEDDED_PORT: String(await freePort()) }) });
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout)).toEqual({
      uri: `bolt://127.0.0.1:${port}`,
      user: 'neo4j',
      password: fs.readFileSync(passwordFile(home()), 'utf8').trim(),
      database: 'neo4j',
      running: true,
    });
  });

  it('a CLI command configured with another port joins the announced database and succeeds', async () => {
    const out = path.join(cwd, 'graph.jsonl');
    const run = await claimgraph(['export', '--format', 'jsonl', '-o', out], {
      cwd,
      env: plainEnv({ NEO4J_EMBEDDED_PORT: String(await freePort()), LOG_LEVEL: 'debug' }),
      timeoutMs: 300_000,
    });
    expect(run.code).toBe(0);
    // pino writes to stdout; the export goes to the file.
    const logged = `${run.stdout}\n${run.stderr}`;
    const joined = logged
      .split('\n')
      .filter((l) => l.startsWith('{'))
      .map((l) => JSON.parse(l) as { msg?: string; uri?: string; pid?: number })
      .find((l) => l.msg === 'using the embedded Neo4j the running service holds');
    expect(joined).toMatchObject({ uri: `bolt://127.0.0.1:${port}`, pid: dbStart.pid });
    expect(logged).not.toContain('starting embedded Neo4j');
    expect(fs.existsSync(out)).toBe(true);
  }, 320_000);

  it('withdraws the announcement when it stops', async () => {
    dbStart.kill('SIGINT');
    await new Promise((r) => dbStart.once('exit', r));
    expect(fs.existsSync(runningFile(home()))).toBe(false);
  }, 120_000);
});
