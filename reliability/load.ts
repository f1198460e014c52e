import os from 'node:os';
import { codeCounts, loadFailures, refusalSummary, runLoad } from './load-check';
import { cpuSeconds, withServiceStack } from './service-process';
import type { PartOptions, PartResult } from './types';

const round = (n: number) => Math.round(n * 10) / 10;
/** The machine is shared: its load averages (1, 5, 15 min) go with every figure. */
export const loadAverages = () => os.loadavg().map((x) => x.toFixed(1)).join(' / ');

/** The goals of issue 26 for 50 clients: p99 of each operation's answer, refusals and their retries included. */
export const LATENCY_GOALS_MS = { write: 2_000, read: 500 };

/**
 * Load: 50 concurrent clients (20 in the short form) mixing reads, searches and writes
 * that race on a small hot set, against the service in its own process.
 */
export async function run(opts: PartOptions): Promise<PartResult> {
  const clients = opts.long ? 50 : 20;
  const durationMs = opts.long ? 60_000 : 10_000;
  const loadAtStart = loadAverages();
  return withServiceStack(opts.uri, opts.log, async ({ db, service, driver }) => {
    const cpu0 = { service: cpuSeconds(service.pid), db: db ? cpuSeconds(db.pid) : NaN };
    const o = await runLoad(service.url, driver, 'neo4j', { clients, durationMs, seed: opts.seed, tag: `load${opts.seed}x${Date.now() % 1e6}`, log: opts.log });
    // An internal error is logged by the service with its cause: show the last of its log.
    if (o.tally.codes.has('INTERNAL_SERVER_ERROR')) opts.log(`service log (tail):\n${service.output().slice(-4000)}`);
    const cpu = { service: (cpuSeconds(service.pid) - cpu0.service) / o.seconds, db: db ? (cpuSeconds(db.pid) - cpu0.db) / o.seconds : NaN };
    const all = o.tally.summary();
    const lat = (k?: 'read' | 'search' | 'write', per: 'operation' | 'request' = 'operation') => {
      const s = o.tally.summary(k, per);
      return `${round(s.p50)} / ${round(s.p95)} / ${round(s.p99)} (${s.count})`;
    };
    const p99 = { write: o.tally.summary('write').p99, read: o.tally.summary('read').p99 };
    const slow = clients < 50 ? [] : (['write', 'read'] as const).filter((k) => p99[k] > LATENCY_GOALS_MS[k]).map((k) => `${k} p99 ${Math.round(p99[k])} ms, goal ≤ ${LATENCY_GOALS_MS[k]} ms`);
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
        'writes per HTTP request (a refusal and each retry count once) p50 / p95 / p99 (ms)': lat('write', 'request'),
        'honest refusals: 503 + Retry-After, OVERLOADED, retried by the client': refusalSummary(o.tally),
        'error codes seen': codeCounts(o.tally),
        'leaked errors (not BAD_USER_INPUT, NOT_FOUND, CONFLICT, FORBIDDEN)': o.tally.leakedCount,
        'keyed retries (5 concurrent copies each) / exactly once': `${o.groups.length} / ${o.groups.length - o.notExactlyOnce.length}`,
        'invariants checked / broken': `${o.invariantsChecked} / ${o.invariantViolations.length}`,
        'CPU of the service (cores)': cpu.service.toFixed(2),
        'CPU of Neo4j (cores)': db ? cpu.db.toFixed(2) : 'not measured (--uri)',
        machine: `${os.cpus().length} cores, shared; load average 1 / 5 / 15 min at the start ${loadAtStart}, at the end ${loadAverages()}`,
      },
      failures: [...loadFailures(o), ...slow],
      notes:
        'Clients race on a hot set of 12 claims and 12 actors (replenished as they go): mergeActors on random pairs, ' +
        'linkClaims/unlinkClaims on random pairs, retractClaim/retractAttribution, addClaim/addAttribution with quotes from one source, ' +
        'and addActor sent 5 times at once with one Idempotency-Key. Invariants are the Cypher checks in reliability/invariants.ts, run after the load. ' +
        'Latencies are per operation, from its first request to its final answer: a write refused with 503 + Retry-After (the write queue is full; nothing was written) ' +
        'is retried by its client after the wait it was given, and the wait counts in its latency. Such a refusal is not a leak; a TIMEOUT, an UNAVAILABLE, ' +
        'a 503 without Retry-After or a refusal still refused after 20 retries is.',
    };
  });
}
