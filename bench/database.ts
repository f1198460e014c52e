import { freePort } from '../src/runtime/free-port';
import path from 'node:path';
import type { Driver } from 'neo4j-driver';
import pino from 'pino';
import { createDriver, waitForDatabase } from '../src/graph/database';
import { EmbeddedNeo4j } from '../src/graph/EmbeddedNeo4j';
import { Executor } from '../src/graph/Executor';
import { migrate } from '../src/graph/migrate';
import { ensureJars } from '../src/runtime/neo4j-jars';
import { QueryCatalogue } from '../src/graph/QueryCatalogue';
import { projectPath } from '../src/paths';

export const silent = pino({ level: 'silent' });

/** Memory for the embedded database by scale: the whole M graph fits in the page cache. */
const MEMORY: Record<string, { heap: string; pageCache: string }> = {
  XS: { heap: '1g', pageCache: '128m' },
  S: { heap: '2g', pageCache: '1g' },
  M: { heap: '4g', pageCache: '4g' },
  L: { heap: '8g', pageCache: '10g' },
};

export interface BenchDatabase {
  uri: string;
  username: string;
  password: string;
  database: string;
  driver: Driver;
  executor: Executor;
  catalogue: QueryCatalogue;
  embedded?: EmbeddedNeo4j;
  heap?: string;
  pageCache?: string;
  close(): Promise<void>;
}


/**
 * NEO4J_URI (or --uri) when given; otherwise an embedded Neo4j of its own under
 * .data/bench/neo4j-<scale>, kept between runs so a generated graph is loaded once.
 */
export async function openBenchDatabase(opts: { uri?: string; scale: string; home?: string; log?: (m: string) => void }): Promise<BenchDatabase> {
  const log = opts.log ?? ((m: string) => process.stderr.write(`${m}\n`));
  let username = process.env.NEO4J_USERNAME || 'neo4j';
  let password = process.env.NEO4J_PASSWORD ?? '';
  const database = process.env.NEO4J_DATABASE ?? 'neo4j';
  let uri = opts.uri ?? process.env.NEO4J_URI;
  let embedded: EmbeddedNeo4j | undefined;
  // BENCH_HEAP / BENCH_PAGE_CACHE shrink the embedded database on a machine shared with other runs.
  const byScale = MEMORY[opts.scale.toUpperCase()] ?? MEMORY.S;
  const memory = { heap: process.env.BENCH_HEAP || byScale.heap, pageCache: process.env.BENCH_PAGE_CACHE || byScale.pageCache };
  if (!uri) {
    await ensureJars(log);
    const home = opts.home ?? projectPath('.data', 'bench', `neo4j-${opts.scale.toUpperCase()}`);
    embedded = new EmbeddedNeo4j({ home, port: await freePort(), heap: memory.heap, pageCache: memory.pageCache, startTimeoutMs: 300_000 });
    const t = performance.now();
    log(`starting embedded Neo4j in ${path.relative(process.cwd(), home)} (heap ${memory.heap}, page cache ${memory.pageCache})…`);
    await embedded.start();
    log(`Neo4j ready at ${embedded.uri} in ${Math.round(performance.now() - t)} ms`);
    uri = embedded.uri;
    username = embedded.username;
    password = embedded.password;
  }
  const driver = createDriver(uri, username, password);
  await waitForDatabase(driver);
  const catalogue = new QueryCatalogue();
  const executor = new Executor(driver, database, 600_000, silent);
  try {
    await migrate(executor, catalogue);
  } catch (e) {
    // A kept benchmark database may predate an edited migration; its schema was complete when
    // the graph was generated, so measure with it rather than refuse to run.
    log(`warning: schema migrations did not apply (${(e as Error).message.split('\n')[0]}); using the schema the database has`);
  }
  return {
    uri, username, password, database, driver, executor, catalogue, embedded,
    heap: embedded ? memory.heap : undefined,
    pageCache: embedded ? memory.pageCache : undefined,
    close: async () => {
      await driver.close();
      await embedded?.stop();
    },
  };
}

export { freePort };
