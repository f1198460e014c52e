import fs from 'node:fs';
import { loadConfig } from '../config';
import { passwordFile, EMBEDDED_USER } from '../graph/embedded-files';
import { findRunning } from '../graph/running-service';

/**
 * claimgraph db credentials: where the embedded database listens and how to log in, read from
 * its owner-only data folder. With NEO4J_URI set the database is the user's own: its password
 * is theirs and is not echoed.
 */
export function credentialsCommand(opts: { json?: boolean }): void {
  const config = loadConfig();
  const out = (o: Record<string, string | boolean>) =>
    process.stdout.write(opts.json ? `${JSON.stringify(o)}\n` : `${Object.entries(o).map(([k, v]) => `${k}: ${v}`).join('\n')}\n`);
  if (config.neo4j.uri) {
    out({ uri: config.neo4j.uri, user: config.neo4j.username, password: '(the value of NEO4J_PASSWORD)', database: config.neo4j.database });
    return;
  }
  const home = config.neo4j.embeddedHome;
  let password: string;
  try {
    password = fs.readFileSync(passwordFile(home), 'utf8').trim();
  } catch {
    throw new Error(`no embedded database has been started in ${home} yet: run npm start (or npm run db:start) once`);
  }
  const running = findRunning(home);
  out({
    uri: running?.uri ?? `bolt://127.0.0.1:${config.neo4j.embeddedPort}`,
    user: EMBEDDED_USER,
    password,
    database: config.neo4j.database,
    running: running !== undefined,
  });
}
