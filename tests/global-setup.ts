import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { EmbeddedNeo4j } from '../src/graph/EmbeddedNeo4j';
import { ensureJars } from '../src/graph/neo4j-jars';
import { freePort } from '../src/graph/free-port';


/**
 * Starts one embedded Neo4j for the whole run, on a free port in a fresh temporary folder,
 * unless NEO4J_URI names a database to use instead. Workers read TEST_NEO4J_URI.
 */
export default async function globalSetup(): Promise<void> {
  if (process.env.NEO4J_URI) {
    process.env.TEST_NEO4J_URI = process.env.NEO4J_URI;
    return;
  }
  await ensureJars((m) => process.stderr.write(`${m}\n`));
  const home = fs.mkdtempSync(path.join(os.tmpdir(), 'claimgraph-test-'));
  const db = new EmbeddedNeo4j({ home, port: await freePort(), heap: '1g', pageCache: '64m' });
  const started = Date.now();
  await db.start();
  process.stderr.write(`\nEmbedded Neo4j for tests: ${db.uri} (${Date.now() - started} ms)\n`);
  process.env.TEST_NEO4J_URI = db.uri;
  (globalThis as Record<string, unknown>).__NEO4J__ = { db, home };
}
