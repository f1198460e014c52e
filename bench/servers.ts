import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { freePort, type BenchDatabase } from './database';
import { CLAIMGRAPH_QUERIES, NEO4J_GRAPHQL_QUERIES, type QueryName, type Sample } from './queries';
import type { SystemName } from './systems';

/** The systems' server processes (bench/server.ts), as the runner and the CPU profiler start them. */

export interface Server {
  /** The system, or `claimgraph[<engine>]` for a variant. */
  name: string;
  system: SystemName;
  url: string;
  child: ChildProcess;
}

export async function startServer(system: SystemName, db: BenchDatabase, engine?: string, nodeArgs: string[] = []): Promise<Server> {
  const port = await freePort();
  const name = engine ? `${system}[${engine}]` : system;
  const child = spawn(process.execPath, [...nodeArgs, '--import', 'tsx', path.join(__dirname, 'server.ts'), system, String(port)], {
    stdio: ['pipe', 'pipe', 'pipe'],
    env: { ...process.env, ...(engine ? { BENCH_ENGINE: engine } : {}), BENCH_NEO4J_URI: db.uri, BENCH_NEO4J_USERNAME: db.username, BENCH_NEO4J_PASSWORD: db.password, BENCH_NEO4J_DATABASE: db.database, NODE_ENV: 'production' },
  });
  let output = '';
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`${name} server did not start:\n${output}`)), 60_000);
    child.stdout!.on('data', (d: Buffer) => {
      output += d.toString();
      if (output.includes('BENCH_SERVER_READY')) {
        clearTimeout(timer);
        resolve();
      }
    });
    child.stderr!.on('data', (d: Buffer) => {
      output += d.toString();
    });
    child.on('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`${name} server exited with ${code}:\n${output}`));
    });
  });
  child.removeAllListeners('exit');
  return { name, system, url: `http://127.0.0.1:${port}`, child };
}

export function stopServer(s: Server): Promise<void> {
  return new Promise((resolve) => {
    if (s.child.exitCode !== null) return resolve();
    s.child.once('exit', () => resolve());
    s.child.stdin?.end();
    setTimeout(() => s.child.kill('SIGKILL'), 5000).unref();
  });
}

export interface ServerStats {
  statements: number;
  requests: number;
  inFlight: number;
  /** process.hrtime in µs: the clock of `--cpu-prof` timestamps. */
  monotonicUs: number;
  cpuMs: number;
  rssMb: number;
  peakRssMb: number;
  eventLoopDelayMs: { mean: number; p50: number; p99: number; max: number };
}

export const stats = async (s: Server): Promise<ServerStats> => (await fetch(`${s.url}/__bench/stats`)).json() as Promise<ServerStats>;
export const resetStats = async (s: Server) => void (await fetch(`${s.url}/__bench/reset`, { method: 'POST' }));

/** Each system's HTTP request for one sample. */
export function requestOf(system: SystemName, q: QueryName, sample: Sample): { path: string; body: string } {
  if (system === 'raw') return { path: '/raw', body: JSON.stringify({ q, params: sample.raw }) };
  if (system === 'claimgraph') return { path: '/graphql', body: JSON.stringify({ query: CLAIMGRAPH_QUERIES[q], variables: sample.claimgraph }) };
  const { __doc, ...variables } = sample.neo4jGraphql;
  return { path: '/graphql', body: JSON.stringify({ query: NEO4J_GRAPHQL_QUERIES[__doc ?? q], variables }) };
}

