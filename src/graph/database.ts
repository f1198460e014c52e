import neo4j, { type Driver } from 'neo4j-driver';
import type { Logger } from 'pino';
import type { Config } from '../config';
import { type DatabaseHealth, DatabaseSupervisor } from './DatabaseSupervisor';
import { EmbeddedNeo4j } from './EmbeddedNeo4j';
import { ensureJars } from '../runtime/neo4j-jars';

export interface Database {
  driver: Driver;
  /** Present when this process launched the database. */
  embedded?: EmbeddedNeo4j;
  /** Down, with the reason, while a supervised embedded database restarts; always up otherwise. */
  health(): DatabaseHealth;
  close(): Promise<void>;
}

export interface OpenOptions {
  /** Restart the embedded database whenever it exits (the service); one-shot CLI tasks leave it off. */
  supervise?: boolean;
}

export function createDriver(uri: string, username: string, password: string): Driver {
  return neo4j.driver(uri, password ? neo4j.auth.basic(username, password) : undefined, {
    disableLosslessIntegers: true,
    maxConnectionPoolSize: 50,
    connectionAcquisitionTimeout: 10_000,
    connectionTimeout: 5_000,
    maxTransactionRetryTime: 5_000,
  });
}

/** Waits until the database answers, retrying until the deadline. */
export async function waitForDatabase(driver: Driver, timeoutMs = 60_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      await driver.verifyConnectivity();
      return;
    } catch (e) {
      if (Date.now() > deadline) throw e;
      await new Promise((r) => setTimeout(r, 500));
    }
  }
}

/** Connects to NEO4J_URI when set; otherwise fetches the jars if needed and launches the embedded database. */
export async function openDatabase(config: Config, log: Logger, opts: OpenOptions = {}): Promise<Database> {
  let embedded: EmbeddedNeo4j | undefined;
  let uri = config.neo4j.uri;
  if (!uri) {
    await ensureJars((msg) => log.info(msg));
    embedded = new EmbeddedNeo4j({ home: config.neo4j.embeddedHome, port: config.neo4j.embeddedPort, heap: config.neo4j.embeddedHeap });
    const started = performance.now();
    log.info({ home: config.neo4j.embeddedHome, port: config.neo4j.embeddedPort }, 'starting embedded Neo4j');
    await embedded.start();
    log.info({ ms: Math.round(performance.now() - started), uri: embedded.uri, pid: embedded.pid }, 'embedded Neo4j ready');
    uri = embedded.uri;
  }
  const driver = createDriver(uri, config.neo4j.username, config.neo4j.password);
  await waitForDatabase(driver);
  const supervisor = embedded && opts.supervise ? new DatabaseSupervisor(embedded, () => waitForDatabase(driver, 30_000), log) : undefined;
  supervisor?.watch();
  return {
    driver,
    embedded,
    health: supervisor?.health ?? (() => ({ up: true })),
    close: async () => {
      // The supervisor first, so the database's exit is not taken for a crash.
      supervisor?.stop();
      await driver.close();
      await embedded?.stop();
    },
  };
}
