import http from 'node:http';
import { loadConfig, ConfigError } from './config';
import { createLogger } from './logger';
import { openDatabase } from './graph/database';
import { Executor } from './graph/Executor';
import { QueryCatalogue } from './graph/QueryCatalogue';
import { migrate } from './graph/migrate';
import { createApp } from './api/http/app';
import { answerClientErrorsInJson } from './api/http/http-errors';
import { seedIfEmpty } from './ingest/seed';
import { LOCAL_EDITOR, localEditorKey, localKeyFile } from './graph/embedded-files';
import { displayHost, startBanner } from './start-banner';
import { ensureModel } from './runtime/model-files';
import { backfillInBackground } from './graph/matching/backfill-log';
import { warmDeskPlansInBackground } from './desk/warm-plans';

/** Wiring only: config → database → migrations → seed → HTTP, and a graceful stop. */
async function main(): Promise<void> {
  let config;
  try {
    config = loadConfig();
  } catch (e) {
    if (e instanceof ConfigError) {
      console.error(e.message);
      process.exit(2);
    }
    throw e;
  }
  const log = createLogger(config.logLevel);
  // Embedded and no API_KEYS: a local editor key from the data folder (none for a database of the user's own).
  const localKey = config.neo4j.uri || config.apiKeys ? undefined : localEditorKey(config.neo4j.embeddedHome, (msg, f) => log.warn(f, msg));
  if (localKey) config = { ...config, apiKeys: `${LOCAL_EDITOR}:editor:${localKey}` };
  // Like the Neo4j jars: fetched once from Maven Central. Without it, matching answers lexical-only.
  await ensureModel((m) => log.info(m)).catch((e: unknown) => log.warn({ err: e }, 'could not fetch the embedding model; claim matching will be lexical-only'));
  const catalogue = new QueryCatalogue();
  // Supervised: an embedded database that dies is restarted, and work is refused at once while it is down.
  const db = await openDatabase(config, log, { supervise: true });
  const executor = new Executor(db.driver, config.neo4j.database, config.txTimeoutMs, log, db.health, db.readDriver);
  await migrate(executor, catalogue);
  if (config.seedOnEmpty) await seedIfEmpty(executor, catalogue, log);

  const app = await createApp({ config, log, executor, catalogue });
  // Claims loaded by the seed, an import or an older version get their vectors while the service already answers.
  backfillInBackground(app.matching, log);
  // The desk's first save would otherwise compile its statements' plans (seconds on a cold database).
  void warmDeskPlansInBackground(executor, catalogue, log);
  const server = http.createServer(app.listener);
  answerClientErrorsInJson(server);
  // A client that announces more body than it sends must not hold a socket for Node's default 5 minutes.
  server.requestTimeout = Math.max(30_000, config.txTimeoutMs * 2);
  await new Promise<void>((resolve) => server.listen(config.port, config.host, resolve));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : config.port;
  log.info({ url: `http://${config.host}:${port}/graphql` }, 'ClaimGraph is ready');
  console.log(startBanner(`http://${displayHost(config.host)}:${port}`, localKey, localKey ? localKeyFile(config.neo4j.embeddedHome) : undefined));

  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    log.info({ signal }, 'shutting down');
    server.close();
    server.closeIdleConnections();
    const force = setTimeout(() => server.closeAllConnections(), 10_000);
    force.unref();
    await app.stop();
    log.info('GraphQL stopped; closing the database');
    await db.close();
    log.info('stopped');
    process.exit(0);
  };
  process.on('SIGINT', () => void stop('SIGINT'));
  process.on('SIGTERM', () => void stop('SIGTERM'));
}

main().catch((e) => {
  console.error(e instanceof Error ? e.stack ?? e.message : e);
  process.exit(1);
});
