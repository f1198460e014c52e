import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import type { Driver } from 'neo4j-driver';
import pino from 'pino';
import { createApp, type AppDeps } from '../src/api/http/app';
import { answerClientErrorsInJson } from '../src/api/http/http-errors';
import { loadConfig } from '../src/config';
import { createDriver, waitForDatabase } from '../src/graph/database';
import { EmbeddedNeo4j } from '../src/graph/EmbeddedNeo4j';
import { Executor } from '../src/graph/Executor';
import { freePort } from '../src/runtime/free-port';
import { migrate } from '../src/graph/migrate';
import { ensureJars } from '../src/runtime/neo4j-jars';
import { QueryCatalogue } from '../src/graph/QueryCatalogue';
import { loadSeed, seedIfEmpty } from '../src/ingest/seed';

/** What a reliability part hits: the real app over HTTP, the database behind it, and write keys. */
export interface Target {
  url: string;
  driver: Driver;
  database: string;
  editorKey: string;
  adminKey: string;
}

export interface RunningTarget extends Target {
  close(): Promise<void>;
}

export const EDITOR_KEY = 'reliability-editor-key';
export const ADMIN_KEY = 'reliability-admin-key';
export const RELIABILITY_API_KEYS = `rel-editor:editor:${EDITOR_KEY},rel-admin:admin:${ADMIN_KEY}`;

/**
 * Starts a private embedded Neo4j in a temporary folder (unless uri names a database),
 * migrates, loads the seed graph and serves the real app on 127.0.0.1.
 * A private database is emptied and seeded; a given one is only seeded when empty,
 * so pointing the suite at a database never deletes anything in it.
 */
export async function startTarget(opts: { uri?: string; log: (line: string) => void }): Promise<RunningTarget> {
  const quiet = pino({ level: process.env.RELIABILITY_LOG_LEVEL ?? 'silent' });
  let db: EmbeddedNeo4j | undefined;
  let home: string | undefined;
  let uri = opts.uri;
  if (!uri) {
    await ensureJars(opts.log);
    home = fs.mkdtempSync(path.join(os.tmpdir(), 'claimgraph-reliability-'));
    db = new EmbeddedNeo4j({ home, port: await freePort(), heap: '1g', pageCache: '64m' });
    await db.start();
    uri = db.uri;
    opts.log(`embedded Neo4j at ${uri} (${home})`);
  }
  const credentials = db ? { NEO4J_USERNAME: db.username, NEO4J_PASSWORD: db.password } : { NEO4J_USERNAME: process.env.NEO4J_USERNAME ?? '', NEO4J_PASSWORD: process.env.NEO4J_PASSWORD ?? '' };
  const config = loadConfig({ NEO4J_URI: uri, ...credentials, API_KEYS: RELIABILITY_API_KEYS, LOG_LEVEL: 'silent', PORT: '0' });
  const driver = createDriver(uri, config.neo4j.username, config.neo4j.password);
  const closeDb = async () => {
    await driver.close();
    await db?.stop();
    if (home) fs.rmSync(home, { recursive: true, force: true });
  };
  try {
    await waitForDatabase(driver);
    const catalogue = new QueryCatalogue();
    const executor = new Executor(driver, config.neo4j.database, config.txTimeoutMs, quiet);
    await migrate(executor, catalogue);
    if (db) await loadSeed(executor, catalogue);
    else await seedIfEmpty(executor, catalogue, quiet);
    const served = await serveApp({ config, log: quiet, executor, catalogue });
    return {
      url: served.url,
      driver,
      database: config.neo4j.database,
      editorKey: EDITOR_KEY,
      adminKey: ADMIN_KEY,
      close: async () => {
        await served.close();
        await closeDb();
      },
    };
  } catch (e) {
    await closeDb();
    throw e;
  }
}

/** The real app on a free loopback port, wired as server.ts wires it (JSON refusals from Node's parser too). */
export async function serveApp(deps: AppDeps): Promise<{ url: string; close(): Promise<void> }> {
  const app = await createApp(deps);
  const server = http.createServer(app.listener);
  answerClientErrorsInJson(server);
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    close: async () => {
      server.closeAllConnections();
      await new Promise((r) => server.close(r));
      await app.stop();
    },
  };
}
