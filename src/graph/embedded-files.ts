import path from 'node:path';
import { readOrCreateSecret, type Warn } from '../runtime/private-files';

/**
 * What ClaimGraph keeps beside an embedded Neo4j's store, in its owner-only home folder:
 * the database password, the running service's address (so the CLI can join it), and the
 * local editor key.
 */
export const EMBEDDED_USER = 'neo4j';

export const passwordFile = (home: string) => path.join(path.resolve(home), 'claimgraph-neo4j-password');
export const runningFile = (home: string) => path.join(path.resolve(home), 'claimgraph-running.json');
export const localKeyFile = (home: string) => path.join(path.resolve(home), 'claimgraph-local-editor-key');

/** The principal a local editor key's writes are recorded under (Change.by). */
export const LOCAL_EDITOR = 'local-editor';

/**
 * The local editor key: with the embedded database and no API_KEYS, npm start makes one (like
 * Jupyter's token) so a newcomer can write from the browser; it lives beside the password.
 */
export function localEditorKey(home: string, warn?: Warn): string {
  return readOrCreateSecret(localKeyFile(home), warn);
}

/** The embedded database's password: generated on first start, then read from the data folder. */
export function embeddedPassword(home: string, warn?: Warn): string {
  return readOrCreateSecret(passwordFile(home), warn);
}
