import http from 'node:http';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { Session, Transaction } from 'neo4j-driver';
import { buildSystem, SYSTEMS, type SystemName } from './systems';

/**
 * One system under test in its own process: `tsx bench/server.ts <system> <port>` with the
 * database in BENCH_NEO4J_* variables. Besides the system's own routes it answers
 * GET /__bench/stats (Cypher statements sent, requests, requests in flight, CPU time, RSS,
 * event-loop delay, the monotonic clock that `--cpu-prof` timestamps use) and
 * POST /__bench/reset, so every figure is per process and per measurement window.
 */

// Count every Cypher statement any of the three sends, at the driver: managed
// transactions bind Transaction#run when they are created, auto-commit goes through Session#run.
let statements = 0;
for (const proto of [Transaction.prototype, Session.prototype] as unknown as Record<string, (...a: unknown[]) => unknown>[]) {
  const original = proto.run;
  proto.run = function (this: unknown, ...args: unknown[]) {
    statements += 1;
    return original.apply(this, args);
  };
}

async function main() {
  const [name, portArg] = process.argv.slice(2);
  if (!SYSTEMS.includes(name as SystemName)) throw new Error(`system must be one of ${SYSTEMS.join(', ')} (got ${name})`);
  const env = process.env;
  const { handler } = await buildSystem(name as SystemName, {
    uri: env.BENCH_NEO4J_URI!,
    username: env.BENCH_NEO4J_USERNAME ?? 'neo4j',
    password: env.BENCH_NEO4J_PASSWORD ?? '',
    database: env.BENCH_NEO4J_DATABASE ?? 'neo4j',
  });

  const eld = monitorEventLoopDelay({ resolution: 10 });
  eld.enable();
  let requests = 0;
  let inFlight = 0;
  let peakRss = process.memoryUsage.rss();
  setInterval(() => {
    peakRss = Math.max(peakRss, process.memoryUsage.rss());
  }, 100).unref();

  const server = http.createServer((req, res) => {
    if (req.url === '/__bench/stats') {
      const ms = (ns: number) => Math.round(ns / 1e4) / 100;
      res.writeHead(200, { 'content-type': 'application/json' }).end(
        JSON.stringify({
          statements, requests, inFlight, monotonicUs: Number(process.hrtime.bigint() / 1000n),
          cpuMs: Math.round((process.cpuUsage().user + process.cpuUsage().system) / 1000),
          rssMb: Math.round(process.memoryUsage.rss() / 2 ** 20), peakRssMb: Math.round(peakRss / 2 ** 20),
          eventLoopDelayMs: { mean: ms(eld.mean), p50: ms(eld.percentile(50)), p99: ms(eld.percentile(99)), max: ms(eld.max) },
        }),
      );
      return;
    }
    if (req.url === '/__bench/reset') {
      eld.reset();
      peakRss = process.memoryUsage.rss();
      res.writeHead(204).end();
      return;
    }
    requests += 1;
    inFlight += 1;
    let settled = false;
    const settle = () => {
      if (!settled) inFlight -= 1;
      settled = true;
    };
    // A client that gave up (the load window ended) does not stop the work: count it until it ends.
    res.on('finish', settle);
    res.on('close', settle);
    handler(req, res);
  });
  server.keepAliveTimeout = 60_000;
  await new Promise<void>((resolve) => server.listen(Number(portArg), '127.0.0.1', resolve));
  process.stdout.write(`BENCH_SERVER_READY ${name} ${portArg}\n`);
  // The runner owns this process: when it goes away (stdin closes), so do we.
  process.stdin.on('end', () => process.exit(0));
  process.stdin.resume();
}

main().catch((e) => {
  process.stderr.write(`${e instanceof Error ? e.stack : String(e)}\n`);
  process.exit(1);
});
