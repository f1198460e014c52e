import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createDriver } from '../src/graph/database';
import { EmbeddedNeo4j } from '../src/graph/EmbeddedNeo4j';
import { ensureJars } from '../src/runtime/neo4j-jars';
import { ensureModel } from '../src/runtime/model-files';
import { freePort } from '../src/runtime/free-port';
import { APPROVED_VARIABLE, OPT_IN_VARIABLE, approvalOf, checkTestDatabase } from './support/test-database-guard';

/**
 * Starts one embedded Neo4j for the whole run, on a free port in a fresh temporary folder.
 * With NEO4J_URI the tests use that database only if it is marked disposable (see
 * support/test-database-guard.ts); otherwise jest stops here, before a single write.
 * Workers read TEST_NEO4J_URI, TEST_NEO4J_USERNAME, TEST_NEO4J_PASSWORD and the approval.
 */
export default async function globalSetup(): Promise<void> {
  // The matching tests run the real embedding model: fetched like the Neo4j jars.
  await ensureModel((m) => process.stderr.write(`${m}\n`));
  const uri = process.env.NEO4J_URI;
  if (uri) {
    const database = process.env.NEO4J_DATABASE || 'neo4j';
    const driver = createDriver(uri, process.env.NEO4J_USERNAME || 'neo4j', process.env.NEO4J_PASSWORD ?? '');
    try {
      const decision = await checkTestDatabase(driver, uri, database, process.env[OPT_IN_VARIABLE]);
      if (!decision.allowed) {
        process.stderr.write(`\n${decision.message}\n\n`);
        throw new Error(decision.message);
      }
      process.stderr.write(`\nTests use database "${database}" at ${uri}, marked disposable: ${decision.because}\n`);
    } finally {
      await driver.close();
    }
    process.env.TEST_NEO4J_URI = uri;
    process.env.TEST_NEO4J_USERNAME = process.env.NEO4J_USERNAME || 'neo4j';
    process.env.TEST_NEO4J_PASSWORD = process.env.NEO4J_PASSWORD ?? '';
    process.env[APPROVED_VARIABLE] = approvalOf(uri, database);
    return;
  }
  await ensureJars((m) => process.stderr.write(`${m}\n`));
  const home = fs.mkdtempSync(path.join(os.tmpdir(), 'claimgraph-test-'));
  // A generous start timeout: the machine may be shared with other test runs.
  const db = new EmbeddedNeo4j({ home, port: await freePort(), heap: '1g', pageCache: '64m', startTimeoutMs: 300_000 });
  const started = Date.now();
  await db.start().catch((e: unknown) => {
    fs.rmSync(home, { recursive: true, force: true });
    throw e;
  });
  process.stderr.write(`\nEmbedded Neo4j for tests: ${db.uri} (${Date.now() - started} ms)\n`);
  process.env.TEST_NEO4J_URI = db.uri;
  // The embedded database has auth on, like every embedded start: workers log in with its generated password.
  process.env.TEST_NEO4J_USERNAME = db.username;
  process.env.TEST_NEO4J_PASSWORD = db.password;
  process.env[APPROVED_VARIABLE] = approvalOf(db.uri, 'neo4j');
  (globalThis as Record<string, unknown>).__NEO4J__ = { db, home };
}
