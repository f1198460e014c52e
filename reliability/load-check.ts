import type { Driver } from 'neo4j-driver';
import { checkInvariants } from './invariants';
import { fixedStep, liveGraphSize, verifyKeyedUpdates } from './fixed-mix';
import { drive, preparePool, rng, Tally, warmUp, type IdempotentGroup } from './workload';

export interface LoadOutcome {
  tally: Tally;
  seconds: number;
  groups: IdempotentGroup[];
  /** Groups whose answers disagreed or that left other than one node and one Change. */
  notExactlyOnce: string[];
  invariantViolations: string[];
  invariantsChecked: number;
  /** The live graph (no history) when the clients started and when they stopped. */
  size: { before: Awaited<ReturnType<typeof liveGraphSize>>; after: Awaited<ReturnType<typeof liveGraphSize>> };
}

/**
 * After the load, each retried key must have produced exactly one actor and one Change,
 * and every answer of its group the same ids.
 */
async function verifyExactlyOnce(driver: Driver, database: string, groups: IdempotentGroup[]): Promise<string[]> {
  const bad: string[] = [];
  const { records } = await driver.executeQuery(
    `UNWIND $names AS name
     OPTIONAL MATCH (n:Node {name: name})
     WITH name, collect(n) AS nodes
     RETURN name, size(nodes) AS nodes, [n IN nodes | n.id] AS ids,
            COUNT { MATCH (ch:Change)-[:CHANGED]->(n:Node {name: name}) } AS changes`,
    { names: groups.map((g) => g.name) },
    { database, routing: 'READ' },
  );
  const stored = new Map(records.map((r) => [r.get('name') as string, { nodes: Number(r.get('nodes')), changes: Number(r.get('changes')), ids: r.get('ids') as string[] }]));
  for (const g of groups) {
    const s = stored.get(g.name)!;
    const ok = g.answers.filter((a) => a.data?.addActor);
    const actorIds = new Set(ok.map((a) => a.data.addActor.actor.id));
    const changeIds = new Set(ok.map((a) => a.data.addActor.change.id));
    if (s.nodes !== 1 || s.changes !== 1 || ok.length !== g.answers.length || actorIds.size !== 1 || changeIds.size !== 1 || !actorIds.has(s.ids[0])) {
      bad.push(`${g.name}: ${s.nodes} nodes, ${s.changes} Changes, ${ok.length}/${g.answers.length} answered, ${actorIds.size} actor ids`);
    }
  }
  return bad;
}

/** Prepares a hot set, drives the clients, then checks exactly-once and every invariant in the database. */
export async function runLoad(
  url: string,
  driver: Driver,
  database: string,
  opts: { clients: number; durationMs: number; seed: number; tag: string; log: (line: string) => void; mix?: 'load' | 'fixed' },
): Promise<LoadOutcome> {
  const pool = await preparePool(url, opts.tag, rng(opts.seed));
  await warmUp(url, pool, opts.tag);
  const fixed = opts.mix === 'fixed';
  opts.log(`hot set ready (${pool.actors.length} actors, ${pool.claims.length} claims); ${opts.clients} clients for ${opts.durationMs / 1000} s${fixed ? ', fixed-size mix' : ''}`);
  const tally = new Tally();
  const groups: IdempotentGroup[] = [];
  const before = await liveGraphSize(driver, database);
  const started = performance.now();
  await drive(url, pool, opts, tally, groups, ...(fixed ? [fixedStep] : []));
  const seconds = (performance.now() - started) / 1000;
  const after = await liveGraphSize(driver, database);
  const notExactlyOnce = await (fixed ? verifyKeyedUpdates : verifyExactlyOnce)(driver, database, groups);
  const invariants = await checkInvariants(driver, database);
  const invariantViolations = invariants.filter((i) => i.violations > 0).map((i) => `${i.name}: ${i.violations} (${i.sample.join(', ')})`);
  return { tally, seconds, groups, notExactlyOnce, invariantViolations, invariantsChecked: invariants.length, size: { before, after } };
}

/** The goals every form of the load asserts. */
export function loadFailures(o: LoadOutcome): string[] {
  return [
    ...(o.tally.leakedCount ? [`${o.tally.leakedCount} errors leaked to clients: ${o.tally.leaked.join(' | ')}`] : []),
    ...(o.groups.length === 0 ? ['no idempotency group ran'] : []),
    ...o.notExactlyOnce.map((g) => `not exactly once: ${g}`),
    ...o.invariantViolations.map((v) => `invariant broken: ${v}`),
  ];
}

export const codeCounts = (t: Tally) => [...t.codes.entries()].map(([c, n]) => `${c} ${n}`).join(', ') || 'none';

/** Honest refusals (503/429 with Retry-After, retried by the clients) and the waits they asked for. */
export function refusalSummary(t: Tally): string {
  if (t.refusals === 0) return '0';
  const waits = new Map<number, number>();
  for (const w of t.refusalWaits) waits.set(w, (waits.get(w) ?? 0) + 1);
  return `${t.refusals} (Retry-After ${[...waits.entries()].sort((a, b) => a[0] - b[0]).map(([s, n]) => `${s} s × ${n}`).join(', ')})`;
}
