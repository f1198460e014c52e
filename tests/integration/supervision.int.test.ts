import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { freePort } from '../../src/graph/free-port';
import { projectPath } from '../../src/paths';

interface LogLine {
  msg?: string;
  time?: number;
  pid?: number;
  signal?: string;
  [k: string]: unknown;
}

const QUERY = '{ search(query: "Estemirova", kinds: [SOURCE]) { edges { node { id } } } }';
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const alive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

/** The service as npm start runs it, whose embedded Neo4j is killed outright under it. */
describe('supervision of the embedded database', () => {
  let child: ChildProcess;
  let home: string;
  let url: string;
  const lines: LogLine[] = [];
  let output = '';
  const jvmPids = new Set<number>();

  const logged = (msg: string, after = 0) => lines.find((l, i) => i >= after && l.msg === msg);
  const waitForLog = async (msg: string, after = 0, timeoutMs = 120_000): Promise<LogLine> => {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const line = logged(msg, after);
      if (line) return line;
      if (Date.now() > deadline || child.exitCode !== null) throw new Error(`no "${msg}" in the service's log:\n${output.slice(-4000)}`);
      await sleep(50);
    }
  };
  const gql = async () => {
    const res = await fetch(`${url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: QUERY }) });
    return (await res.json()) as { data?: { search: { edges: { node: { id: string } }[] } } | null; errors?: { extensions?: { code?: string } }[] };
  };
  const readyz = async () => {
    const res = await fetch(`${url}/readyz`);
    return { status: res.status, body: (await res.json()) as { reason?: string } };
  };

  beforeAll(async () => {
    home = fs.mkdtempSync(path.join(os.tmpdir(), 'claimgraph-supervise-'));
    const [port, boltPort] = [await freePort(), await freePort()];
    url = `http://127.0.0.1:${port}`;
    child = spawn(process.execPath, ['--import', 'tsx', projectPath('src', 'server.ts')], {
      cwd: projectPath(),
      detached: true,
      env: {
        ...process.env,
        NEO4J_URI: '',
        PORT: String(port),
        NEO4J_EMBEDDED_PORT: String(boltPort),
        NEO4J_EMBEDDED_HOME: home,
        NEO4J_EMBEDDED_HEAP: '512m',
        SEED_ON_EMPTY: 'true',
        LOG_LEVEL: 'info',
        DB_TX_TIMEOUT_MS: '15000',
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let partial = '';
    const onData = (d: Buffer) => {
      output += d;
      const parts = (partial + d.toString()).split('\n');
      partial = parts.pop()!;
      for (const p of parts) {
        if (!p.startsWith('{')) continue;
        const line = JSON.parse(p) as LogLine;
        lines.push(line);
        if (typeof line.pid === 'number' && /Neo4j ready/.test(line.msg ?? '')) jvmPids.add(line.pid);
      }
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', onData);
    await waitForLog('ClaimGraph is ready', 0, 180_000);
  }, 200_000);

  afterAll(async () => {
    if (child && child.exitCode === null && child.signalCode === null) process.kill(-child.pid!, 'SIGKILL');
    // The JVMs die with their parent's stdin; make sure of it.
    for (const pid of jvmPids) if (alive(pid)) process.kill(pid, 'SIGKILL');
    await sleep(500);
    fs.rmSync(home, { recursive: true, force: true });
  });

  it('restarts a SIGKILLed Neo4j, refuses work fast while it is down, and is ready again within 5 s of the database', async () => {
    expect((await readyz()).status).toBe(200);
    expect((await gql()).data?.search.edges.map((e) => e.node.id)).toContain('src-003-elseroad-america-must-lead');

    const first = logged('embedded Neo4j ready')!;
    expect(typeof first.pid).toBe('number');
    expect(alive(first.pid!)).toBe(true);
    const mark = lines.length;
    process.kill(first.pid!, 'SIGKILL');

    const exit = await waitForLog('embedded Neo4j exited; restarting it', mark, 10_000);
    expect(exit.signal).toBe('SIGKILL');
    expect(exit.level).toBeGreaterThanOrEqual(40); // warn or error

    // During the outage: UNAVAILABLE at once, and /readyz says why.
    const asked = Date.now();
    const down = await gql();
    expect(Date.now() - asked).toBeLessThan(2000);
    expect(down.errors?.[0]?.extensions?.code).toBe('UNAVAILABLE');
    const notReady = await readyz();
    expect(notReady.status).toBe(503);
    expect(notReady.body.reason).toMatch(/embedded database exited \(signal SIGKILL\); restarting, attempt \d+/);

    const ready = await waitForLog('embedded Neo4j ready (NEO4J_READY)', mark, 120_000);
    expect(ready.pid).not.toBe(first.pid);
    let status = 0;
    while (status !== 200) {
      status = (await readyz()).status;
      if (status !== 200) await sleep(50);
      if (Date.now() - ready.time! > 30_000) break;
    }
    const readyAfterMs = Date.now() - ready.time!;
    process.stderr.write(`\nsupervision: /readyz 200 ${readyAfterMs} ms after NEO4J_READY of the restarted database\n`);
    expect(status).toBe(200);
    expect(readyAfterMs).toBeLessThan(5000);
    expect((await gql()).data?.search.edges.map((e) => e.node.id)).toContain('src-003-elseroad-america-must-lead');
  }, 180_000);
});
