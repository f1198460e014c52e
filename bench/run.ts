import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Command } from 'commander';
import neo4j from 'neo4j-driver';
import { openBenchDatabase, type BenchDatabase } from './database';
import { benchIngest, deleteByPrefix } from './ingest';
import { isLoaded, loadGraph } from './load';
import { geomean, measure, median, percentile } from './load-gen';
import { QUERY_NAMES, QUERY_TITLES, sampleQueries, type QueryName, type Sample } from './queries';
import { markdownReport, throughputSvg, type BenchResult, type QueryFigures, type SystemFigures, type Target } from './report';
import { scaleOf, SyntheticGraph } from './synth';
import { parseEngine, SYSTEMS, type SystemName } from './systems';
import { requestOf, resetStats, startServer, stats, stopServer, type Server } from './servers';

const program = new Command()
  .name('bench')
  .description('ClaimGraph against @neo4j/graphql 7 and raw Cypher, on the same Neo4j and the same generated graph.')
  .option('--scale <scale>', 'XS, S, M or L', 'M')
  .option('--quick', 'everyday check: scale S, short windows (under 3 minutes)')
  .option('--json <file>', 'write the machine-readable results here')
  .option('--uri <uri>', 'an existing Neo4j (default: NEO4J_URI, else an embedded one under .data/bench)')
  .option('--connections <n>', 'concurrent connections of the load generator', '8')
  .option('--duration <ms>', 'measurement window per query, system and round')
  .option('--warmup <ms>', 'unrecorded warm-up per query and system')
  .option('--rounds <n>', 'rounds; systems are interleaved inside each round')
  .option('--samples <n>', 'distinct parameter sets per query', '200')
  .option('--queries <list>', 'comma-separated subset, e.g. Q1,Q6')
  .option('--variants <list>', 'ClaimGraph engine variants measured beside it in the same run (paired), e.g. graphql-js/express,jit/express')
  .option('--ingest-claims <n>', 'claims in the ingest comparison graph (×18 rows); 0 skips it')
  .option('--seed <n>', 'generator seed', '42')
  .option('--prefix <p>', 'id prefix of the generated graph', 'g')
  .option('--cleanup', 'delete the generated graph afterwards (for shared databases)')
  .option('--report <dir>', 'write the Markdown table and SVG chart here', 'docs/bench')
  .option('--no-report', 'write no Markdown/SVG')
  .parse();

interface Options {
  scale: string; quick?: boolean; json?: string; uri?: string; connections: string; duration?: string; warmup?: string; rounds?: string;
  samples: string; queries?: string; variants?: string; ingestClaims?: string; seed: string; prefix: string; cleanup?: boolean; report: string | false;
}

const log = (m: string) => process.stderr.write(`${m}\n`);

/**
 * Requests the load generator abandoned at the end of a window keep running in the server
 * and the database; wait for them, so they do not slow the next window down.
 */
async function waitIdle(s: Server, db: BenchDatabase, timeoutMs = 60_000): Promise<number> {
  const started = performance.now();
  const pause = () => new Promise((r) => setTimeout(r, 50));
  while (performance.now() - started < timeoutMs && (await stats(s)).inFlight > 0) await pause();
  // A query the server gave up on (transaction timeout) can still be running in Neo4j.
  const running = async () => {
    const res = await db.driver.executeQuery(
      `SHOW TRANSACTIONS YIELD transactionId, currentQuery WHERE NOT currentQuery STARTS WITH 'SHOW' AND NOT currentQuery STARTS WITH 'TERMINATE' RETURN collect(transactionId) AS ids`,
      {}, { database: 'system' },
    );
    return res.records[0].get('ids') as string[];
  };
  let ids = await running();
  while (ids.length > 0 && performance.now() - started < timeoutMs) {
    await pause();
    ids = await running();
  }
  if (ids.length > 0) {
    await db.driver.executeQuery('TERMINATE TRANSACTIONS $ids', { ids }, { database: 'system' });
    log(`  terminated ${ids.length} transaction(s) still running ${Math.round(timeoutMs / 1000)} s after the window`);
  }
  return performance.now() - started;
}

/** A comparable fingerprint of an answer, where the three can be compared exactly; null elsewhere. */
function fingerprint(system: SystemName, q: QueryName, data: any): string | null {
  switch (q) {
    case 'Q1':
      return system === 'claimgraph' ? data.claim?.id : system === 'neo4jGraphql' ? data.claims[0]?.id : data[0]?.claim.id;
    case 'Q2':
      return String(system === 'claimgraph' ? data.claim.attributions.length : system === 'neo4jGraphql' ? data.claims[0].attributions.length : data[0].claim.attributions.length);
    case 'Q5': {
      // Which shortest paths come first is not defined (LIMIT 10), their length is.
      if (system === 'neo4jGraphql') return String(data.actorPaths[0]?.edges.length ?? 'none');
      if (system === 'raw') return String(data[0]?.rels.length ?? 'none');
      return String(hops(data.paths.edges, data.paths.nodes[0]?.id, data.paths.nodes));
    }
    case 'Q6':
    case 'Q6first':
      return JSON.stringify(system === 'claimgraph' ? data.claims.edges.map((e: any) => e.node.id) : system === 'neo4jGraphql'
        ? data.claims.map((c: any) => c.id) : data.slice(0, 20).map((r: any) => r.claim.id));
    case 'Q7':
      return String(system === 'claimgraph' ? data.provenance.entries.length : system === 'neo4jGraphql' ? data.claims[0].attributions.length : data[0].entries.length);
    default:
      return null;
  }
}

/** Hops between the two ends of a drawn paths subgraph (BFS), or 'none'. */
function hops(edges: { from: string; to: string }[], _first: string | undefined, nodes: { id: string }[]): number | 'none' {
  if (nodes.length === 0) return 'none';
  const ends = nodes.map((n) => n.id);
  const adj = new Map<string, string[]>();
  for (const e of edges) {
    adj.set(e.from, [...(adj.get(e.from) ?? []), e.to]);
    adj.set(e.to, [...(adj.get(e.to) ?? []), e.from]);
  }
  // The subgraph is a union of equally short paths: its two ends are the pair farthest apart.
  let best = 0;
  for (const start of ends) {
    const dist = new Map([[start, 0]]);
    const queue = [start];
    while (queue.length) {
      const x = queue.shift()!;
      for (const y of adj.get(x) ?? []) if (!dist.has(y)) { dist.set(y, dist.get(x)! + 1); queue.push(y); }
    }
    best = Math.max(best, ...dist.values());
  }
  return best;
}

/** Sends a few samples of every query to every system: each must answer without errors, and the three must agree where comparable. */
async function verify(servers: Server[], queries: QueryName[], samples: Record<QueryName, Sample[]>): Promise<string[]> {
  const problems: string[] = [];
  for (const q of queries) {
    for (const sample of samples[q].slice(0, 5)) {
      const prints = new Map<string, string | null>();
      for (const s of servers) {
        const { path: p, body } = requestOf(s.system, q, sample);
        const res = await fetch(`${s.url}${p}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body });
        const json = (await res.json()) as { data?: unknown; errors?: { message: string }[] };
        if (res.status !== 200 || json.errors || !json.data) {
          // Recorded, not fatal: a system that fails a query is part of the result.
          problems.push(`${s.name} ${q} ${JSON.stringify(sample.raw)} failed (${res.status}): ${JSON.stringify(json.errors ?? json).slice(0, 300)}`);
          prints.set(s.name, 'failed');
          continue;
        }
        prints.set(s.name, fingerprint(s.system, q, json.data));
      }
      const distinct = new Set(prints.values());
      if (distinct.size > 1) problems.push(`${q} ${JSON.stringify(sample.raw)}: answers differ — ${[...prints].map(([k, v]) => `${k}=${String(v).slice(0, 120)}`).join('; ')}`);
    }
  }
  return problems;
}

/** The id of the claim just before a page, in id order (the keyset cursor), and the page's offset. */
async function listingCursor(db: BenchDatabase, page: number) {
  const offset = (page - 1) * 20;
  if (offset === 0) return { afterId: '', offset: 0 };
  const res = await db.driver.executeQuery(`MATCH (c:Claim) WHERE c.status = 'ACTIVE' WITH c ORDER BY c.id SKIP $skip LIMIT 1 RETURN c.id AS id`, { skip: neo4j.int(offset - 1) }, { database: db.database });
  return { afterId: String(res.records[0].get('id')), offset };
}

function figures(windows: {
  rps: number; latencies: number[]; statements: number; requests: number; errors: number; unfinished: number; drainMs: number; cpuMs: number;
  peakRssMb: number; eld: { mean: number; p99: number };
}[]): SystemFigures {
  const lat = windows.flatMap((w) => w.latencies).sort((a, b) => a - b);
  const requests = windows.reduce((n, w) => n + w.requests, 0);
  return {
    throughput: median(windows.map((w) => w.rps)),
    p50: percentile(lat, 50),
    p95: percentile(lat, 95),
    p99: percentile(lat, 99),
    roundTrips: windows.reduce((n, w) => n + w.statements, 0) / Math.max(1, requests),
    cpuMsPerRequest: windows.reduce((n, w) => n + w.cpuMs, 0) / Math.max(1, requests),
    unfinished: windows.reduce((n, w) => n + w.unfinished, 0),
    drainMs: Math.max(...windows.map((w) => w.drainMs)),
    rssMb: Math.max(...windows.map((w) => w.peakRssMb)),
    eventLoopDelayMs: { mean: median(windows.map((w) => w.eld.mean)), p99: median(windows.map((w) => w.eld.p99)) },
    requests,
    errors: windows.reduce((n, w) => n + w.errors, 0),
    roundsThroughput: windows.map((w) => Math.round(w.rps * 10) / 10),
  };
}

async function main() {
  const o = program.opts<Options>();
  const started = Date.now();
  const scaleName = o.quick && !process.argv.includes('--scale') ? 'S' : o.scale;
  const spec = scaleOf(scaleName);
  const durationMs = Number(o.duration ?? (o.quick ? 1500 : 5000));
  const warmupMs = Number(o.warmup ?? (o.quick ? 700 : 2000));
  const rounds = Number(o.rounds ?? (o.quick ? 2 : 3));
  const connections = Number(o.connections);
  const queries: QueryName[] = o.queries ? (o.queries.split(',').map((s) => s.trim()) as QueryName[]) : [...QUERY_NAMES, 'Q6first'];
  for (const q of queries) if (!(q in QUERY_TITLES)) throw new Error(`unknown query ${q}`);
  const ingestClaims = Number(o.ingestClaims ?? (spec.name === 'XS' ? 50 : o.quick ? 1000 : 5000));
  const graph = new SyntheticGraph(spec, Number(o.seed), o.prefix);

  const db = await openBenchDatabase({ uri: o.uri, scale: spec.name, log });
  const servers: Server[] = [];
  try {
    let loadSeconds: number | null = null;
    if (!(await isLoaded(db.driver, db.database, graph))) {
      log(`loading the ${spec.name} graph through BulkWriter…`);
      const r = await loadGraph(graph, db.executor, db.catalogue, { quiet: !process.stderr.isTTY && spec.name === 'XS' });
      loadSeconds = r.seconds;
      log(`  ${r.rows} rows in ${r.seconds.toFixed(1)} s`);
    }
    const page50 = Math.min(50, Math.max(2, Math.floor(spec.claims / 20 / 2)));
    const listing = { page50: await listingCursor(db, page50), page1: await listingCursor(db, 1) };
    const samples = sampleQueries(graph, Number(o.samples), listing);

    const variants = o.variants ? o.variants.split(',').map((v) => v.trim()).filter(Boolean) : [];
    for (const v of variants) parseEngine(v);
    servers.push(...(await Promise.all([...SYSTEMS.map((name) => startServer(name, db)), ...variants.map((v) => startServer('claimgraph', db, v))])));
    log(`servers: ${servers.map((s) => `${s.name} ${s.url}`).join(', ')}`);
    const checks = await verify(servers, queries, samples);
    for (const c of checks) log(`  check: ${c}`);

    const bodies = new Map<string, { path: string; bodies: string[] }>();
    for (const q of queries) {
      for (const s of servers) {
        const reqs = samples[q].map((x) => requestOf(s.system, q, x));
        bodies.set(`${q}:${s.name}`, { path: reqs[0].path, bodies: reqs.map((r) => r.body) });
      }
    }
    const run = (s: Server, q: QueryName, ms: number) => {
      const b = bodies.get(`${q}:${s.name}`)!;
      return measure(s.url, b.path, b.bodies, connections, ms);
    };

    log(`warm-up: ${warmupMs} ms per query and system`);
    for (const q of queries) for (const s of servers) await run(s, q, warmupMs).then(() => waitIdle(s, db));

    type W = Parameters<typeof figures>[0][number];
    const windows = new Map<string, W[]>();
    for (let round = 0; round < rounds; round++) {
      for (const q of queries) {
        // Rotate the order every round and query, so no system always goes first.
        const order = servers.map((_, i) => servers[(i + round + queries.indexOf(q)) % servers.length]);
        for (const s of order) {
          await resetStats(s);
          const before = await stats(s);
          const w = await run(s, q, durationMs);
          const atEnd = await stats(s);
          const drainMs = await waitIdle(s, db);
          const after = await stats(s);
          const served = after.requests - before.requests;
          const entry: W = {
            rps: w.requests / w.seconds, latencies: w.latencies, errors: w.errors,
            statements: after.statements - before.statements, requests: served, unfinished: atEnd.inFlight, drainMs,
            cpuMs: after.cpuMs - before.cpuMs, peakRssMb: after.peakRssMb, eld: after.eventLoopDelayMs,
          };
          windows.set(`${q}:${s.name}`, [...(windows.get(`${q}:${s.name}`) ?? []), entry]);
          log(`  round ${round + 1} ${q.padEnd(7)} ${s.name.padEnd(12)} ${entry.rps.toFixed(0).padStart(6)} req/s  p95 ${percentile([...w.latencies].sort((a, b) => a - b), 95).toFixed(1)} ms` +
            `  ${(entry.cpuMs / Math.max(1, served)).toFixed(2)} CPU ms/req${w.errors ? `  ${w.errors} errors` : ''}${entry.unfinished ? `  ${entry.unfinished} unfinished (drained in ${Math.round(drainMs)} ms)` : ''}`);
        }
      }
    }

    const result: BenchResult = {
      scale: spec.name, quick: Boolean(o.quick), startedAt: new Date(started).toISOString(), seconds: 0,
      machine: {
        cpus: os.cpus().length, cpuModel: os.cpus()[0]?.model, memoryGb: Math.round(os.totalmem() / 2 ** 30), os: `${os.type()} ${os.release()}`, node: process.version,
        neo4j: db.embedded ? `embedded Community (neo4j/pom.xml), heap ${db.heap}, page cache ${db.pageCache}` : db.uri,
      },
      method: { connections, durationMs, warmupMs, rounds, samples: Number(o.samples), interleaved: 'per round and query, rotating system order', loadGenerator: 'autocannon (closed loop, keep-alive), in the runner process' },
      graph: { ...spec, seed: graph.seed, prefix: graph.prefix, loadSeconds, listingPage: page50 },
      queries: {},
      overall: {} as BenchResult['overall'],
      ratios: { throughputVsRaw: NaN, throughputVsNeo4jGraphql: NaN, ingestVsRaw: null },
      p95s: {},
      variants: {},
      ingest: null,
      targets: [],
      checks,
    };
    for (const q of queries) {
      const per = Object.fromEntries(SYSTEMS.map((s) => [s, figures(windows.get(`${q}:${s}`)!)])) as Record<SystemName, SystemFigures>;
      result.queries[q] = {
        title: QUERY_TITLES[q], ...per,
        ratios: {
          throughputVsRaw: per.claimgraph.throughput / per.raw.throughput,
          throughputVsNeo4jGraphql: per.claimgraph.throughput / per.neo4jGraphql.throughput,
          p95OverheadVsRawMs: per.claimgraph.p95 - per.raw.p95,
        },
      } as QueryFigures;
    }
    const core = queries.filter((q) => q !== 'Q6first').map((q) => result.queries[q]!);
    for (const s of SYSTEMS) {
      result.overall[s] = {
        throughputGeomean: geomean(core.map((f) => f[s].throughput)),
        p95Median: median(core.map((f) => f[s].p95)),
        rssMb: Math.max(...core.map((f) => f[s].rssMb)),
        eventLoopDelayP99Ms: median(core.map((f) => f[s].eventLoopDelayMs.p99)),
      };
    }
    for (const q of queries) {
      const f = result.queries[q]!;
      result.p95s[q] = { claimgraph: f.claimgraph.p95, neo4jGraphql: f.neo4jGraphql.p95, raw: f.raw.p95, overheadVsRawMs: f.ratios.p95OverheadVsRawMs };
    }
    for (const v of variants) {
      const per = Object.fromEntries(queries.map((q) => [q, figures(windows.get(`${q}:claimgraph[${v}]`)!)]));
      const vsDefault = (q: QueryName) => result.queries[q]!.claimgraph.throughput / per[q].throughput;
      result.variants[v] = {
        queries: per,
        defaultVsVariantGeomean: geomean(queries.filter((q) => q !== 'Q6first').map(vsDefault)),
        throughputVsRawGeomean: geomean(core.map((f, i) => per[queries.filter((q) => q !== 'Q6first')[i]].throughput / f.raw.throughput)),
      };
    }
    result.ratios.throughputVsRaw = geomean(core.map((f) => f.ratios.throughputVsRaw));
    result.ratios.throughputVsNeo4jGraphql = geomean(core.map((f) => f.ratios.throughputVsNeo4jGraphql));

    for (const s of servers.splice(0)) await stopServer(s);
    if (ingestClaims > 0) {
      log(`ingest: ${ingestClaims} claims (≈${ingestClaims * 18} rows), bulk path vs raw UNWIND, ${Math.max(rounds, 3)} rounds`);
      // At least three runs: the first of each pays the warm-up, and a median of two would be it.
      const runs = await benchIngest(db.executor, db.catalogue, { claims: ingestClaims, rounds: Math.max(rounds, 3), batchSize: 2000, seed: Number(o.seed), log });
      const of = (sys: 'bulk' | 'raw') => runs.filter((r) => r.system === sys).map((r) => r.rowsPerSec);
      result.ingest = { rows: runs[0].rows, bulk: { rowsPerSec: median(of('bulk')), runs: of('bulk') }, raw: { rowsPerSec: median(of('raw')), runs: of('raw') } };
      result.ratios.ingestVsRaw = result.ingest.bulk.rowsPerSec / result.ingest.raw.rowsPerSec;
    }
    result.targets = targetsOf(result);
    result.seconds = (Date.now() - started) / 1000;

    const md = markdownReport(result);
    process.stdout.write(`\n${md}\n`);
    if (o.json) {
      fs.mkdirSync(path.dirname(path.resolve(o.json)), { recursive: true });
      fs.writeFileSync(o.json, `${JSON.stringify(result, null, 2)}\n`);
      log(`wrote ${o.json}`);
    }
    if (o.report) {
      const dir = path.resolve(o.report);
      fs.mkdirSync(dir, { recursive: true });
      const tag = `${spec.name}${o.quick ? '-quick' : ''}`;
      fs.writeFileSync(path.join(dir, `results-${tag}.md`), `${md}\n`);
      fs.writeFileSync(path.join(dir, `results-${tag}.json`), `${JSON.stringify(result, null, 2)}\n`);
      fs.writeFileSync(path.join(dir, `throughput-${tag}.svg`), `${throughputSvg(result)}\n`);
      log(`wrote ${path.relative(process.cwd(), dir)}/results-${tag}.{md,json} and throughput-${tag}.svg`);
    }
    if (o.cleanup) await deleteByPrefix(db.driver, db.database, graph.prefix).then(() =>
      db.driver.executeQuery('MATCH (m:BenchLoad) WHERE m.key STARTS WITH $k DELETE m', { k: `${spec.name}:${graph.seed}:${graph.prefix}` }, { database: db.database }));
  } finally {
    for (const s of servers) await stopServer(s);
    await db.close();
  }
}

function targetsOf(r: BenchResult): Target[] {
  const t: Target[] = [];
  const q = r.queries;
  t.push({ name: 'throughput vs raw (geomean Q1–Q7)', goal: '≥ 0.8×', value: `${r.ratios.throughputVsRaw.toFixed(2)}×`, met: r.ratios.throughputVsRaw >= 0.8 });
  t.push({ name: 'throughput vs @neo4j/graphql (geomean Q1–Q7)', goal: '≥ 2.5×', value: `${r.ratios.throughputVsNeo4jGraphql.toFixed(2)}×`, met: r.ratios.throughputVsNeo4jGraphql >= 2.5 });
  const core = (Object.entries(q) as [QueryName, QueryFigures][]).filter(([k]) => k !== 'Q6first');
  const [slowest, slowestFig] = core.reduce((a, b) => (b[1].ratios.throughputVsRaw < a[1].ratios.throughputVsRaw ? b : a));
  t.push({ name: 'no query below 0.6× raw', goal: '≥ 0.6× each', value: `lowest ${slowest} ${slowestFig.ratios.throughputVsRaw.toFixed(2)}×`, met: slowestFig.ratios.throughputVsRaw >= 0.6 });
  for (const k of ['Q1', 'Q2'] as const) {
    if (!q[k]) continue;
    const over = q[k]!.ratios.p95OverheadVsRawMs;
    t.push({ name: `${k} p95 overhead over raw`, goal: '≤ 3 ms', value: `${over.toFixed(1)} ms (${q[k]!.claimgraph.p95.toFixed(1)} vs ${q[k]!.raw.p95.toFixed(1)})`, met: over <= 3 });
  }
  if (q.Q6 && q.Q6first) {
    const a = q.Q6.claimgraph;
    const b = q.Q6first.claimgraph;
    // "No slower": within the run's noise (5 %) on throughput and p50.
    t.push({ name: 'Q6 (page 50) no slower than page 1', goal: 'req/s and p50 within 5 %', value: `${Math.round(a.throughput)} vs ${Math.round(b.throughput)} req/s; p50 ${a.p50.toFixed(1)} vs ${b.p50.toFixed(1)} ms`, met: a.throughput >= 0.95 * b.throughput && a.p50 <= 1.05 * b.p50 });
  }
  if (r.ratios.ingestVsRaw !== null) t.push({ name: 'ingest vs raw UNWIND', goal: '≥ 0.8×', value: `${r.ratios.ingestVsRaw.toFixed(2)}×`, met: r.ratios.ingestVsRaw >= 0.8 });
  return t;
}

main().catch((e) => {
  log(e instanceof Error ? (e.stack ?? e.message) : String(e));
  process.exit(1);
});
