import type { Driver } from 'neo4j-driver';

/**
 * The tests wipe the database they run on. They may only run on one they started
 * themselves, or on one the user has marked as disposable, in one of two ways:
 * - CLAIMGRAPH_TEST_DISPOSABLE_DB names the database (NEO4J_DATABASE, default neo4j):
 *   naming it, rather than saying "yes", makes the opt-in about this database only;
 * - the database holds a (:ClaimGraphTestMarker {disposable: true}) node, which travels
 *   with the database itself (a CI container, a scratch instance).
 * An empty database is not enough: emptiness can be a race with a user about to load it.
 */
export const OPT_IN_VARIABLE = 'CLAIMGRAPH_TEST_DISPOSABLE_DB';
/** Set by the global setup to the database it approved; the harness refuses to wipe any other. */
export const APPROVED_VARIABLE = 'CLAIMGRAPH_TEST_APPROVED_DB';
export const MARKER_QUERY = 'OPTIONAL MATCH (m:ClaimGraphTestMarker {disposable: true}) RETURN count(m) > 0 AS marked';

export interface TargetFacts {
  uri: string;
  database: string;
  /** The value of CLAIMGRAPH_TEST_DISPOSABLE_DB, if any. */
  optIn: string | undefined;
  /** Whether the database holds the disposable marker node. */
  marked: boolean;
}

export type Decision = { allowed: true; because: string } | { allowed: false; message: string };

/** Pure: whether the tests may wipe this external database, and if not, a paragraph saying why and how. */
export function decideTestDatabase(t: TargetFacts): Decision {
  if (t.optIn !== undefined && t.optIn !== '' && t.optIn === t.database) {
    return { allowed: true, because: `${OPT_IN_VARIABLE}=${t.database}` };
  }
  if (t.marked) return { allowed: true, because: 'it holds a (:ClaimGraphTestMarker {disposable: true}) node' };
  const mismatch =
    t.optIn !== undefined && t.optIn !== '' ? ` (${OPT_IN_VARIABLE} is "${t.optIn}", which is not the database "${t.database}")` : '';
  return {
    allowed: false,
    message:
      `Refusing to run the tests on database "${t.database}" at ${t.uri}: the integration tests delete every node ` +
      `in the database they use, and this one was not started by the tests nor marked as disposable${mismatch}. ` +
      `Nothing has been written to it. Unset NEO4J_URI to let the tests start their own embedded Neo4j in a ` +
      `temporary folder, or, if everything in "${t.database}" may be destroyed, opt in with ` +
      `${OPT_IN_VARIABLE}=${t.database} or by creating (:ClaimGraphTestMarker {disposable: true}) in it.`,
  };
}

/** Reads the facts (one read-only query, no write) and decides. */
export async function checkTestDatabase(driver: Driver, uri: string, database: string, optIn: string | undefined): Promise<Decision> {
  const session = driver.session({ database, defaultAccessMode: 'READ' });
  try {
    const res = await session.executeRead((tx) => tx.run(MARKER_QUERY));
    return decideTestDatabase({ uri, database, optIn, marked: res.records[0]?.get('marked') === true });
  } finally {
    await session.close();
  }
}

export const approvalOf = (uri: string, database: string) => `${database}@${uri}`;

/** Throws unless the global setup approved exactly this database: a second lock before any wipe. */
export function assertApproved(uri: string, database: string, env: NodeJS.ProcessEnv = process.env): void {
  const approved = env[APPROVED_VARIABLE];
  if (approved !== approvalOf(uri, database)) {
    throw new Error(
      `Refusing to write to database "${database}" at ${uri}: the test global setup approved ${approved ? `"${approved}"` : 'no database'}. ` +
        'Run the tests through jest, whose global setup starts a disposable database or checks the opt-in.',
    );
  }
}
