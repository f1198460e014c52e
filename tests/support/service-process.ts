import { spawn, type ChildProcess } from 'node:child_process';
import { freePort } from '../../src/runtime/free-port';
import { projectPath } from '../../src/paths';

export interface LogLine {
  msg?: string;
  time?: number;
  level?: number;
  pid?: number;
  [k: string]: unknown;
}

export const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** The service as `npm start` runs it, in a child process, with its JSON log parsed as it comes. */
export class ServiceProcess {
  readonly lines: LogLine[] = [];
  output = '';
  private constructor(
    readonly child: ChildProcess,
    readonly url: string,
  ) {}

  static async start(env: Record<string, string>): Promise<ServiceProcess> {
    const port = await freePort();
    const child = spawn(process.execPath, ['--import', 'tsx', projectPath('src', 'server.ts')], {
      cwd: projectPath(),
      detached: true,
      env: { ...process.env, PORT: String(port), LOG_LEVEL: 'info', ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const s = new ServiceProcess(child, `http://127.0.0.1:${port}`);
    let partial = '';
    const onData = (d: Buffer) => {
      s.output += d;
      const parts = (partial + d.toString()).split('\n');
      partial = parts.pop()!;
      for (const p of parts) if (p.startsWith('{')) s.lines.push(JSON.parse(p) as LogLine);
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', onData);
    await s.waitForLog('ClaimGraph is ready', 0, 360_000);
    return s;
  }

  logged(msg: string, after = 0): LogLine | undefined {
    return this.lines.find((l, i) => i >= after && l.msg === msg);
  }

  async waitForLog(msg: string, after = 0, timeoutMs = 120_000): Promise<LogLine> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const line = this.logged(msg, after);
      if (line) return line;
      if (Date.now() > deadline || this.child.exitCode !== null) throw new Error(`no "${msg}" in the service's log:\n${this.output.slice(-4000)}`);
      await sleep(50);
    }
  }

  async gql(query: string): Promise<{ data?: any; errors?: { message: string; extensions?: { code?: string } }[] }> {
    const res = await fetch(`${this.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query }) });
    return (await res.json()) as { data?: any; errors?: { message: string; extensions?: { code?: string } }[] };
  }

  async readyz(): Promise<{ status: number; reason?: string }> {
    const res = await fetch(`${this.url}/readyz`);
    const body = (await res.json()) as { reason?: string };
    return { status: res.status, reason: body.reason };
  }

  /** Polls /readyz until 200 or the deadline; returns the last status. */
  async untilReady(timeoutMs: number): Promise<number> {
    const deadline = Date.now() + timeoutMs;
    let status = (await this.readyz()).status;
    while (status !== 200 && Date.now() < deadline) {
      await sleep(50);
      status = (await this.readyz()).status;
    }
    return status;
  }

  /** Kills the whole process group (the service and anything it spawned). */
  kill(): void {
    if (this.child.exitCode === null && this.child.signalCode === null) process.kill(-this.child.pid!, 'SIGKILL');
  }
}
