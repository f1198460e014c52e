import http from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Driver } from 'neo4j-driver';
import pino from 'pino';
import { createApp, type App } from '../../src/api/http/app';
import { loadConfig, type Config } from '../../src/config';
import { createDriver, waitForDatabase } from '../../src/graph/database';
import { Executor } from '../../src/graph/Executor';
import { migrate } from '../../src/graph/migrate';
import { QueryCatalogue } from '../../src/graph/QueryCatalogue';
import { loadSeed } from '../../src/ingest/seed';
import { assertApproved } from './test-database-guard';

export const silentLog = pino({ level: process.env.TEST_LOG_LEVEL ?? 'silent' });

export interface Harness {
  driver: Driver;
  executor: Executor;
  catalogue: QueryCatalogue;
  config: Config;
  close(): Promise<void>;
}

/** A driver and executor on the test database (TEST_NEO4J_URI from the global setup). */
export async function openHarness(env: Record<string, string> = {}): Promise<Harness> {
  const uri = process.env.TEST_NEO4J_URI;
  if (!uri) throw new Error('TEST_NEO4J_URI is not set: run through jest (global setup starts Neo4j)');
  const config = loadConfig({
    NEO4J_DATABASE: process.env.NEO4J_DATABASE ?? '',
    ...env,
    NEO4J_URI: uri,
    NEO4J_USERNAME: process.env.TEST_NEO4J_USERNAME ?? 'neo4j',
    NEO4J_PASSWORD: process.env.TEST_NEO4J_PASSWORD ?? '',
  });
  // Migrations write: only to the database the global setup approved.
  assertApproved(uri, config.neo4j.database);
  const driver = createDriver(uri, config.neo4j.username, config.neo4j.password);
  await waitForDatabase(driver);
  const catalogue = new QueryCatalogue();
  const executor = new Executor(driver, config.neo4j.database, config.txTimeoutMs, silentLog);
  await migrate(executor, catalogue);
  return { driver, executor, catalogue, config, close: () => driver.close() };
}

/** Runs raw Cypher for test set-up and assertions (tests may; the service never does). */
export async function cypher<T = Record<string, unknown>>(h: Harness, text: string, params: Record<string, unknown> = {}): Promise<T[]> {
  const res = await h.driver.executeQuery(text, params, { database: h.config.neo4j.database });
  return res.records.map((r) => r.toObject() as T);
}

/** Empties the graph (schema stays) and loads the seed: every suite starts from the same known graph. */
export async function resetToSeed(h: Harness): Promise<void> {
  assertApproved(h.config.neo4j.uri ?? '', h.config.neo4j.database);
  await cypher(h, 'MATCH (n) WHERE NOT n:SchemaMigration DETACH DELETE n');
  await loadSeed(h.executor, h.catalogue);
}

export interface Served {
  url: string;
  app: App;
  gql<T = any>(query: string, variables?: Record<string, unknown>, headers?: Record<string, string>): Promise<GqlResponse<T>>;
  close(): Promise<void>;
}

export interface GqlResponse<T> {
  status: number;
  data: T;
  errors?: { message: string; extensions?: { code?: string; [k: string]: unknown }; path?: string[] }[];
  extensions?: { db?: { roundTrips: number; dbTimeMs: number }; requestId?: string };
}

/** Serves the real app on a free port and gives a small GraphQL client for it. */
export async function serve(h: Harness, configOverrides: Partial<Config> = {}): Promise<Served> {
  const app = await createApp({ config: { ...h.config, ...configOverrides }, log: silentLog, executor: h.executor, catalogue: h.catalogue });
  const server = http.createServer(app.listener);
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    url,
    app,
    gql: async (query, variables = {}, headers = {}) => {
      const res = await fetch(`${url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...headers },
        body: JSON.stringify({ query, variables }),
      });
      const body = (await res.json()) as Omit<GqlResponse<never>, 'status'>;
      return { status: res.status, ...body } as GqlResponse<any>;
    },
    close: async () => {
      server.closeAllConnections();
      await new Promise((r) => server.close(r));
      await app.stop();
    },
  };
}

/**
 * The usual suite set-up: a harness on the seed graph and the app served over HTTP,
 * ready in beforeAll and closed in afterAll. Read t.h and t.s inside tests.
 */
export function seededServer(env: Record<string, string> = {}): { h: Harness; s: Served } {
  const t = {} as { h: Harness; s: Served };
  beforeAll(async () => {
    t.h = await openHarness(env);
    await resetToSeed(t.h);
    t.s = await serve(t.h);
  });
  afterAll(async () => {
    await t.s?.close();
    await t.h?.close();
  });
  return t;
}
