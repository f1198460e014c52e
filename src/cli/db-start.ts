import { loadConfig } from '../config';
import { EmbeddedNeo4j } from '../graph/EmbeddedNeo4j';
import { ensureJars } from '../runtime/neo4j-jars';

/** npm run db:start: the embedded Neo4j in the foreground, data under .data/, until Ctrl-C. */
async function main() {
  const config = loadConfig();
  await ensureJars();
  const db = new EmbeddedNeo4j({
    home: config.neo4j.embeddedHome,
    port: config.neo4j.embeddedPort,
    heap: config.neo4j.embeddedHeap,
    onOutput: (line) => console.log(line),
  });
  await db.start();
  console.log(`Neo4j is listening on ${db.uri} (auth off, loopback only). Ctrl-C stops it.`);
  const stop = async () => {
    await db.stop();
    process.exit(0);
  };
  process.on('SIGINT', () => void stop());
  process.on('SIGTERM', () => void stop());
}

main().catch((e) => {
  console.error(e instanceof Error ? e.message : e);
  process.exit(1);
});
