import os from 'node:os';
import { codeCounts, loadFailures, runLoad } from './load-check';
import { cpuSeconds, withServiceStack } from './service-process';
import type { PartOptions, PartResult } from './types';

const round = (n: number) => Math.round(n * 10) / 10;

/**
 * Load: 50 concurrent clients (20 in the short form) mixing reads, searches and writes
 * that race on a small hot set, against the service in its own process.
 */
export async function run(opts: PartOptions): Promise<PartResult> {
  const clients = opts.long ? 50 : 20;
  const durationMs = opts.long ? 60_000 : 10_000;
  return withServiceStack(opts.uri, opts.log, async ({ db, service, driver }) => {
    const cpu0 = { service: cpuSeconds(service.pid), db: db ? cpuSeconds(db.pid) : NaN };
    const o = await runLoad(service.url, driver, 'neo4j', { clients, durationMs, seed: opts.seed, tag: `load${opts.seed}x${Date.now() % 1e6}`, log: opts.log });
    // An internal error is logged by the service with its cause: show the last of its log.
    if (o.tally.codes.has('INTERNAL_SERVER_ERROR')) opts.log(`service log (tail):\n${service.output().slice(-4000)}`);
    const cpu = { service: (cpuSeconds(service.pid) - cpu0.service) / o.seconds, db: db ? (cpuSeconds(db.pid) - cpu0.db) / o.seconds : NaN };
    const all = o.tally.summary();
    const lat = (k?: 'read' | 'search' | 'write') => {
      const s = o.tally.summary(k);
      return `${round(s.p50)} / ${round(s.p95)} / ${round(s.p99)} (${s.count})`;
    };
    return {
      title: 'Load',
      command: 'npm run reliability -- --only load',
      figures: {
        clients,
        'duration (s)': round(o.seconds),
        'operations (requests)': all.count,
        'throughput (requests/s)': round(all.count / o.seconds),
        'latency p50 / p95 / p99, all (ms, count)': lat(),
        'reads p50 / p95 / p99 (ms)': lat('read'),
        'searches p50 / p95 / p99 (ms)': lat('search'),
        'writes p50 / p95 / p99 (ms)': lat('write'),
        'error codes seen': codeCounts(o.tally),
        'leaked errors (not BAD_USER_INPUT, NOT_FOUND, CONFLICT, FORBIDDEN)': o.tally.leakedCount,
        'keyed retries (5 concurrent copies each) / exactly once': `${o.groups.length} / ${o.groups.length - o.notExactlyOnce.length}`,
        'invariants checked / broken': `${o.invariantsChecked} / ${o.invariantViolations.length}`,
        'CPU of the service (cores)': cpu.service.toFixed(2),
        'CPU of Neo4j (cores)': db ? cpu.db.toFixed(2) : 'not measured (--uri)',
        machine: `${os.cpus().length} cores, load average at the end ${os.loadavg()[0].toFixed(1)}`,
      },
      failures: loadFailures(o),
      notes:
        'Clients race on a hot set of 12 claims and 12 actors (replenished as they go): mergeActors on random pairs, ' +
        'linkClaims/unlinkClaims on random pairs, retractClaim/retractAttribution, addClaim/addAttribution with quotes from one source, ' +
        'and addActor sent 5 times at once with one Idempotency-Key. Invariants are the Cypher checks in reliability/invariants.ts, run after the load.',
    };
  });
}
