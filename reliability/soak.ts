import os from 'node:os';
import type { Driver } from 'neo4j-driver';
import { codeCounts, loadFailures, refusalSummary, runLoad } from './load-check';
import { loadAverages } from './load';
import { fdCount, rssBytes, sleep, socketsTo, withServiceStack, type PrivateNeo4j, type ServiceChild } from './service-process';
import type { PartOptions, PartResult } from './types';

interface Sample {
  t: number;
  rss: number;
  fds: number;
  bolt: number;
  heap: number;
}

const MB = (b: number) => Math.round(b / 1048576);
const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
const median = (xs: number[]) => xs.slice().sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const pct = (x: number) => `${x >= 0 ? '+' : ''}${(x * 100).toFixed(1)} %`;

/** Used heap of Neo4j's JVM, from its own JMX bean. */
async function jvmHeapUsed(driver: Driver): Promise<number> {
  const { records } = await driver.executeQuery("CALL dbms.queryJmx('java.lang:type=Memory') YIELD attributes RETURN attributes.HeapMemoryUsage.value AS heap", {}, { database: 'system' });
  const heap = records[0]?.get('heap') as { properties?: { used?: unknown }; used?: unknown } | undefined;
  return Number(heap?.properties?.used ?? heap?.used ?? NaN);
}

/**
 * The heap's floor per window: a GC'd heap is a sawtooth, and its lowest point in a minute
 * (young collections run every few seconds under load) is what stays live after GC.
 */
function floorsPerWindow(samples: Sample[], windowS: number): { t: number; floor: number; rss: number }[] {
  const windows = new Map<number, Sample[]>();
  for (const x of samples) {
    const w = Math.floor(x.t / windowS);
    windows.set(w, [...(windows.get(w) ?? []), x]);
  }
  const full = Math.max(...[...windows.values()].map((xs) => xs.length));
  // The last window is cut short by the end of the run: too few samples to have caught a GC.
  return [...windows.entries()].filter(([, xs]) => xs.length >= full / 2).map(([w, xs]) => ({
    t: w * windowS,
    floor: Math.min(...xs.map((x) => x.heap).filter(Number.isFinite)),
    rss: mean(xs.map((x) => x.rss)),
  }));
}

/** First and last third of the samples after warm-up: a leak shows as a rise from one to the other. */
function thirds(xs: number[]): { first: number[]; last: number[] } {
  const n = Math.max(1, Math.floor(xs.length / 3));
  return { first: xs.slice(0, n), last: xs.slice(-n) };
}

async function sampleUntil(end: number, everyMs: number, service: ServiceChild, db: PrivateNeo4j | undefined, driver: Driver): Promise<Sample[]> {
  const samples: Sample[] = [];
  const t0 = Date.now();
  while (Date.now() < end) {
    await sleep(everyMs);
    const heap = await jvmHeapUsed(driver).catch(() => NaN);
    samples.push({ t: (Date.now() - t0) / 1000, rss: rssBytes(service.pid), fds: fdCount(service.pid), bolt: db ? socketsTo(service.pid, db.port) : NaN, heap });
  }
  return samples;
}

/**
 * Soak: the load mix for 10 minutes after a 3-minute warm-up (20 s after 5 s in the short form),
 * sampling the service and the JVM as it runs. The warm-up is long because V8 grows its heap to
 * its working size over the first minutes (a 60-s warm-up read that growth as drift).
 */
export async function run(opts: PartOptions): Promise<PartResult> {
  const warmupS = opts.long ? 180 : 5;
  const durationMs = (opts.long ? 600 : 20) * 1000 + warmupS * 1000;
  const clients = opts.long ? 50 : 20;
  const loadAtStart = loadAverages();
  return withServiceStack(opts.uri, opts.log, async ({ db, service, driver }) => {
    const s = service;
    // The sampler starts with the clients (the pool takes a few seconds to prepare first).
    let samplerEnd = 0;
    let sampling: Promise<Sample[]> = Promise.resolve([]);
    const load = runLoad(s.url, driver, 'neo4j', {
      clients,
      durationMs,
      seed: opts.seed,
      tag: `soak${opts.seed}x${Date.now() % 1e6}`,
      mix: 'fixed',
      log: (line) => {
        opts.log(line);
        if (samplerEnd === 0) {
          samplerEnd = Date.now() + durationMs;
          sampling = sampleUntil(samplerEnd, opts.long ? 5_000 : 1_000, s, db, driver);
        }
      },
    });
    const o = await load;
    // An internal error is logged by the service with its cause: show the last of its log.
    if (o.tally.codes.has('INTERNAL_SERVER_ERROR')) opts.log(`service log (tail):\n${s.output().slice(-4000)}`);
    const all = await sampling;
    const metrics = (await (await fetch(`${s.url}/metrics`)).json()) as { eventLoopDelayMs: { p50: number; p99: number; max: number } };
    const after = all.filter((x) => x.t >= warmupS);
    const rss = after.map((x) => x.rss);
    const heap = after.map((x) => x.heap).filter(Number.isFinite);
    const rssMedian = median(rss);
    const rssDeviation = Math.max(...rss.map((r) => Math.abs(r - rssMedian) / rssMedian));
    const rssT = thirds(rss);
    const rssDrift = mean(rssT.last) / mean(rssT.first) - 1;
    // The same drift counted from the first minute, so a reader sees what the warm-up leaves out.
    const rssFromMinute = thirds(all.filter((x) => x.t >= 60).map((x) => x.rss));
    const rssDriftFromMinute = mean(rssFromMinute.last) / mean(rssFromMinute.first) - 1;
    // A GC'd heap is a sawtooth: compare its floors (the least used in each third).
    const heapT = thirds(heap);
    const heapDrift = heap.length ? Math.min(...heapT.last) / Math.min(...heapT.first) - 1 : NaN;
    const windows = floorsPerWindow(after, opts.long ? 60 : 5).filter((w) => Number.isFinite(w.floor));
    const floors = windows.map((w) => w.floor);
    const floorMedian = floors.length ? median(floors) : NaN;
    const floorSpread = floors.length ? Math.max(...floors.map((f) => Math.abs(f - floorMedian) / floorMedian)) : NaN;
    const growth = { nodes: o.size.after.nodes - o.size.before.nodes, relationships: o.size.after.relationships - o.size.before.relationships };
    const fdT = thirds(after.map((x) => x.fds));
    const boltT = thirds(after.map((x) => x.bolt));
    const fdGrowth = mean(fdT.last) - mean(fdT.first);
    const boltGrowth = Math.max(...boltT.last) - Math.max(...boltT.first);
    const failures = [
      ...loadFailures(o),
      ...(Math.abs(rssDrift) > 0.1 ? [`service RSS drifted ${pct(rssDrift)} after warm-up`] : []),
      ...(Math.abs(heapDrift) > 0.1 ? [`JVM heap floor drifted ${pct(heapDrift)} after warm-up`] : []),
      ...(fdGrowth > 10 ? [`open file descriptors grew by ${fdGrowth.toFixed(1)}`] : []),
      ...(boltGrowth > 2 ? [`Bolt connections grew by ${boltGrowth}`] : []),
    ];
    return {
      title: 'Soak',
      command: 'npm run reliability -- --only soak',
      figures: {
        clients,
        'duration (s) / warm-up (s) / samples after warm-up': `${Math.round(o.seconds)} / ${warmupS} / ${after.length}`,
        'requests / throughput (requests/s)': `${o.tally.ops} / ${(o.tally.ops / o.seconds).toFixed(1)}`,
        'service RSS after warm-up: first / min / max / last (MB)': `${MB(rss[0])} / ${MB(Math.min(...rss))} / ${MB(Math.max(...rss))} / ${MB(rss[rss.length - 1])}`,
        'service RSS: largest deviation from median / drift first→last third': `${pct(rssDeviation)} / ${pct(rssDrift)}`,
        'service RSS drift first→last third counted from the first minute instead (not the goal)': pct(rssDriftFromMinute),
        'live graph (nodes / relationships, history not counted): start → end': `${o.size.before.nodes} / ${o.size.before.relationships} → ${o.size.after.nodes} / ${o.size.after.relationships} (${growth.nodes >= 0 ? '+' : ''}${growth.nodes} / ${growth.relationships >= 0 ? '+' : ''}${growth.relationships})`,
        'history: Change nodes start → end': `${o.size.before.changes} → ${o.size.after.changes}`,
        'JVM heap used: min / max (MB); floor drift first→last third': `${MB(Math.min(...heap))} / ${MB(Math.max(...heap))}; ${pct(heapDrift)}`,
        [`JVM heap floor per ${opts.long ? 60 : 5} s window (MB), largest deviation from their median (noise of 12 samples a window, not the goal)`]: `${floors.map(MB).join(', ')}; ${pct(floorSpread)}`,
        [`service RSS mean per ${opts.long ? 60 : 5} s window (MB)`]: windows.map((w) => MB(w.rss)).join(', '),
        'event-loop delay of the service p50 / p99 / max (ms)': `${metrics.eventLoopDelayMs.p50} / ${metrics.eventLoopDelayMs.p99} / ${metrics.eventLoopDelayMs.max}`,
        'open fds of the service: first third mean → last third mean (max)': `${mean(fdT.first).toFixed(1)} → ${mean(fdT.last).toFixed(1)} (${Math.max(...after.map((x) => x.fds))})`,
        'Bolt connections of the service: first third max → last third max': `${Math.max(...boltT.first)} → ${Math.max(...boltT.last)}`,
        'leaked errors / error codes seen': `${o.tally.leakedCount} / ${codeCounts(o.tally)}`,
        'honest refusals (503 + Retry-After, retried)': refusalSummary(o.tally),
        'writes p50 / p99, reads p99 (ms, per operation)': `${Math.round(o.tally.summary('write').p50)} / ${Math.round(o.tally.summary('write').p99)}, ${Math.round(o.tally.summary('read').p99)}`,
        'keyed retries exactly once / invariants broken': `${o.groups.length - o.notExactlyOnce.length} of ${o.groups.length} / ${o.invariantViolations.length} of ${o.invariantsChecked}`,
        machine: `${os.cpus().length} cores, shared; load average 1 / 5 / 15 min at the start ${loadAtStart}, at the end ${loadAverages()}`,
        verdict: failures.length ? `missed: ${failures.length} goal(s) below` : 'heap floor flat ±10 %, RSS flat ±10 %, 0 leaked',
      },
      failures,
      notes:
        'Samples every 5 s: RSS and fds of the service process from /proc/<pid>, its Bolt sockets from /proc/<pid>/net/tcp, ' +
        "Neo4j's heap from `CALL dbms.queryJmx('java.lang:type=Memory')`, event-loop delay from the service's own GET /metrics " +
        '(perf_hooks.monitorEventLoopDelay since start). The workload is the fixed-size mix (reliability/fixed-mix.ts): the Load mix\'s reads and searches, ' +
        'and writes that replace or undo on the same hot set (link and unlink claims, replace an actor\'s description or what a claim is about, ' +
        'keyed updateActor sent 5 times at once), so the live graph stops growing; history still gains one Change per write, as it must.',
    };
  });
}
