import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Driver } from 'neo4j-driver';
import { createDriver } from '../src/graph/database';
import { EmbeddedNeo4j } from '../src/graph/EmbeddedNeo4j';
import { freePort } from '../src/runtime/free-port';
import { ensureJars } from '../src/runtime/neo4j-jars';
import { projectPath } from '../src/paths';

export const EDITOR_KEY = 'load-editor-key-0001';
export const ADMIN_KEY = 'load-admin-key-0001';
export const LOAD_API_KEYS = `load-editor:editor:${EDITOR_KEY},load-admin:admin:${ADMIN_KEY}`;
export const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

export interface PrivateNeo4j {
  uri: string;
  username: string;
  password: string;
  port: number;
  pid: number;
  stop(): Promise<void>;
}

export interface Credentials {
  username: string;
  password: string;
}

/** A private database's own login, or for a given one (--uri) the NEO4J_USERNAME and NEO4J_PASSWORD of the environment. */
export const credentialsOf = (db?: PrivateNeo4j): Credentials =>
  db ? { username: db.username, password: db.password } : { username: process.env.NEO4J_USERNAME || 'neo4j', password: process.env.NEO4J_PASSWORD ?? '' };

/** A private embedded Neo4j in a temporary folder, removed on stop. */
export async function startPrivateNeo4j(log: (line: string) => void): Promise<PrivateNeo4j> {
  await ensureJars(log);
  const home = fs.mkdtempSync(path.join(os.tmpdir(), 'claimgraph-load-'));
  const port = await freePort();
  // Generous: on a shared 2-core machine a JVM can take minutes to start.
  const db = new EmbeddedNeo4j({ home, port, heap: '1g', pageCache: '128m', startTimeoutMs: 420_000 });
  await db.start();
  log(`embedded Neo4j at ${db.uri} (pid ${db.pid})`);
  return {
    uri: db.uri,
    username: db.username,
    password: db.password,
    port,
    pid: db.pid!,
    stop: async () => {
      await db.stop().catch(() => undefined);
      fs.rmSync(home, { recursive: true, force: true });
    },
  };
}

export interface ServiceChild {
  url: string;
  pid: number;
  output(): string;
  stop(): Promise<void>;
}

/** The real service (node --import tsx src/server.ts) in its own process group, on an existing Neo4j. */
export async function startService(uri: string, log: (line: string) => void, env: Record<string, string> = {}, credentials: Credentials = credentialsOf()): Promise<ServiceChild> {
  const port = await freePort();
  const child = spawn(process.execPath, ['--import', 'tsx', projectPath('src', 'server.ts')], {
    cwd: projectPath(),
    detached: true,
    env: { ...process.env, PORT: String(port), HOST: '127.0.0.1', NEO4J_URI: uri, NEO4J_USERNAME: credentials.username, NEO4J_PASSWORD: credentials.password, SEED_ON_EMPTY: 'true', API_KEYS: LOAD_API_KEYS, LOG_LEVEL: 'warn', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const keep = (d: Buffer) => (output = (output + d.toString()).slice(-(Number(process.env.KEEP_OUTPUT) || 20_000)));
  child.stdout.on('data', keep);
  child.stderr.on('data', keep);
  const exited = new Promise<void>((r) => child.once('exit', () => r()));
  const stop = async () => {
    if (child.exitCode !== null || child.signalCode !== null) return;
    process.kill(-child.pid!, 'SIGTERM');
    const killed = await Promise.race([exited.then(() => true), sleep(15_000).then(() => false)]);
    if (!killed) process.kill(-child.pid!, 'SIGKILL');
  };
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 420_000;
  try {
    for (;;) {
      if (child.exitCode !== null) throw new Error(`the service exited (${child.exitCode}):\n${output}`);
      if (Date.now() > deadline) throw new Error(`the service was not ready within 420 s:\n${output}`);
      const ready = await fetch(`${url}/readyz`).then((r) => r.status === 200, () => false);
      if (ready) break;
      await sleep(250);
    }
  } catch (e) {
    await stop();
    throw e;
  }
  log(`service at ${url} (pid ${child.pid})`);
  return { url, pid: child.pid!, output: () => output, stop };
}

/** Resident set size of a process, from /proc/<pid>/status. */
export interface ServiceStack {
  /** Absent when the part was given a database (--uri). */
  db?: PrivateNeo4j;
  service: ServiceChild;
  /** For set-up and the Cypher checks afterwards. */
  driver: Driver;
}

/** A private Neo4j (unless uri is given), the service on it and a driver; all stopped after work. */
export async function withServiceStack<T>(uri: string | undefined, log: (line: string) => void, work: (s: ServiceStack) => Promise<T>): Promise<T> {
  let db: PrivateNeo4j | undefined;
  let service: ServiceChild | undefined;
  const target = uri ?? (db = await startPrivateNeo4j(log)).uri;
  const credentials = credentialsOf(db);
  const driver = createDriver(target, credentials.username, credentials.password);
  try {
    service = await startService(target, log, {}, credentials);
    return await work({ db, service, driver });
  } finally {
    await driver.close();
    await service?.stop();
    await db?.stop();
  }
}

export function rssBytes(pid: number): number {
  const m = /VmRSS:\s+(\d+) kB/.exec(fs.readFileSync(`/proc/${pid}/status`, 'utf8'));
  return m ? Number(m[1]) * 1024 : NaN;
}

/** Open file descriptors of a process. */
export const fdCount = (pid: number): number => fs.readdirSync(`/proc/${pid}/fd`).length;

/** CPU seconds (user + system) a process has used, from /proc/<pid>/stat (clock ticks of 1/100 s). */
export function cpuSeconds(pid: number): number {
  const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return (Number(fields[11]) + Number(fields[12])) / 100;
}

/** TCP connections the process holds to a remote port (its Bolt connections when port is Neo4j's). */
export function socketsTo(pid: number, remotePort: number): number {
  const inodes = new Set<string>();
  for (const fd of fs.readdirSync(`/proc/${pid}/fd`)) {
    try {
      const m = /^socket:\[(\d+)\]$/.exec(fs.readlinkSync(`/proc/${pid}/fd/${fd}`));
      if (m) inodes.add(m[1]);
    } catch {
      // The descriptor closed while we looked.
    }
  }
  const hexPort = remotePort.toString(16).toUpperCase().padStart(4, '0');
  let count = 0;
  for (const table of ['tcp', 'tcp6']) {
    const file = `/proc/${pid}/net/${table}`;
    if (!fs.existsSync(file)) continue;
    for (const line of fs.readFileSync(file, 'utf8').split('\n').slice(1)) {
      const cols = line.trim().split(/\s+/);
      if (cols.length > 9 && cols[2].endsWith(`:${hexPort}`) && inodes.has(cols[9])) count += 1;
    }
  }
  return count;
}
