import { loadConfig } from '../config';
import { openDatabase } from '../graph/database';
import { Executor } from '../graph/Executor';
import { QueryCatalogue } from '../graph/QueryCatalogue';
import { migrate } from '../graph/migrate';
import { createLogger } from '../logger';

/**
 * Runs a command-line task against the configured database; with NEO4J_URI unset, against the
 * embedded one the running service holds, or else an embedded one launched for the task.
 */
export async function withDatabase(task: (executor: Executor, catalogue: QueryCatalogue) => Promise<void>): Promise<void> {
  const config = loadConfig();
  const log = createLogger(config.logLevel === 'info' ? 'warn' : config.logLevel);
  const db = await openDatabase(config, log, { joinRunning: true });
  try {
    const catalogue = new QueryCatalogue();
    const executor = new Executor(db.driver, config.neo4j.database, config.txTimeoutMs, log);
    await migrate(executor, catalogue);
    await task(executor, catalogue);
  } finally {
    await db.close();
  }
}

/** A failure as one line: the JVM's tail or a stack trace helps nobody at a prompt. */
export const oneLine = (e: unknown): string => (e instanceof Error ? e.message : String(e)).split('\n')[0];

export function runCli(task: () => Promise<void>): void {
  task().catch((e) => {
    console.error(oneLine(e));
    process.exit(1);
  });
}
