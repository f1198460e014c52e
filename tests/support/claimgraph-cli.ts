import { execFile } from 'node:child_process';
import { projectPath } from '../../src/paths';

/** What one run of the claimgraph command printed and how it ended. */
export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

export interface CliOptions {
  /** The working folder (the project root unless said). */
  cwd?: string;
  /** The whole environment of the child (the test process's own unless said). */
  env?: NodeJS.ProcessEnv;
  timeoutMs?: number;
}

/** Runs bin/claimgraph.js as a user would, in a child process; never throws on a non-zero exit. */
export function claimgraph(args: readonly string[], opts: CliOptions = {}): Promise<CliRun> {
  return new Promise((resolve) =>
    execFile(
      process.execPath,
      [projectPath('bin', 'claimgraph.js'), ...args],
      { cwd: opts.cwd ?? projectPath(), env: opts.env ?? process.env, maxBuffer: 64 << 20, timeout: opts.timeoutMs ?? 0 },
      (err, stdout, stderr) => resolve({ code: err ? Number((err as { code?: number }).code ?? 1) : 0, stdout, stderr }),
    ),
  );
}

/** The environment that points the CLI at the test database (the global setup's server, this suite's database). */
export function testDatabaseEnv(database: string): NodeJS.ProcessEnv {
  return {
    ...process.env,
    NEO4J_URI: process.env.TEST_NEO4J_URI!,
    NEO4J_DATABASE: database,
    NEO4J_USERNAME: process.env.TEST_NEO4J_USERNAME ?? 'neo4j',
    NEO4J_PASSWORD: process.env.TEST_NEO4J_PASSWORD ?? '',
  };
}

/** A runner bound to one suite's test database, read when each run starts (the harness opens it in beforeAll). */
export const cliFor =
  (database: () => string) =>
  (...args: string[]): Promise<CliRun> =>
    claimgraph(args, { env: testDatabaseEnv(database()) });
