import { loadConfig } from '../config';
import { openDatabase } from '../graph/database';
import { createLogger } from '../logger';

/** npm run db:start: the embedded Neo4j in the foreground, data under .data/, until Ctrl-C. */
async function main() {
  const config = loadConfig();
  const log = createLogger(config.logLevel);
  // Supervised like the service's, and announced, so the CLI joins it instead of colliding on the store lock.
  const db = await openDatabase({ ...config, neo4j: { ...config.neo4j, uri: undefined } }, log, { supervise: true });
  console.log(`Neo4j is listening on ${db.embedded?.uri} (loopback only, auth on). \`npx claimgraph db credentials\` prints the login. Ctrl-C stops it.`);
  const stop = async () => {
    await db.close();
    process.exit(0);
  };
  process.on('SIGINT', () => void stop());
  process.on('SIGTERM', () => void stop());
}

main().catch((e) => {
  console.error(e instanceof Error ? e.message.split('\n')[0] : e);
  process.exit(1);
});
