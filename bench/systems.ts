import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { ApolloServer } from '@apollo/server';
import { expressMiddleware } from '@as-integrations/express5';
import { Neo4jGraphQL } from '@neo4j/graphql';
import express from 'express';
import neo4j, { type Driver } from 'neo4j-driver';
import { createApp, DEFAULT_ENGINE, type Engine } from '../src/api/http/app';
import { loadConfig } from '../src/config';
import { createDriver } from '../src/graph/database';
import { Executor } from '../src/graph/Executor';
import { QueryCatalogue } from '../src/graph/QueryCatalogue';
import { silent } from './database';
import { RAW_QUERIES, type QueryName } from './queries';

/** The three systems under test; each runs as its own HTTP server in its own process. */
export const SYSTEMS = ['claimgraph', 'neo4jGraphql', 'raw'] as const;
export type SystemName = (typeof SYSTEMS)[number];

export interface SystemOptions {
  uri: string;
  username: string;
  password: string;
  database: string;
}

/** An HTTP request handler for one system. */
export type Handler = (req: http.IncomingMessage, res: http.ServerResponse) => void;

/**
 * An engine variant of ClaimGraph for paired runs, written `<execution>/<transport>`, e.g.
 * `graphql-js/express` (the engine before graphql-jit and node:http).
 */
export function parseEngine(spec: string): Engine {
  const [execution, transport] = spec.split('/');
  if ((execution !== 'jit' && execution !== 'graphql-js') || (transport !== 'node-http' && transport !== 'express')) {
    throw new Error(`an engine is <jit|graphql-js>/<node-http|express> (got ${spec})`);
  }
  return { execution, transport };
}

/** (a) This server: the real app, built exactly as src/server.ts builds it (BENCH_ENGINE picks a variant). */
async function claimgraph(driver: Driver, o: SystemOptions): Promise<Handler> {
  const config = loadConfig({ NEO4J_URI: o.uri, NEO4J_USERNAME: o.username, NEO4J_PASSWORD: o.password, NEO4J_DATABASE: o.database, LOG_LEVEL: 'silent' });
  const catalogue = new QueryCatalogue();
  const executor = new Executor(driver, o.database, config.txTimeoutMs, silent);
  const engine = process.env.BENCH_ENGINE ? parseEngine(process.env.BENCH_ENGINE) : DEFAULT_ENGINE;
  const app = await createApp({ config, log: silent, executor, catalogue, engine });
  return app.listener;
}

/** (b) @neo4j/graphql 7 with equivalent type definitions, on Apollo Server 5 over Express 5, as (a) is served. */
async function neo4jGraphql(driver: Driver, o: SystemOptions): Promise<Handler> {
  const typeDefs = fs.readFileSync(path.join(__dirname, 'neo4j-graphql.graphql'), 'utf8');
  const lib = new Neo4jGraphQL({ typeDefs, driver });
  const apollo = new ApolloServer({ schema: await lib.getSchema(), introspection: true });
  await apollo.start();
  const app = express();
  app.disable('x-powered-by');
  app.use(
    '/graphql',
    express.json({ limit: '2mb' }),
    expressMiddleware(apollo, { context: async () => ({ sessionConfig: { database: o.database } }) }),
  );
  return app;
}

/** (c) The floor: one parameterised Cypher statement per request through neo4j-driver, JSON over plain HTTP. */
async function raw(driver: Driver, o: SystemOptions): Promise<Handler> {
  return (req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', async () => {
      try {
        const { q, params } = JSON.parse(Buffer.concat(chunks).toString('utf8')) as { q: QueryName; params: Record<string, unknown> };
        const text = RAW_QUERIES[q];
        if (!text) throw new Error(`unknown query ${q}`);
        // Whole numbers go as Cypher integers (LIMIT refuses a float), as any driver user sends them.
        const typed = Object.fromEntries(Object.entries(params).map(([k, v]) => [k, Number.isInteger(v) ? neo4j.int(v as number) : v]));
        const result = await driver.executeQuery(text, typed, { database: o.database, routing: neo4j.routing.READ });
        const body = JSON.stringify({ data: result.records.map((r) => r.toObject()) });
        res.writeHead(200, { 'content-type': 'application/json' }).end(body);
      } catch (e) {
        res.writeHead(500, { 'content-type': 'application/json' }).end(JSON.stringify({ errors: [{ message: (e as Error).message }] }));
      }
    });
  };
}

export async function buildSystem(name: SystemName, o: SystemOptions): Promise<{ handler: Handler; driver: Driver }> {
  // The same driver settings for all three, so pool size and timeouts are not what differs.
  const driver = createDriver(o.uri, o.username, o.password);
  const build = { claimgraph, neo4jGraphql, raw }[name];
  return { handler: await build(driver, o), driver };
}
