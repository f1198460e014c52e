import neo4j, { type Driver } from 'neo4j-driver';
import type { Logger } from 'pino';
import type { Config } from '../config';
import { type DatabaseHealth, DatabaseSupervisor } from './DatabaseSupervisor';
import { EmbeddedNeo4j } from './EmbeddedNeo4j';
import { ensureJars } from '../runtime/neo4j-jars';
import { ensurePrivateDir } from '../runtime/private-files';
import { projectPath } from '../paths';
import path from 'node:path';
import { embeddedPassword, EMBEDDED_USER } from './embedded-files';
import { announceRunning, findRunning, withdrawRunning } from './running-service';

export interface Database {
  driver: Driver;
  /** A second pool for reads (see Executor): the same database, its own connections. */
  readDriver: Driver;
  /** Present when this process launched the database. */
  embedded?: EmbeddedNeo4j;
  /** Down, with the reason, while a supervised embedded database restarts; always up otherwise. */
  health(): DatabaseHealth;
  close(): Promise<void>;
}

export interface OpenOptions {
  /** Restart the embedded database whenever it exits (the service); one-shot CLI tasks leave it off. */
  supervise?: boolean;
  /** Use the embedded database another process (the service) already serves from the same home, if any (the CLI). */
  joinRunning?: boolean;
}

export function createDriver(uri: string, username: string, password: string, maxConnectionPoolSize = 50): Driver {
  return neo4j.driver(uri, password ? neo4j.auth.basic(username, password) : undefined, {
    disableLosslessIntegers: true,
    maxConnectionPoolSize,
    connectionAcquisitionTimeout: 10_000,
    connectionTimeout: 5_000,
    maxTransactionRetryTime: 5_000,
  });
}

const isAuthFailure = (e: unknown) => String((e as { code?: unknown }).code ?? '').startsWith('Neo.ClientError.Security.');

/** Waits until the database answers, retrying until the deadline. */
export async function waitForDatabase(driver: Driver, timeoutMs = 60_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      await driver.verifyConnectivity();
      return;
    } catch (e) {
      // Wrong credentials do not get better with waiting.
      if (isAuthFailure(e)) throw new Error(`Neo4j refused the credentials: ${(e as Error).message.split('\n')[0]}`);
      if (Date.now() > deadline) throw e;
      await new Promise((r) => setTimeout(r, 500));
    }
  }
}

/**
 * The project's .data and the embedded home are owner-only: they hold the database password
 * and the local editor key. A looser folder (an earlier version made .data 0755) is tightened.
 */
export function securePrivateFolders(home: string, log: Logger): void {
  const warn = (msg: string, fields: Record<string, unknown>) => log.warn(fields, msg);
  const dataRoot = projectPath('.data');
  const resolved = path.resolve(home);
  if (resolved.startsWith(`${dataRoot}${path.sep}`)) ensurePrivateDir(dataRoot, warn);
  ensurePrivateDir(resolved, warn);
}

/**
 * Connects to NEO4J_URI when set; otherwise to the embedded database another process
 * already serves from the same home (joinRunning), or else fetches the jars if needed and
 * launches the embedded database, with auth on and the password from its home folder.
 */
export async function openDatabase(config: Config, log: Logger, opts: OpenOptions = {}): Promise<Database> {
  if (config.neo4j.uri) return connect(config.neo4j.uri, config.neo4j.username, config.neo4j.password);
  const home = config.neo4j.embeddedHome;
  securePrivateFolders(home, log);
  const password = embeddedPassword(home, (msg, fields) => log.warn(fields, msg));
  const running = opts.joinRunning ? findRunning(home) : undefined;
  if (running) {
    log.info({ uri: running.uri, pid: running.pid }, 'using the embedded Neo4j the running service holds');
    return connect(running.uri, EMBEDDED_USER, password, undefined, undefined, 20_000);
  }
  await ensureJars((msg) => log.info(msg));
  const embedded = new EmbeddedNeo4j({ home, port: config.neo4j.embeddedPort, heap: config.neo4j.embeddedHeap, onWarn: (msg, f) => log.warn(f, msg) });
  const started = performance.now();
  log.info({ home, port: config.neo4j.embeddedPort }, 'starting embedded Neo4j');
  await embedded.start();
  log.info({ ms: Math.round(performance.now() - started), uri: embedded.uri, pid: embedded.pid }, 'embedded Neo4j ready');
  const db = await connect(embedded.uri, EMBEDDED_USER, password, embedded, opts.supervise ? log : undefined);
  // Long-lived owners say where they serve, so the CLI joins them instead of colliding on the store lock.
  if (opts.supervise) announceRunning(home, { pid: process.pid, uri: embedded.uri, startedAt: new Date().toISOString() });
  return {
    ...db,
    close: async () => {
      if (opts.supervise) withdrawRunning(home);
      await db.close();
    },
  };
}

async function connect(uri: string, username: string, password: string, embedded?: EmbeddedNeo4j, superviseLog?: Logger, waitMs?: number): Promise<Database> {
  const driver = createDriver(uri, username, password);
  try {
    await waitForDatabase(driver, waitMs);
  } catch (e) {
    await driver.close();
    await embedded?.stop();
    throw e;
  }
  const supervisor = embedded && superviseLog ? new DatabaseSupervisor(embedded, () => waitForDatabase(driver, 30_000), superviseLog) : undefined;
  supervisor?.watch();
  // Opens connections only when first used: one-shot CLI tasks that never read through it cost nothing.
  const readDriver = createDriver(uri, username, password);
  return {
    driver,
    readDriver,
    embedded,
    health: supervisor?.health ?? (() => ({ up: true })),
    close: async () => {
      // The supervisor first, so the database's exit is not taken for a crash.
      supervisor?.stop();
      await readDriver.close();
      await driver.close();
      await embedded?.stop();
    },
  };
}
