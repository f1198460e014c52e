import pino from 'pino';
import { DatabaseSupervisor, backoffDelay } from '../../src/graph/DatabaseSupervisor';
import type { EmbeddedNeo4j, ExitInfo } from '../../src/graph/EmbeddedNeo4j';

/** A stand-in for the JVM process: exits when told, and fails its first `failures` starts. */
class FakeProcess {
  starts = 0;
  running = true;
  pid: number | undefined = 100;
  private exit!: (e: ExitInfo) => void;
  private exited!: Promise<ExitInfo>;
  constructor(private failures: number) {
    this.arm();
  }
  private arm() {
    this.exited = new Promise((r) => (this.exit = r));
  }
  waitForExit() {
    return this.exited;
  }
  die(e: ExitInfo) {
    this.running = false;
    this.pid = undefined;
    this.exit(e);
  }
  async start() {
    this.starts += 1;
    this.arm();
    if (this.failures-- > 0) throw new Error('port in use');
    this.running = true;
    this.pid = 100 + this.starts;
  }
  async stop() {
    this.die({ code: 0, signal: null });
  }
}

const until = async (cond: () => boolean, ms = 2000) => {
  const deadline = Date.now() + ms;
  while (!cond()) {
    if (Date.now() > deadline) throw new Error('condition not met in time');
    await new Promise((r) => setTimeout(r, 5));
  }
};

describe('DatabaseSupervisor', () => {
  it('backs off from 0.5 s, doubling, capped at 10 s', () => {
    expect([1, 2, 3, 4, 5, 6, 7, 50].map((n) => backoffDelay(n))).toEqual([500, 1000, 2000, 4000, 8000, 10000, 10000, 10000]);
  });

  it('restarts a database that exited, through failed attempts, and says why while it is down', async () => {
    const fake = new FakeProcess(2);
    const sup = new DatabaseSupervisor(fake as unknown as EmbeddedNeo4j, async () => {}, pino({ level: 'silent' }), { initialMs: 20, maxMs: 40 });
    sup.watch();
    expect(sup.health()).toEqual({ up: true });
    fake.die({ code: null, signal: 'SIGKILL' });
    await until(() => !sup.health().up);
    expect(sup.health()).toEqual({ up: false, reason: 'the embedded database exited (signal SIGKILL); restarting, attempt 1' });
    await until(() => sup.health().up);
    expect(fake.starts).toBe(3);
    sup.stop();
  });

  it('does not restart once stopped', async () => {
    const fake = new FakeProcess(0);
    const sup = new DatabaseSupervisor(fake as unknown as EmbeddedNeo4j, async () => {}, pino({ level: 'silent' }), { initialMs: 5, maxMs: 5 });
    sup.watch();
    sup.stop();
    fake.die({ code: 0, signal: null });
    await new Promise((r) => setTimeout(r, 50));
    expect(fake.starts).toBe(0);
    expect(sup.health().up).toBe(false);
  });
});
