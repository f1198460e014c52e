import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pino from 'pino';
import { createDriver } from '../src/graph/database';
import { EMBEDDED_USER, embeddedPassword } from '../src/graph/embedded-files';
import { Executor } from '../src/graph/Executor';
import { freePort } from '../src/runtime/free-port';
import { QueryCatalogue } from '../src/graph/QueryCatalogue';
import { brokenAttributions, halfWrittenClaims } from './faults-checks';
import { killDuringIngest, referenceIngest, type IngestKill, type IngestPlan } from './faults-ingest';
import { auditWrites, newStats, writer } from './faults-mutations';
import { proxyFaults } from './faults-proxy';
import { ServiceProcess, sleep } from './faults-service';
import type { PartOptions, PartResult } from './types';

/** mulberry32: the kill moments are drawn from the run's seed, so a failure can be replayed. */
function seeded(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = Math.imul(s ^ (s >>> 15), 1 | s);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const SIZES = {
  short: { claims: 40, ingestKills: 1, mutationKills: 1, clients: 3, outages: [{ refuseMs: 2500 }], latencyForMs: 2000 },
  long: { claims: 100, ingestKills: 5, mutationKills: 5, clients: 4, outages: [{ refuseMs: 0 }, { refuseMs: 4000 }, { refuseMs: 8000 }], latencyForMs: 10_000 },
};
const TX_TIMEOUT_MS = 10_000;
const LATENCY_MS = 50;

const median = (xs: number[]) => (xs.length === 0 ? 0 : [...xs].sort((a, b) => a - b)[Math.floor((xs.length - 1) / 2)]);
const fmtCodes = (c: Record<string, number>) => Object.entries(c).sort().map(([k, v]) => `${k} ${v}`).join(', ') || 'none';

/**
 * Faults: the database SIGKILLed under a bulk ingest and under concurrent writers (the
 * service restarts it), then the connection broken and slowed by a TCP proxy.
 */
export async function run(opts: PartOptions): Promise<PartResult> {
  const size = opts.long ? SIZES.long : SIZES.short;
  const random = seeded(opts.seed);
  const home = fs.mkdtempSync(path.join(os.tmpdir(), 'claimgraph-faults-'));
  const boltPort = await freePort();
  const svc = new ServiceProcess(await freePort(), {
    NEO4J_URI: '',
    NEO4J_EMBEDDED_PORT: String(boltPort),
    NEO4J_EMBEDDED_HOME: home,
    NEO4J_EMBEDDED_HEAP: '512m',
    SEED_ON_EMPTY: 'false',
    DB_TX_TIMEOUT_MS: String(TX_TIMEOUT_MS),
  });
  // The service launches the embedded database; its password lives in that home (auth is always on).
  const driver = createDriver(`bolt://127.0.0.1:${boltPort}`, EMBEDDED_USER, embeddedPassword(home));
  const executor = new Executor(driver, 'neo4j', 600_000, pino({ level: 'silent' }));
  const catalogue = new QueryCatalogue();
  const failures: string[] = [];
  const recoveries: number[] = [];
  // Restart and recovery times depend on what else the machine runs: the report says how busy it was.
  const loadAtStart = os.loadavg()[0];
  try {
    opts.log(`faults: starting the service with its embedded Neo4j in ${home}`);
    await svc.start();

    // 1. Bulk ingest: seed loader + synthetic graph, the JVM killed at a random moment of each.
    const plan: IngestPlan = { spec: { name: `faults-${size.claims}`, claims: size.claims, attributions: size.claims * 3, actors: size.claims / 5, sources: size.claims / 2, events: size.claims / 50 }, seed: opts.seed, batchSize: 250 };
    const ref = await referenceIngest(plan, executor, catalogue);
    opts.log(`  uninterrupted ingest: ${ref.ms} ms, ${Object.entries(ref.fp.counts).map(([k, v]) => `${k} ${v}`).join(', ')}`);
    const ingestKills: IngestKill[] = [];
    for (let i = 0; i < size.ingestKills; i++) {
      const k = await killDuringIngest(svc, plan, executor, catalogue, ref, i % 2 === 0 ? 'resume' : 'from-start', random, opts.log);
      ingestKills.push(k);
      recoveries.push(k.readyToReadyzMs);
      opts.log(`  ingest kill ${i + 1} (${k.mode}): fingerprint ${k.fingerprintEqual ? 'equal' : 'DIFFERENT'}, half-written ${k.halfWritten.length}, broken attributions ${k.brokenAttributions.length}`);
    }

    // 2. Concurrent writers with idempotency keys; the JVM killed at random moments under them.
    const stats = newStats();
    let stop = false;
    const writers = Array.from({ length: size.clients }, (_, c) => writer(svc, stats, `w${c}`, 2, () => stop));
    const mutationKills: number[] = [];
    for (let i = 0; i < size.mutationKills; i++) {
      // Kill amid writing: once the writers have had some answers since the last recovery.
      const before = stats.acks.length;
      const patience = Date.now() + 120_000;
      while (stats.acks.length < before + size.clients && Date.now() < patience) await sleep(50);
      await sleep(300 + 2000 * random());
      const k = await svc.killDatabase();
      mutationKills.push(k.readyToReadyzMs);
      recoveries.push(k.readyToReadyzMs);
      opts.log(`  mutation kill ${i + 1}: JVM ${k.pid}, down ${k.downMs} ms, /readyz 200 ${k.readyToReadyzMs} ms after NEO4J_READY; ${stats.acks.length} writes acknowledged so far`);
    }
    await sleep(1000);
    stop = true;
    await Promise.all(writers);
    const audit = await auditWrites(driver, 'neo4j', stats);
    const halfAfterWrites = await halfWrittenClaims(driver, 'neo4j');
    const brokenAfterWrites = await brokenAttributions(driver, 'neo4j');

    // 3. The connection broken and slowed by a TCP proxy, under a second service.
    const px = await proxyFaults({
      boltPort, password: embeddedPassword(home), servicePort: await freePort(), txTimeoutMs: TX_TIMEOUT_MS, outages: size.outages,
      latencyMs: LATENCY_MS, latencyForMs: size.latencyForMs, clients: 2, random, log: opts.log,
    });
    const pxAudit = await auditWrites(driver, 'neo4j', px.stats);
    const halfAtEnd = await halfWrittenClaims(driver, 'neo4j');

    const kills = ingestKills.length + mutationKills.length;
    const half = new Set([...ingestKills.flatMap((k) => k.halfWritten), ...halfAfterWrites, ...halfAtEnd]);
    const broken = new Set([...ingestKills.flatMap((k) => k.brokenAttributions), ...brokenAfterWrites]);
    const lost = [...audit.lost, ...pxAudit.lost];
    const twice = [...audit.notExactlyOnce, ...pxAudit.notExactlyOnce];
    const unexpected = [...stats.unexpected, ...px.stats.unexpected];
    const gaveUp = [...stats.gaveUp, ...px.stats.gaveUp];
    const fpEqual = ingestKills.every((k) => k.fingerprintEqual);
    const errorsByCode: Record<string, number> = {};
    for (const c of [stats.errorsByCode, px.stats.errorsByCode, px.slowed.byCode]) for (const [k, v] of Object.entries(c)) errorsByCode[k] = (errorsByCode[k] ?? 0) + v;

    if (half.size > 0) failures.push(`half-written claims: ${[...half].slice(0, 5).join(', ')}`);
    if (broken.size > 0) failures.push(`attributions without exactly one OF, BY, IN: ${[...broken].slice(0, 5).join(', ')}`);
    if (lost.length > 0) failures.push(`acknowledged writes lost: ${lost.slice(0, 5).join(', ')}`);
    if (twice.length > 0) failures.push(`idempotency keys not applied exactly once: ${twice.slice(0, 5).join(', ')}`);
    if (!fpEqual) failures.push('an interrupted ingest did not reach the uninterrupted fingerprint');
    if (unexpected.length > 0) failures.push(`answers other than success, UNAVAILABLE or TIMEOUT: ${unexpected.slice(0, 3).join(' | ')}`);
    if (gaveUp.length > 0) failures.push(`writes never acknowledged within their retry budget: ${gaveUp.map((g) => g.key).slice(0, 5).join(', ')}`);
    if (px.probes === 0 || px.probesUnavailable !== px.probes) failures.push(`during a proxy outage ${px.probesUnavailable} of ${px.probes} requests answered UNAVAILABLE`);
    if (px.probeMaxMs >= TX_TIMEOUT_MS) failures.push(`a request during a proxy outage took ${px.probeMaxMs} ms (tx timeout ${TX_TIMEOUT_MS} ms)`);
    if (px.slowed.ok === 0 || Object.keys(px.slowed.byCode).some((c) => c !== 'TIMEOUT')) failures.push(`with ${LATENCY_MS} ms latency: ${px.slowed.ok} ok, ${fmtCodes(px.slowed.byCode)}`);
    if (ingestKills.some((k) => !k.midIngest)) opts.log('  note: some kills landed after the ingest had finished');

    return {
      title: 'Faults',
      command: `npm run reliability -- --only faults --seed ${opts.seed}`,
      figures: {
        'database kills (SIGKILL)': `${kills} (${ingestKills.length} during bulk ingest, ${ingestKills.filter((k) => k.midIngest).length} of them mid-ingest; ${mutationKills.length} under ${size.clients} concurrent writers)`,
        'half-written claims (goal 0)': half.size,
        'attributions without exactly one OF, BY, IN (goal 0)': broken.size,
        'acknowledged writes': audit.acknowledged + pxAudit.acknowledged,
        'acknowledged writes lost (goal 0)': lost.length,
        'idempotency keys applied other than exactly once (goal 0)': twice.length,
        'interrupted ingest reaches the uninterrupted fingerprint (goal yes)': fpEqual ? `yes (${ingestKills.length} of ${ingestKills.length})` : `no (${ingestKills.filter((k) => k.fingerprintEqual).length} of ${ingestKills.length})`,
        'ingest size': `${ref.fp.counts.Claim ?? 0} claims, ${ref.fp.counts.Attribution ?? 0} attributions; uninterrupted in ${(ref.ms / 1000).toFixed(1)} s`,
        'NEO4J_READY → /readyz 200, median / max': `${median(recoveries)} / ${Math.max(...recoveries)} ms`,
        'retries by writers (same idempotency key)': stats.retries + px.stats.retries,
        'proxy outages': `${size.outages.length} (${size.outages.map((o) => (o.refuseMs ? `cut + refused ${o.refuseMs / 1000} s` : 'cut only')).join(', ')})`,
        'requests during a proxy outage answered UNAVAILABLE': `${px.probesUnavailable} of ${px.probes}, slowest ${px.probeMaxMs} ms (tx timeout ${TX_TIMEOUT_MS} ms)`,
        'proxy restored → serving again, max': `${Math.max(...px.recoveryMs)} ms`,
        [`reads with ${LATENCY_MS} ms latency per chunk`]: `${px.slowed.ok} answered, slowest ${px.slowed.maxMs} ms; errors: ${fmtCodes(px.slowed.byCode)}`,
        'errors seen by clients, by code': fmtCodes(errorsByCode),
      },
      failures,
      notes:
        'One service (node --import tsx src/server.ts) runs its supervised embedded Neo4j; its JVM is SIGKILLed at seeded random moments. ' +
        'Ingest = seed loader (one transaction) + a synthetic graph (bench/synth.ts) through BulkWriter in batches of 250 with its resume marker; after a kill it is re-run, alternately resuming and from the start. ' +
        'The fingerprint compared leaves out bookkeeping (Change, IdempotencyKey, SchemaMigration, BenchLoad) and load-time stamps (createdAt, updatedAt, at), which no two loads share. ' +
        'Writers add actor, source, claim, attribution and a SUPPORTS link per round, retrying UNAVAILABLE/TIMEOUT/network errors with the same idempotency key. ' +
        'A second service reaches the same database through reliability/tcp-proxy.ts, which cuts connections, refuses new ones, and adds latency. ' +
        `Machine: ${os.cpus().length} cores, load average ${loadAtStart.toFixed(1)} at the start and ${os.loadavg()[0].toFixed(1)} at the end of the run.`,
    };
  } finally {
    await driver.close();
    await svc.stop();
    fs.rmSync(home, { recursive: true, force: true });
  }
}
