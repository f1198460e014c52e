import http from 'node:http';
import type { AddressInfo } from 'node:net';
import neo4j from 'neo4j-driver';
import { createApp } from '../../src/api/http/app';
import { loadConfig } from '../../src/config';
import { openBenchDatabase, silent } from '../database';

/**
 * npm run bench:desk -- --scale S: on the benchmark's graph of that scale (npm run gen), what
 * the curation desk waits for, through the real HTTP server, one request at a time:
 * - lookupActors as a combobox sends it: 2 and 3 letters of a held actor's surname, and a
 *   first-name prefix with a surname prefix; p50/p95/p99 per shape;
 * - saveArticle of a new invented article with 8 attributions (existing speakers, new claims,
 *   one CONTRADICTS link). What the saves wrote is deleted afterwards (principal bench-desk).
 */
const KEY = 'bench-desk-key-0001';

const arg = (name: string, fallback: string) => {
  const i = process.argv.indexOf(name);
  return i > 0 ? process.argv[i + 1] : fallback;
};

function percentiles(times: number[]): string {
  const t = [...times].sort((a, b) => a - b);
  const p = (q: number) => t[Math.min(t.length - 1, Math.floor(q * t.length))].toFixed(1);
  return `p50 ${p(0.5)} ms, p95 ${p(0.95)} ms, p99 ${p(0.99)} ms (${t.length} requests)`;
}

/** An invented article of eight sentences, each a direct quote of one speaker; offsets taken from the text. */
function article(i: number, speakers: string[]) {
  const sentences = speakers.map((_, k) => `Speaker ${k} told the bench desk that "figure ${i}-${k} rose by ${k + 3} percent this year".`);
  const text = `Bench article ${i}. ${sentences.join(' ')}`;
  const attributions = speakers.map((speakerId, k) => {
    const quote = `figure ${i}-${k} rose by ${k + 3} percent this year`;
    const start = text.indexOf(quote);
    return { speakerId, start, end: start + quote.length, quote, mode: 'DIRECT_QUOTE', claimRef: `c${k}` };
  });
  return {
    idempotencyKey: `bench-desk-${Date.now()}-${i}`,
    source: { title: `Bench desk article ${i} ${Date.now()}`, text },
    claims: speakers.map((_, k) => ({ ref: `c${k}`, text: `Figure ${i}-${k} rose by ${k + 3} percent.` })),
    attributions,
    links: [{ from: { ref: 'c0' }, to: { ref: 'c1' }, kind: 'CONTRADICTS', basis: 'bench' }],
  };
}

async function main(): Promise<void> {
  const scale = arg('--scale', 'S');
  const requests = Number(arg('--requests', '200'));
  const saves = Number(arg('--saves', '40'));
  const db = await openBenchDatabase({ scale, uri: process.argv.includes('--uri') ? arg('--uri', '') : undefined });
  try {
    const base = loadConfig({ API_KEYS: `bench-desk:editor:${KEY}` });
    const config = { ...base, neo4j: { ...base.neo4j, database: db.database } };
    const app = await createApp({ config, log: silent, executor: db.executor, catalogue: db.catalogue });
    const server = http.createServer(app.listener);
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`;
    const gql = async (query: string, variables: Record<string, unknown>) => {
      const res = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${KEY}` }, body: JSON.stringify({ query, variables }) });
      const body = (await res.json()) as { errors?: unknown; data?: unknown; extensions?: { db?: { roundTrips: number; dbTimeMs: number } } };
      if (body.errors) throw new Error(JSON.stringify(body.errors));
      return { data: body.data, db: body.extensions?.db };
    };
    const held = (await db.driver.executeQuery('MATCH (a:Actor) RETURN a.id AS id, a.name AS name ORDER BY a.id LIMIT $n', { n: neo4j.int(requests + 20) }, { database: db.database })).records.map((r) => ({
      id: String(r.get('id')),
      name: String(r.get('name')),
    }));
    const words = (n: string) => n.split(/\s+/).filter((w) => /^\p{L}/u.test(w));
    const shapes: Record<string, (name: string) => string> = {
      'surname, 2 letters': (n) => words(n).at(-1)!.slice(0, 2),
      'surname, 3 letters': (n) => words(n).at(-1)!.slice(0, 3),
      'first name 3 + surname 2': (n) => `${words(n)[0].slice(0, 3)} ${words(n).at(-1)!.slice(0, 2)}`,
    };
    const lookup = 'query($q: String!) { lookupActors(query: $q, first: 10) { matched matchedOn actor { id name } } }';
    const out: string[] = [`desk at scale ${scale} (${held.length} actor names sampled)`];
    for (const [shape, typed] of Object.entries(shapes)) {
      const times: number[] = [];
      for (let i = 0; i < held.length; i++) {
        const started = performance.now();
        await gql(lookup, { q: typed(held[i].name) });
        if (i >= 20) times.push(performance.now() - started);
      }
      out.push(`lookupActors, ${shape}: ${percentiles(times)}`);
    }
    const save = 'mutation($i: SaveArticleInput!) { saveArticle(input: $i) { revision source { id } attributions { id } } }';
    const times: number[] = [];
    const stats: { roundTrips: number; dbTimeMs: number }[] = [];
    for (let i = 0; i < saves + 5; i++) {
      const speakers = Array.from({ length: 8 }, (_, k) => held[(i * 8 + k) % held.length].id);
      const started = performance.now();
      const r = await gql(save, { i: article(i, speakers) });
      if (i >= 5) times.push(performance.now() - started);
      if (i >= 5 && r.db) stats.push(r.db);
    }
    const mean = (f: (x: { roundTrips: number; dbTimeMs: number }) => number) => (stats.reduce((s, x) => s + f(x), 0) / Math.max(1, stats.length)).toFixed(1);
    out.push(`saveArticle, 8 attributions + 8 new claims + 1 link: ${percentiles(times)}; per save ${mean((x) => x.roundTrips)} statements, ${mean((x) => x.dbTimeMs)} ms in the database; claim matching ${app.matching.mode}`);
    process.stdout.write(`${out.join('\n')}\n`);
    server.close();
    await app.stop();
    // Leave the benchmark graph as it was: only what this run wrote goes.
    await db.driver.executeQuery(
      "MATCH (n:Node) WHERE n.createdBy = 'bench-desk' OR (n:Change AND n.by = 'bench-desk') DETACH DELETE n",
      {},
      { database: db.database },
    );
    await db.driver.executeQuery("MATCH (k:IdempotencyKey) WHERE k.key STARTS WITH 'bench-desk:' DELETE k", {}, { database: db.database });
  } finally {
    await db.close();
  }
}

main().catch((e: unknown) => {
  process.stderr.write(`${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
  process.exit(1);
});
