import type { Driver } from 'neo4j-driver';
import type { Executor } from '../src/graph/Executor';
import type { QueryCatalogue } from '../src/graph/QueryCatalogue';
import { BulkWriter, type RowKey } from '../src/graph/repositories/BulkWriter';
import { SyntheticGraph, type ScaleSpec } from './synth';

/**
 * Ingest: the project's bulk path (BulkWriter → cypher/queries/bulk/*: MERGE on :Node ids,
 * labels set after, idempotent) against the plainest UNWIND a user would hand-write for a
 * fresh load (CREATE nodes, MATCH ends + CREATE links, not idempotent). Same rows, same
 * batch size, one transaction per batch, alternating order by round; each copy gets its
 * own id prefix and is deleted before the next round.
 */
const NODE_LABELS: Partial<Record<RowKey, string>> = {
  persons: 'Actor:Person', organisations: 'Actor:Organisation', sources: 'Source', events: 'Event', claims: 'Claim', attributions: 'Attribution',
};
const LINKS: Partial<Record<RowKey, [string, string, string]>> = {
  of: ['Attribution', 'OF', 'Claim'], by: ['Attribution', 'BY', 'Actor'], in: ['Attribution', 'IN', 'Source'], via: ['Attribution', 'VIA', 'Source'],
  onBehalfOf: ['Attribution', 'ON_BEHALF_OF', 'Organisation'], publishedBy: ['Source', 'PUBLISHED_BY', 'Organisation'],
  authoredBy: ['Source', 'AUTHORED_BY', 'Person'], cites: ['Source', 'CITES', 'Source'], about: ['Claim', 'ABOUT', 'Node'],
  contradicts: ['Claim', 'CONTRADICTS', 'Claim'], supports: ['Claim', 'SUPPORTS', 'Claim'], positions: ['Person', 'HOLDS_POSITION', 'Organisation'],
  memberships: ['Organisation', 'MEMBER_OF', 'Organisation'], mentions: ['Actor', 'MENTIONED_IN', 'Source'],
};

export function rawIngestStatement(key: RowKey): string {
  const label = NODE_LABELS[key];
  if (label) return `UNWIND $rows AS row CREATE (n:Node:${label} {id: row.id}) SET n += row.props, n += row.audit, n.updatedAt = row.audit.createdAt`;
  const [from, type, to] = LINKS[key]!;
  return `UNWIND $rows AS row MATCH (a:${from} {id: row.from}) MATCH (b:${to} {id: row.to}) CREATE (a)-[r:${type}]->(b) SET r = coalesce(row.props, {})`;
}

export interface IngestRun {
  system: 'bulk' | 'raw';
  rows: number;
  seconds: number;
  rowsPerSec: number;
}

async function ingestOnce(system: 'bulk' | 'raw', g: SyntheticGraph, executor: Executor, catalogue: QueryCatalogue, batchSize: number): Promise<IngestRun> {
  const writer = new BulkWriter(executor, catalogue);
  const { driver, database } = executor;
  let rows = 0;
  const started = performance.now();
  for (const pass of g.passes()) {
    const statement = rawIngestStatement(pass.key);
    for (let i = 0; i < pass.count; ) {
      const batch: unknown[] = [];
      while (i < pass.count && batch.length < batchSize) batch.push(...pass.rows(i++));
      if (batch.length === 0) continue;
      rows += batch.length;
      if (system === 'bulk') await writer.writeBatch(pass.key, batch);
      else {
        const session = driver.session({ database });
        try {
          await session.executeWrite((tx) => tx.run(statement, { rows: batch }));
        } finally {
          await session.close();
        }
      }
    }
  }
  const seconds = (performance.now() - started) / 1000;
  return { system, rows, seconds, rowsPerSec: rows / seconds };
}

export async function deleteByPrefix(driver: Driver, database: string, prefix: string): Promise<void> {
  const session = driver.session({ database });
  try {
    await session.run(`MATCH (n:Node) WHERE n.id STARTS WITH $p CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 5000 ROWS`, { p: `${prefix}-` });
  } finally {
    await session.close();
  }
}

/** Interleaved rounds: bulk then raw, raw then bulk, …; the generator's row building is timed for both alike. */
export async function benchIngest(executor: Executor, catalogue: QueryCatalogue, opts: { claims: number; rounds: number; batchSize: number; seed: number; log: (m: string) => void }): Promise<IngestRun[]> {
  const spec: ScaleSpec = {
    name: `ingest-${opts.claims}`, claims: opts.claims, attributions: opts.claims * 3,
    actors: Math.max(20, Math.round(opts.claims / 5)), sources: Math.max(10, Math.round(opts.claims / 2)), events: Math.max(5, Math.round(opts.claims / 50)),
  };
  const runs: IngestRun[] = [];
  for (let round = 0; round < opts.rounds; round++) {
    const order: ('bulk' | 'raw')[] = round % 2 === 0 ? ['bulk', 'raw'] : ['raw', 'bulk'];
    for (const system of order) {
      const prefix = `bench-ingest-${system}-${round}`;
      const g = new SyntheticGraph(spec, opts.seed, prefix);
      await deleteByPrefix(executor.driver, executor.database, prefix);
      const run = await ingestOnce(system, g, executor, catalogue, opts.batchSize);
      opts.log(`  ingest round ${round + 1} ${system}: ${run.rows} rows in ${run.seconds.toFixed(1)} s = ${Math.round(run.rowsPerSec)} rows/s`);
      runs.push(run);
      await deleteByPrefix(executor.driver, executor.database, prefix);
    }
  }
  return runs;
}
