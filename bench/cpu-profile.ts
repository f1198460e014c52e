import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Command } from 'commander';
import { openBenchDatabase } from './database';
import { isLoaded } from './load';
import { measure } from './load-gen';
import { QUERY_TITLES, sampleQueries, type QueryName } from './queries';
import { requestOf, startServer, stats, stopServer } from './servers';
import { scaleOf, SyntheticGraph } from './synth';
import type { SystemName } from './systems';

/**
 * Where a system's Node process spends its CPU under one query's load:
 * `npm run bench:cpu -- --query Q2 [--system claimgraph] [--engine graphql-js/express]`.
 * Runs the server with `--cpu-prof`, drives it like the benchmark does, and prints self
 * time grouped by package (node_modules/<pkg>), Node internals, ClaimGraph's src/, GC.
 */
const program = new Command()
  .option('--scale <scale>', 'a loaded scale (see npm run gen)', 'S')
  .option('--query <q>', 'Q1 … Q7', 'Q2')
  .option('--system <s>', 'claimgraph, neo4jGraphql or raw', 'claimgraph')
  .option('--engine <e>', 'a ClaimGraph engine variant, e.g. graphql-js/express')
  .option('--seconds <n>', 'load duration', '10')
  .option('--connections <n>', 'concurrent connections', '8')
  .option('--top <n>', 'also list the N hottest functions', '15')
  .parse();

interface ProfileNode { id: number; callFrame: { functionName: string; url: string }; hitCount: number }

export function categoryOf(frame: ProfileNode['callFrame']): string {
  const { functionName: fn, url } = frame;
  if (fn === '(idle)') return '(idle)';
  if (fn === '(garbage collector)') return 'garbage collector';
  if (fn === '(program)' || (!url && fn.startsWith('('))) return 'V8/native (program)';
  const pkg = /node_modules\/((?:@[^/]+\/)?[^/]+)\//.exec(url)?.[1];
  if (pkg) return pkg;
  if (url.startsWith('node:')) return 'Node internals';
  if (url.includes('/src/')) return 'ClaimGraph src/';
  if (url.includes('/bench/')) return 'bench harness';
  return url ? 'other' : 'native builtins';
}

async function main() {
  const o = program.opts<{ scale: string; query: QueryName; system: SystemName; engine?: string; seconds: string; connections: string; top: string }>();
  const spec = scaleOf(o.scale);
  const graph = new SyntheticGraph(spec, 42, 'g');
  const db = await openBenchDatabase({ scale: spec.name });
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'claimgraph-cpuprof-'));
  try {
    if (!(await isLoaded(db.driver, db.database, graph))) throw new Error(`the ${spec.name} graph is not loaded: npm run gen -- --scale ${spec.name}`);
    // Q6's cursor is not needed for a profile: page 1 stands in for it.
    const samples = sampleQueries(graph, 200, { page50: { afterId: '', offset: 0 }, page1: { afterId: '', offset: 0 } })[o.query];
    const server = await startServer(o.system, db, o.engine, ['--cpu-prof', '--cpu-prof-dir', dir]);
    const reqs = samples.map((x) => requestOf(o.system, o.query, x));
    const load = (ms: number) => measure(server.url, reqs[0].path, reqs.map((r) => r.body), Number(o.connections), ms);
    let w: Awaited<ReturnType<typeof load>>;
    let from: number;
    let to: number;
    try {
      await load(3000);
      from = (await stats(server)).monotonicUs;
      w = await load(Number(o.seconds) * 1000);
      to = (await stats(server)).monotonicUs;
    } finally {
      await stopServer(server);
    }
    const file = fs.readdirSync(dir).find((f) => f.endsWith('.cpuprofile'));
    if (!file) throw new Error('the server wrote no CPU profile');
    const profile = JSON.parse(fs.readFileSync(path.join(dir, file), 'utf8')) as { nodes: ProfileNode[]; samples: number[]; timeDeltas: number[]; startTime: number };
    // The profile covers the whole process; keep the samples of the measured window only.
    const inWindow: boolean[] = [];
    let at = profile.startTime;
    for (const delta of profile.timeDeltas) {
      at += delta;
      inWindow.push(at >= from && at <= to);
    }
    const byNode = new Map(profile.nodes.map((n) => [n.id, n]));
    const self = new Map<string, number>();
    const fns = new Map<string, number>();
    profile.samples.forEach((id, i) => {
      if (!inWindow[i]) return;
      const node = byNode.get(id)!;
      const us = profile.timeDeltas[i] ?? 0;
      const cat = categoryOf(node.callFrame);
      self.set(cat, (self.get(cat) ?? 0) + us);
      if (cat !== '(idle)') {
        const key = `${node.callFrame.functionName || '(anonymous)'} ${cat}`;
        fns.set(key, (fns.get(key) ?? 0) + us);
      }
    });
    const busy = [...self].filter(([c]) => c !== '(idle)').reduce((n, [, us]) => n + us, 0);
    console.log(`${o.system}${o.engine ? `[${o.engine}]` : ''} under ${o.query} (${QUERY_TITLES[o.query]}), scale ${spec.name}: ${w.requests} requests in ${w.seconds} s; busy ${(busy / 1000).toFixed(0)} ms = ${(busy / 1000 / Math.max(1, w.requests)).toFixed(3)} ms per request`);
    console.log('\n| where | share of busy time |\n|---|---:|');
    for (const [cat, us] of [...self].filter(([c]) => c !== '(idle)').sort((a, b) => b[1] - a[1])) console.log(`| ${cat} | ${((100 * us) / busy).toFixed(1)} % |`);
    console.log(`\nhottest functions (self time):`);
    for (const [fn, us] of [...fns].sort((a, b) => b[1] - a[1]).slice(0, Number(o.top))) console.log(`  ${((100 * us) / busy).toFixed(1).padStart(5)} %  ${fn}`);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
    await db.close();
  }
}

main().catch((e) => {
  console.error(e instanceof Error ? e.message : e);
  process.exit(1);
});
