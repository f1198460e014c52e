import { ensureJars } from '../runtime/neo4j-jars';
import { runCli } from './with-database';

/** npm run db:fetch: downloads Neo4j's jars from Maven Central (skipped when present). */
runCli(() => ensureJars());
