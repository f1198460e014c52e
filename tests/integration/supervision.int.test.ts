import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { EmbeddedNeo4j } from '../../src/graph/EmbeddedNeo4j';
import { freePort } from '../../src/runtime/free-port';
import { ServiceProcess, sleep } from '../support/service-process';

const QUERY = '{ search(query: "Estemirova", kinds: [SOURCE]) { edges { node { id } } } }';
const SEED_SOURCE = 'src-003-elseroad-america-must-lead';
/** The seed graph answers; when it does not, the response and the service's warnings say why. */
async function expectSeedAnswer(svc: ServiceProcess): Promise<void> {
  const r = await svc.gql(QUERY);
  const found = ((r.data?.search?.edges ?? []) as { node: { id: string } }[]).some((e) => e.node.id === SEED_SOURCE);
  if (!found) {
    const warnings = svc.lines.filter((l) => (l.level ?? 0) >= 40).slice(-5);
    throw new Error(`no seed answer: ${JSON.stringify(r)}\nwarnings: ${JSON.stringify(warnings)}`);
  }
}
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
  let s: ServiceProcess | undefined;
  let home: string;
  const jvmPids = new Set<number>();

  beforeAll(async () => {
    home = fs.mkdtempSync(path.join(os.tmpdir(), 'claimgraph-supervise-'));
    // A long transaction timeout: on a loaded machine the first search on a cold JVM can take seconds.
    s = await ServiceProcess.start({
      NEO4J_URI: '',
      NEO4J_EMBEDDED_PORT: String(await freePort()),
      NEO4J_EMBEDDED_HOME: home,
      NEO4J_EMBEDDED_HEAP: '512m',
      SEED_ON_EMPTY: 'true',
      DB_TX_TIMEOUT_MS: '60000',
    });
  }, 400_000);

  afterAll(async () => {
    s?.kill();
    for (const line of s?.lines ?? []) if (typeof line.pid === 'number' && /Neo4j ready/.test(line.msg ?? '')) jvmPids.add(line.pid);
    // The JVMs die with their parent's stdin; make sure of it.
    for (const pid of jvmPids) if (alive(pid)) process.kill(pid, 'SIGKILL');
    await sleep(500);
    fs.rmSync(home, { recursive: true, force: true });
  });

  it('restarts a SIGKILLed Neo4j, refuses work fast while it is down, and is ready again within 5 s of the database', async () => {
    const svc = s!;
    expect((await svc.readyz()).status).toBe(200);
    await expectSeedAnswer(svc);

    const first = svc.logged('embedded Neo4j ready')!;
    expect(typeof first.pid).toBe('number');
    expect(alive(first.pid!)).toBe(true);
    const mark = svc.lines.length;
    const killedAt = Date.now();
    process.kill(first.pid!, 'SIGKILL');

    const exit = await svc.waitForLog('embedded Neo4j exited; restarting it', mark, 10_000);
    expect(exit.signal).toBe('SIGKILL');
    expect(exit.level).toBeGreaterThanOrEqual(40); // warn or error

    // During the outage: UNAVAILABLE at once, and /readyz says why.
    const asked = Date.now();
    const down = await svc.gql(QUERY);
    expect(Date.now() - asked).toBeLessThan(2000);
    expect(down.errors?.[0]?.extensions?.code).toBe('UNAVAILABLE');
    const notReady = await svc.readyz();
    expect(notReady.status).toBe(503);
    expect(notReady.reason).toMatch(/embedded database exited \(signal SIGKILL\); restarting, attempt \d+/);

    const ready = await svc.waitForLog('embedded Neo4j ready (NEO4J_READY)', mark, 120_000);
    expect(ready.pid).not.toBe(first.pid);
    const status = await svc.untilReady(30_000);
    const readyAfterMs = Date.now() - ready.time!;
    const again = svc.logged('database available again', mark);
    process.stderr.write(
      `\nsupervision: driver connected ${again?.msSinceReady} ms and /readyz 200 ${readyAfterMs} ms after NEO4J_READY of the restarted database; ` +
        `exit noticed ${exit.time! - killedAt} ms after the kill\n`,
    );
    expect(status).toBe(200);
    expect(readyAfterMs).toBeLessThan(5000);
    await expectSeedAnswer(svc);
  }, 400_000);
});

/** NEO4J_URI: a database this process does not own goes away and comes back on the same port. */
describe('an external database that restarts', () => {
  let s: ServiceProcess | undefined;
  let db: EmbeddedNeo4j;
  let home: string;

  beforeAll(async () => {
    home = fs.mkdtempSync(path.join(os.tmpdir(), 'claimgraph-external-'));
    db = new EmbeddedNeo4j({ home, port: await freePort(), heap: '512m', pageCache: '16m', startTimeoutMs: 300_000 });
    await db.start();
    s = await ServiceProcess.start({ NEO4J_URI: db.uri, NEO4J_USERNAME: db.username, NEO4J_PASSWORD: db.password, SEED_ON_EMPTY: 'true', DB_TX_TIMEOUT_MS: '60000' });
  }, 400_000);

  afterAll(async () => {
    s?.kill();
    await db?.stop();
    fs.rmSync(home, { recursive: true, force: true });
  });

  it('answers UNAVAILABLE while it is down and serves again by itself once it is back', async () => {
    const svc = s!;
    await expectSeedAnswer(svc);

    await db.stop();
    const asked = Date.now();
    const down = await svc.gql(QUERY);
    expect(down.errors?.[0]?.extensions?.code).toBe('UNAVAILABLE');
    expect(Date.now() - asked).toBeLessThan(5000);
    expect((await svc.readyz()).status).toBe(503);

    await db.start();
    // Nothing is done to the service: its driver's pool reconnects on its own.
    expect(await svc.untilReady(15_000)).toBe(200);
    await expectSeedAnswer(svc);
  }, 180_000);
});
