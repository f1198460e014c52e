import { loadConfig } from '../config';
import { openDatabase } from '../graph/database';
import { Executor } from '../graph/Executor';
import { QueryCatalogue } from '../graph/QueryCatalogue';
import { migrate } from '../graph/migrate';
import { createLogger } from '../logger';

/** Runs a command-line task against the configured (or embedded) database, then closes it. */
export async function withDatabase(task: (executor: Executor, catalogue: QueryCatalogue) => Promise<void>): Promise<void> {
  const config = loadConfig();
  const log = createLogger(config.logLevel === 'info' ? 'warn' : config.logLevel);
  const db = await openDatabase(config, log);
  try {
    const catalogue = new QueryCatalogue();
    const executor = new Executor(db.driver, config.neo4j.database, config.txTimeoutMs, log);
    await migrate(executor, catalogue);
    await task(executor, catalogue);
  } finally {
    await db.close();
  }
}

export function runCli(task: () => Promise<void>): void {
  task().catch((e) => {
    console.error(e instanceof Error ? e.message : e);
    process.exit(1);
  });
}
