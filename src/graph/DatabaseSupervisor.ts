import type { Logger } from 'pino';
import type { EmbeddedNeo4j, ExitInfo } from './EmbeddedNeo4j';

/** Whether the database can take work now, and if not, why (shown by /readyz and in UNAVAILABLE errors). */
export type DatabaseHealth = { up: true } | { up: false; reason: string };

export interface Backoff {
  initialMs: number;
  maxMs: number;
}

export const DEFAULT_BACKOFF: Backoff = { initialMs: 500, maxMs: 10_000 };

/** Delay before restart attempt n (1-based): doubling from initialMs, capped at maxMs. */
export function backoffDelay(attempt: number, b: Backoff = DEFAULT_BACKOFF): number {
  return Math.min(b.initialMs * 2 ** Math.max(0, attempt - 1), b.maxMs);
}

/**
 * Keeps the embedded Neo4j alive for as long as the service runs: notices the JVM's exit,
 * logs it, and restarts it with bounded exponential backoff, forever, except during
 * shutdown. While it is down, health() says why, so the Executor can refuse work at once
 * instead of waiting for connection timeouts.
 */
export class DatabaseSupervisor {
  private state: DatabaseHealth = { up: true };
  private attempt = 0;
  private stopping = false;
  private timer?: NodeJS.Timeout;
  private retiredPid?: number;
  private restarting = false;
  private cause = '';

  /** connected() resolves once the driver reaches the restarted database. */
  constructor(
    private readonly db: EmbeddedNeo4j,
    private readonly connected: () => Promise<void>,
    private readonly log: Logger,
    private readonly backoff: Backoff = DEFAULT_BACKOFF,
  ) {}

  readonly health = (): DatabaseHealth => this.state;

  /** Call once the first start has succeeded. */
  watch(): void {
    const pid = this.db.pid;
    void this.db.waitForExit().then((exit) => this.exited(exit, pid));
  }

  private exited(exit: ExitInfo, pid: number | undefined): void {
    if (this.stopping || pid === this.retiredPid) return;
    const how = exit.signal ? `signal ${exit.signal}` : `code ${exit.code}`;
    this.log.error({ pid, exitCode: exit.code, signal: exit.signal }, 'embedded Neo4j exited; restarting it');
    this.cause = `the embedded database exited (${how})`;
    // Died while a restart waits for it to connect: that restart fails and schedules the next.
    if (!this.restarting) this.schedule();
  }

  private schedule(): void {
    this.attempt += 1;
    const delayMs = backoffDelay(this.attempt, this.backoff);
    this.state = { up: false, reason: `${this.cause}; restarting, attempt ${this.attempt}` };
    this.log.warn({ attempt: this.attempt, delayMs }, 'restarting embedded Neo4j');
    clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.restart(), delayMs);
  }

  private async restart(): Promise<void> {
    if (this.stopping) return;
    this.restarting = true;
    try {
      await this.db.start();
      const readyAt = performance.now();
      this.log.info({ pid: this.db.pid, attempt: this.attempt }, 'embedded Neo4j ready (NEO4J_READY)');
      this.watch();
      await this.connected();
      if (this.stopping) return;
      if (!this.db.running) throw new Error('it exited again before the driver reached it');
      this.state = { up: true };
      this.log.info({ msSinceReady: Math.round(performance.now() - readyAt), attempts: this.attempt }, 'database available again');
      this.attempt = 0;
    } catch (e) {
      if (this.stopping) return;
      this.log.warn({ attempt: this.attempt, err: e instanceof Error ? e.message.split('\n')[0] : String(e) }, 'restart of embedded Neo4j failed');
      // A JVM that started but cannot be reached is stopped, and its exit is not a new failure.
      if (this.db.running) {
        this.retiredPid = this.db.pid;
        await this.db.stop();
      }
      if (!this.stopping) this.schedule();
    } finally {
      this.restarting = false;
    }
  }

  /** Stops supervising (the caller then stops the database): no restart happens once this is called. */
  stop(): void {
    this.stopping = true;
    clearTimeout(this.timer);
    this.state = { up: false, reason: 'the service is shutting down' };
  }
}
