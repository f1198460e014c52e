import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { jarDir, launcherDir } from '../runtime/neo4j-jars';
import { ensurePrivateDir, type Warn } from '../runtime/private-files';
import { EMBEDDED_USER, embeddedPassword } from './embedded-files';

export interface EmbeddedOptions {
  home: string;
  port: number;
  heap?: string;
  pageCache?: string;
  startTimeoutMs?: number;
  /** Where the JVM's own output goes; by default it is dropped after start. */
  onOutput?: (line: string) => void;
  /** Told when the data folder or the password file had to be tightened to owner-only. */
  onWarn?: Warn;
}

/** How the JVM ended: an exit code, or the signal that killed it. */
export interface ExitInfo {
  code: number | null;
  signal: NodeJS.Signals | null;
}

/** Flags Neo4j's own scripts pass to the JVM; without them Netty and the page cache warn or fail. */
const JVM_FLAGS = [
  '--add-opens=java.base/java.nio=ALL-UNNAMED',
  '--add-opens=java.base/java.io=ALL-UNNAMED',
  '--add-opens=java.base/sun.nio.ch=ALL-UNNAMED',
  '--add-opens=java.base/java.lang=ALL-UNNAMED',
  '-Dio.netty.tryReflectionSetAccessible=true',
  '-XX:+UseG1GC',
  '-XX:-OmitStackTraceInFastThrow',
];

/**
 * One embedded Neo4j JVM. The launcher exits when its stdin closes, so if this Node
 * process dies (even by SIGKILL) the pipe closes and the JVM follows: no orphans.
 */
export class EmbeddedNeo4j {
  private child?: ChildProcess;
  private exited?: Promise<ExitInfo>;
  /** The launcher reads stdin only once ready; before that, stop() must signal instead. */
  private ready = false;
  private knownPassword?: string;

  constructor(private readonly opts: EmbeddedOptions) {}

  get uri(): string {
    return `bolt://127.0.0.1:${this.opts.port}`;
  }

  get username(): string {
    return EMBEDDED_USER;
  }

  /**
   * Auth is always on: the password is generated on first start and kept in the (0700) home
   * folder. It is written once, so it is read once: restarts and callers reuse it.
   */
  get password(): string {
    if (this.knownPassword === undefined) {
      ensurePrivateDir(this.opts.home, this.opts.onWarn);
      this.knownPassword = embeddedPassword(this.opts.home, this.opts.onWarn);
    }
    return this.knownPassword;
  }

  /** The JVM's process id while one is running (tests and logs use it). */
  get pid(): number | undefined {
    return this.running ? this.child?.pid : undefined;
  }

  /** Resolves when the current JVM exits, however it ends. */
  waitForExit(): Promise<ExitInfo> {
    return this.exited ?? Promise.resolve({ code: null, signal: null });
  }

  get running(): boolean {
    return this.child !== undefined && this.child.exitCode === null && this.child.signalCode === null;
  }

  async start(): Promise<void> {
    const password = this.password;
    const args = [
      ...JVM_FLAGS,
      `-Xmx${this.opts.heap ?? '1g'}`,
      '-cp',
      `${jarDir}${path.sep}*`,
      path.join(launcherDir, 'Launcher.java'),
      path.resolve(this.opts.home),
      String(this.opts.port),
      this.opts.pageCache ?? '64m',
    ];
    // The password goes by environment: argv is visible to every local user through ps.
    const child = spawn('java', args, { stdio: ['pipe', 'pipe', 'pipe'], env: { ...process.env, CLAIMGRAPH_NEO4J_PASSWORD: password } });
    this.child = child;
    this.exited = new Promise((resolve) => child.on('exit', (code, signal) => resolve({ code, signal })));
    this.ready = false;
    const tail: string[] = [];
    await new Promise<void>((resolve, reject) => {
      const timer = setTimeout(
        () => reject(new Error(`Neo4j did not start within ${this.opts.startTimeoutMs ?? 120000} ms:\n${tail.join('\n')}`)),
        this.opts.startTimeoutMs ?? 120000,
      );
      const onLine = (chunk: Buffer) => {
        for (const line of chunk.toString().split('\n').filter(Boolean)) {
          tail.push(line);
          if (tail.length > 60) tail.shift();
          this.opts.onOutput?.(line);
          if (line.startsWith('NEO4J_READY')) {
            this.ready = true;
            clearTimeout(timer);
            resolve();
          }
        }
      };
      child.stdout!.on('data', onLine);
      child.stderr!.on('data', onLine);
      child.on('error', (e) => {
        clearTimeout(timer);
        reject(new Error(`could not run java (JDK 17+ needed): ${e.message}`));
      });
      child.on('exit', (code, signal) => {
        clearTimeout(timer);
        // The first line is what a user reads; the JVM's tail stays below it for the log.
        const locked = tail.some((l) => /StoreLockException|FileLockException|Unable to obtain lock/.test(l));
        const why = locked
          ? `Neo4j's store in ${path.resolve(this.opts.home)} is in use by another process`
          : `Neo4j exited (${signal ?? `code ${code}`}) before it was ready`;
        reject(new Error(`${why}:\n${tail.join('\n')}`));
      });
    }).catch((e: unknown) => {
      // A JVM that never became ready (timeout) must not linger holding the store lock.
      if (!this.ready && this.running) child.kill('SIGKILL');
      throw e;
    });
  }

  /** Closes stdin (the launcher's signal to shut down), then escalates if it lingers. */
  async stop(timeoutMs = 30000): Promise<void> {
    const child = this.child;
    if (!child || !this.running) return;
    if (this.ready) child.stdin?.end();
    else child.kill('SIGTERM');
    const killer = setTimeout(() => child.kill('SIGTERM'), timeoutMs / 2);
    const hardKiller = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
    await this.exited;
    clearTimeout(killer);
    clearTimeout(hardKiller);
  }
}
