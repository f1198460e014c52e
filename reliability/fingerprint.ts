import { sha256 } from '../src/domain/sha256';
import type { Driver } from 'neo4j-driver';

/**
 * A fingerprint of the whole graph: counts per label and relationship type, and a SHA-256
 * over every node (id and properties) and relationship (start id, type, end id, properties)
 * in a stable order. Two equal fingerprints mean no write happened in between.
 */
export interface Fingerprint {
  labels: Record<string, number>;
  relationships: Record<string, number>;
  sha256: string;
}

/** Properties as text that does not depend on key order or on how the driver boxes values. */
export function canonical(value: unknown): string {
  if (value === null || value === undefined) return 'null';
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (typeof value === 'object') {
    // Neo4j integers and temporal values carry their own exact text.
    const proto = Object.getPrototypeOf(value);
    if (proto !== Object.prototype && proto !== null && typeof (value as object).toString === 'function') return JSON.stringify(String(value));
    const entries = Object.entries(value as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonical(v)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

const byText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

export async function fingerprint(driver: Driver, database: string): Promise<Fingerprint> {
  const opts = { database };
  const nodes = await driver.executeQuery(
    // An idempotency key has no id; its key names it (an element id would change with a restore).
    // Claim vectors are derived from claim texts (rebuilt by the backfill), not graph content a backup carries.
    'MATCH (n) WHERE NOT n:ClaimVector RETURN coalesce(n.id, n.key, elementId(n)) AS id, labels(n) AS labels, properties(n) AS props',
    {},
    opts,
  );
  const rels = await driver.executeQuery(
    'MATCH (a)-[r]->(b) WHERE NOT a:ClaimVector AND NOT b:ClaimVector RETURN coalesce(a.id, elementId(a)) AS from, type(r) AS type, coalesce(b.id, elementId(b)) AS to, properties(r) AS props',
    {},
    opts,
  );
  const labels: Record<string, number> = {};
  const relationships: Record<string, number> = {};
  const lines: string[] = [];
  for (const r of nodes.records) {
    const own = [...(r.get('labels') as string[])].sort(byText);
    for (const l of own) labels[l] = (labels[l] ?? 0) + 1;
    lines.push(`N ${canonical(r.get('id'))} ${own.join(':')} ${canonical(r.get('props'))}`);
  }
  for (const r of rels.records) {
    const type = r.get('type') as string;
    relationships[type] = (relationships[type] ?? 0) + 1;
    lines.push(`R ${canonical(r.get('from'))} ${type} ${canonical(r.get('to'))} ${canonical(r.get('props'))}`);
  }
  lines.sort(byText);
  const digest = sha256(lines.join('\n'));
  return { labels: sortKeys(labels), relationships: sortKeys(relationships), sha256: digest };
}

const sortKeys = (o: Record<string, number>) => Object.fromEntries(Object.entries(o).sort(([a], [b]) => byText(a, b)));

/** What differs between two fingerprints, as short lines; empty when they are equal. */
export function fingerprintDiff(before: Fingerprint, after: Fingerprint): string[] {
  const out: string[] = [];
  for (const [kind, a, b] of [
    ['label', before.labels, after.labels],
    ['relationship', before.relationships, after.relationships],
  ] as const) {
    for (const k of new Set([...Object.keys(a), ...Object.keys(b)])) {
      if ((a[k] ?? 0) !== (b[k] ?? 0)) out.push(`${kind} ${k}: ${a[k] ?? 0} → ${b[k] ?? 0}`);
    }
  }
  if (before.sha256 !== after.sha256 && out.length === 0) out.push('properties changed (same counts, different SHA-256)');
  return out;
}
