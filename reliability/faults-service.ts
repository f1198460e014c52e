import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import { projectPath } from '../src/paths';

/** One JSON line of the service's pino log. */
export interface LogLine {
  msg?: string;
  time?: number;
  pid?: number;
  [k: string]: unknown;
}

export interface GqlAnswer {
  /** HTTP status, or 0 when the request itself failed (connection refused, reset, timeout). */
  status: number;
  data?: any;
  errors?: { message: string; extensions?: { code?: string } }[];
  ms: number;
}

export const EDITOR_KEY = 'faults-editor-key-0001';
export const API_KEYS = `faults:editor:${EDITOR_KEY}`;
export const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

export const alive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

/**
 * The real service as `npm start` runs it (node --import tsx src/server.ts), in a child
 * process of its own group, with its log parsed so the JVM's pid and the supervisor's
 * events can be read. stop() kills the group and every JVM it ever logged.
 */
export class ServiceProcess {
  readonly lines: LogLine[] = [];
  readonly jvmPids = new Set<number>();
  /** Set by stop(): clients stop retrying against a service that is gone. */
  stopped = false;
  private child?: ChildProcess;
  private output = '';

  constructor(
    readonly port: number,
    private readonly env: Record<string, string>,
  ) {}

  get url(): string {
    return `http://127.0.0.1:${this.port}`;
  }

  /** The JVM the service runs now (the last one it logged as ready). */
  get jvmPid(): number | undefined {
    const line = [...this.lines].reverse().find((l) => typeof l.pid === 'number' && /Neo4j ready/.test(l.msg ?? ''));
    return line?.pid;
  }

  private migrationsAtStart: string[] = [];

  async start(timeoutMs = 240_000): Promise<void> {
    this.migrationsAtStart = fs.readdirSync(projectPath('cypher', 'schema'));
    const child = spawn(process.execPath, ['--import', 'tsx', projectPath('src', 'server.ts')], {
      cwd: projectPath(),
      detached: true,
      env: { ...process.env, LOG_LEVEL: 'info', API_KEYS, ...this.env, PORT: String(this.port) },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    this.child = child;
    let partial = '';
    // FAULTS_LOG_DIR keeps each service's whole log, for looking into a failed run.
    const logFile = process.env.FAULTS_LOG_DIR ? `${process.env.FAULTS_LOG_DIR}/service-${this.port}.log` : null;
    const onData = (d: Buffer) => {
      if (logFile) fs.appendFileSync(logFile, d);
      this.output = (this.output + d.toString()).slice(-20_000);
      const parts = (partial + d.toString()).split('\n');
      partial = parts.pop()!;
      for (const p of parts) {
        if (!p.startsWith('{')) continue;
        const line = JSON.parse(p) as LogLine;
        this.lines.push(line);
        if (typeof line.pid === 'number' && /Neo4j ready/.test(line.msg ?? '')) this.jvmPids.add(line.pid);
      }
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', onData);
    await this.waitForLog('ClaimGraph is ready', 0, timeoutMs);
  }

  async waitForLog(msg: string, after = 0, timeoutMs = 120_000): Promise<LogLine> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const line = this.lines.find((l, i) => i >= after && l.msg === msg);
      if (line) return line;
      if (Date.now() > deadline || this.child?.exitCode !== null) throw new Error(`no "${msg}" in the service's log:\n${this.output.slice(-3000)}`);
      await sleep(25);
    }
  }

  /**
   * /readyz's status. In a working tree shared with other work, a migration file can appear
   * after the service started; /readyz then names it, which says nothing about recovery.
   */
  async readyz(): Promise<number> {
    try {
      const res = await fetch(`${this.url}/readyz`, { signal: AbortSignal.timeout(30_000) });
      const body = (await res.json()) as { reason?: string };
      const pending = /^schema migrations not applied: (.*)$/.exec(body.reason ?? '')?.[1]?.split(', ') ?? [];
      if (res.status === 503 && pending.length > 0 && pending.every((f) => !this.migrationsAtStart.includes(f))) return 200;
      return res.status;
    } catch {
      return 0;
    }
  }

  /** Polls /readyz until 200; returns the time it answered 200, or throws at the deadline. */
  async waitReady(timeoutMs = 120_000): Promise<number> {
    const deadline = Date.now() + timeoutMs;
    while ((await this.readyz()) !== 200) {
      if (Date.now() > deadline) throw new Error(`/readyz not 200 within ${timeoutMs} ms:\n${this.output.slice(-2000)}`);
      await sleep(25);
    }
    return Date.now();
  }

  async gql(query: string, variables: Record<string, unknown> = {}, editor = false, timeoutMs = 60_000): Promise<GqlAnswer> {
    const started = Date.now();
    try {
      const res = await fetch(`${this.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...(editor ? { authorization: `Bearer ${EDITOR_KEY}` } : {}) },
        body: JSON.stringify({ query, variables }),
        signal: AbortSignal.timeout(timeoutMs),
      });
      const body = (await res.json()) as Omit<GqlAnswer, 'status' | 'ms'>;
      return { status: res.status, ...body, ms: Date.now() - started };
    } catch (e) {
      return { status: 0, errors: [{ message: (e as Error).message, extensions: { code: 'NETWORK' } }], ms: Date.now() - started };
    }
  }

  /**
   * SIGKILLs the JVM at once and waits for the supervisor to bring a new one up.
   * Returns the ms from the new database's NEO4J_READY to /readyz 200.
   */
  async killDatabase(): Promise<{ pid: number; readyToReadyzMs: number; downMs: number }> {
    const pid = this.jvmPid;
    if (!pid || !alive(pid) || !this.ownsJvm(pid)) throw new Error('no running JVM of this service to kill');
    const mark = this.lines.length;
    const killedAt = Date.now();
    process.kill(pid, 'SIGKILL');
    const ready = await this.waitForLog('embedded Neo4j ready (NEO4J_READY)', mark, 180_000);
    const readyzAt = await this.waitReady(180_000);
    return { pid, readyToReadyzMs: readyzAt - ready.time!, downMs: readyzAt - killedAt };
  }

  private ownsJvm(pid: number): boolean {
    const home = this.env.NEO4J_EMBEDDED_HOME;
    try {
      return !!home && fs.readFileSync(`/proc/${pid}/cmdline`, 'utf8').includes(home);
    } catch {
      return false;
    }
  }

  /** Kills the service's process group and every JVM it started. */
  async stop(): Promise<void> {
    this.stopped = true;
    const child = this.child;
    if (child && child.exitCode === null && child.signalCode === null) {
      try {
        process.kill(-child.pid!, 'SIGKILL');
      } catch {
        // already gone
      }
    }
    // The JVMs die with their parent's stdin; make sure of it (only ours: a pid may have been reused).
    for (const pid of this.jvmPids) if (alive(pid) && this.ownsJvm(pid)) process.kill(pid, 'SIGKILL');
    await sleep(300);
  }
}
