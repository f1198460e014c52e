import type { Driver } from 'neo4j-driver';
import { sha256Stream } from '../src/domain/sha256';

/**
 * Cypher checks the Faults part runs after each recovery. Like tests, they read the
 * database directly (constant statements, parameters only) rather than through the API.
 */

/** Bookkeeping outside the graph proper: write history, retry keys, schema and load markers. */
const BOOKKEEPING = ['Change', 'IdempotencyKey', 'SchemaMigration', 'BenchLoad'];
/** Load-time stamps: the seed loader stamps its rows with the time of the load, which no two runs share. */
const VOLATILE_PROPS = new Set(['createdAt', 'updatedAt', 'at']);

export interface DataFingerprint {
  counts: Record<string, number>;
  sha256: string;
}

async function rows(driver: Driver, database: string, text: string, params: Record<string, unknown> = {}) {
  const res = await driver.executeQuery(text, params, { database });
  return res.records.map((r) => r.toObject());
}

/** Properties as text independent of key order; temporal values and integers by their own text. */
function canonical(value: unknown): string {
  if (value === null || value === undefined) return 'null';
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (typeof value === 'object') {
    const proto = Object.getPrototypeOf(value);
    if (proto !== Object.prototype && proto !== null) return JSON.stringify(String(value));
    return `{${Object.keys(value).sort().map((k) => `${JSON.stringify(k)}:${canonical((value as Record<string, unknown>)[k])}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

const stable = (props: Record<string, unknown>) => canonical(Object.fromEntries(Object.entries(props).filter(([k]) => !VOLATILE_PROPS.has(k))));

/**
 * Counts per label and relationship type, and one SHA-256 over every node (id, labels,
 * properties) and relationship (type, ends, properties), sorted. Unlike a whole-graph
 * fingerprint, bookkeeping nodes and their relationships, and load-time stamps, are
 * left out: two loads of the same data differ only there.
 */
export async function dataFingerprint(driver: Driver, database: string): Promise<DataFingerprint> {
  const nodes = await rows(driver, database, 'MATCH (n:Node) WHERE none(l IN labels(n) WHERE l IN $skip) RETURN n.id AS id, labels(n) AS labels, properties(n) AS props', { skip: BOOKKEEPING });
  const rels = await rows(
    driver,
    database,
    `MATCH (a:Node)-[r]->(b:Node) WHERE none(l IN labels(a) + labels(b) WHERE l IN $skip)
     RETURN type(r) AS type, a.id AS from, b.id AS to, properties(r) AS props`,
    { skip: BOOKKEEPING },
  );
  const counts: Record<string, number> = {};
  const lines: string[] = [];
  for (const n of nodes) {
    const labels = (n.labels as string[]).slice().sort();
    for (const l of labels) counts[l] = (counts[l] ?? 0) + 1;
    lines.push(`N ${String(n.id)} ${labels.join(':')} ${stable(n.props as Record<string, unknown>)}`);
  }
  for (const r of rels) {
    counts[`[:${String(r.type)}]`] = (counts[`[:${String(r.type)}]`] ?? 0) + 1;
    lines.push(`R ${String(r.type)} ${String(r.from)} ${String(r.to)} ${stable(r.props as Record<string, unknown>)}`);
  }
  lines.sort();
  const hash = sha256Stream();
  for (const l of lines) hash.update(l).update('\n');
  return { counts: Object.fromEntries(Object.entries(counts).sort()), sha256: hash.digest('hex') };
}

/**
 * Claims with no attribution whose quote is exactly its source's text from start to end:
 * what a write torn between the claim and its attribution would leave. Returns their ids.
 */
export async function halfWrittenClaims(driver: Driver, database: string): Promise<string[]> {
  const found = await rows(
    driver,
    database,
    `MATCH (c:Claim)
     WHERE NOT EXISTS {
       MATCH (a:Attribution)-[:OF]->(c), (a)-[:IN]->(s:Source)
       WHERE s.text IS NOT NULL AND substring(s.text, a.start, a.end - a.start) = a.quote
     }
     RETURN c.id AS id ORDER BY id`,
  );
  return found.map((r) => String(r.id));
}

/** Attributions without exactly one OF, one BY and one IN. */
export async function brokenAttributions(driver: Driver, database: string): Promise<string[]> {
  const found = await rows(
    driver,
    database,
    `MATCH (a:Attribution)
     WHERE COUNT { (a)-[:OF]->() } <> 1 OR COUNT { (a)-[:BY]->() } <> 1 OR COUNT { (a)-[:IN]->() } <> 1
     RETURN a.id AS id ORDER BY id`,
  );
  return found.map((r) => String(r.id));
}

/** Empties the graph (the schema and its migration records stay), in batches. */
export async function emptyGraph(driver: Driver, database: string): Promise<void> {
  const session = driver.session({ database });
  try {
    await session.run('MATCH (n) WHERE NOT n:SchemaMigration CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 5000 ROWS');
  } finally {
    await session.close();
  }
}
