import neo4j from 'neo4j-driver';
import { createDriver } from '../src/graph/database';
import { QueryCatalogue } from '../src/graph/QueryCatalogue';
import { openBenchDatabase } from './database';

/**
 * PROFILE one statement and print its plan's operators with rows and db hits:
 * `tsx bench/profile.ts <bolt uri | S | M | L> <catalogue name | cypher> '<json params>' [--summary]`,
 * e.g. `tsx bench/profile.ts bolt://127.0.0.1:7687 explorer/paths '{"fromId":…}'`.
 * Used to explain a missed target; integers in the JSON become Cypher integers.
 */
type Plan = { operatorType: string; arguments: Record<string, unknown>; dbHits: number; rows: number; children: Plan[] };

export function planLines(p: Plan, depth = 0, out: string[] = []): string[] {
  const details = String(p.arguments.Details ?? '').slice(0, 110);
  out.push(`${'  '.repeat(depth)}${p.operatorType.padEnd(Math.max(1, 34 - depth * 2))} rows ${String(p.rows).padStart(7)}  dbHits ${String(p.dbHits).padStart(8)}  ${details}`);
  for (const c of p.children) planLines(c, depth + 1, out);
  return out;
}

export const totalDbHits = (p: Plan): number => p.dbHits + p.children.reduce((n, c) => n + totalDbHits(c), 0);

async function main() {
  const [target, query, params = '{}', flag] = process.argv.slice(2);
  const text = /^[\w-]+\/[\w-]+$/.test(query) ? new QueryCatalogue().get(query) : query;
  // A scale name (S, M, L) opens that benchmark graph's own embedded database.
  const bench = /^(XS|S|M|L)$/i.test(target) ? await openBenchDatabase({ scale: target, log: () => undefined }) : null;
  const driver = bench ? bench.driver : createDriver(target, process.env.NEO4J_USERNAME || 'neo4j', process.env.NEO4J_PASSWORD ?? '');
  try {
    const parsed = JSON.parse(params, (_k, v) => (typeof v === 'number' && Number.isInteger(v) ? neo4j.int(v) : v));
    const res = await driver.executeQuery(`PROFILE ${text}`, parsed, { database: process.env.NEO4J_DATABASE ?? 'neo4j' });
    const plan = res.summary.profile as unknown as Plan;
    if (flag !== '--summary') console.log(planLines(plan).join('\n'));
    console.log(`total dbHits ${totalDbHits(plan)}, rows ${res.records.length}, ${res.summary.resultAvailableAfter} + ${res.summary.resultConsumedAfter} ms`);
  } finally {
    await (bench ? bench.close() : driver.close());
  }
}

if (require.main === module) main().catch((e) => { console.error(e); process.exit(1); });
