import http from 'node:http';
import neo4j from 'neo4j-driver';
import type { AddressInfo } from 'node:net';
import { createApp } from '../../src/api/http/app';
import { loadConfig } from '../../src/config';
import { ensureModel } from '../../src/runtime/model-files';
import { progressBar } from '../../src/cli/progress';
import { openBenchDatabase, silent } from '../database';
import { distractor } from './distractors';

/**
 * npm run bench:matching -- --scale M: on the benchmark's graph of that scale (npm run gen),
 * backfills the claim vectors (timed: claims/s), then sends similarClaims through the real
 * HTTP server one request at a time and reports p50/p95/p99 latency. The statements are
 * synthetic ones the graph does not hold (its vocabulary is another's: BM25 finds nothing);
 * --from-graph sends texts of claims the graph holds instead, so every signal finds hits.
 */
async function main(): Promise<void> {
  const arg = (name: string, fallback: string) => {
    const i = process.argv.indexOf(name);
    return i > 0 ? process.argv[i + 1] : fallback;
  };
  const scale = arg('--scale', 'M');
  const requests = Number(arg('--requests', '300'));
  const say = (m: string) => process.stderr.write(`${m}\n`);
  await ensureModel(say);
  const db = await openBenchDatabase({ scale, uri: process.argv.includes('--uri') ? arg('--uri', '') : undefined });
  try {
    const config = { ...loadConfig({}), neo4j: { ...loadConfig({}).neo4j, database: db.database } };
    const app = await createApp({ config, log: silent, executor: db.executor, catalogue: db.catalogue });
    if (app.matching.mode !== 'hybrid') throw new Error('the embedding model did not load');
    const bar = progressBar('backfill', 100);
    const fill = await app.matching.vectors.backfill((walked, total) => bar.update(Math.round((walked / total) * 100))).finally(() => bar.stop());
    say(`backfill: ${fill.claims} claims walked, ${fill.indexed} embedded in ${(fill.ms / 1000).toFixed(1)} s (${fill.indexed ? Math.round((fill.indexed / fill.ms) * 1000) : '–'} claims/s)`);
    const server = http.createServer(app.listener);
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`;
    const fromGraph = process.argv.includes('--from-graph')
      ? (await db.driver.executeQuery('MATCH (c:Claim) WHERE c.status = "ACTIVE" RETURN c.text AS text SKIP 1000 LIMIT $n', { n: neo4j.int(requests + 20) }, { database: db.database })).records.map((r) => String(r.get('text')))
      : null;
    const textOf = (i: number) => fromGraph?.[i % fromGraph.length] ?? distractor(100_000 + i);
    const query = 'query($t: String!) { similarClaims(text: $t, first: 10) { claim { id text } score tier reasons } }';
    const times: number[] = [];
    for (let i = 0; i < requests + 20; i++) {
      const started = performance.now();
      const res = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query, variables: { t: textOf(i) } }) });
      const body = (await res.json()) as { errors?: unknown };
      if (body.errors) throw new Error(JSON.stringify(body.errors));
      // The first 20 warm the JIT and the page cache.
      if (i >= 20) times.push(performance.now() - started);
    }
    times.sort((a, b) => a - b);
    const p = (q: number) => times[Math.min(times.length - 1, Math.floor(q * times.length))].toFixed(1);
    process.stdout.write(`similarClaims at scale ${scale} (${fill.claims} claims${fromGraph ? ', texts of held claims' : ''}), ${times.length} sequential requests: p50 ${p(0.5)} ms, p95 ${p(0.95)} ms, p99 ${p(0.99)} ms\n`);
    server.close();
    await app.stop();
  } finally {
    await db.close();
  }
}

main().catch((e) => {
  console.error(e instanceof Error ? (e.stack ?? e.message) : e);
  process.exit(1);
});
