import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { projectPath } from '../../src/paths';

const run = promisify(execFile);
const QUERIES = ['Q1', 'Q2', 'Q3', 'Q4', 'Q5', 'Q6', 'Q7'];
const SYSTEMS = ['claimgraph', 'neo4jGraphql', 'raw'];

/**
 * The benchmark is not part of the test run; this only proves `npm run bench` works end to
 * end on a tiny graph (own id prefix, deleted afterwards) and writes the JSON it promises.
 */
describe('bench: npm run bench on a tiny graph', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'claimgraph-bench-'));
  const out = path.join(dir, 'bench.json');
  let result: any;

  beforeAll(async () => {
    const uri = process.env.TEST_NEO4J_URI;
    if (!uri) throw new Error('TEST_NEO4J_URI is not set: run through jest (global setup starts Neo4j)');
    const prefix = `bt${process.pid}`;
    await run(
      process.execPath,
      [
        '--import', 'tsx', projectPath('bench', 'run.ts'),
        '--scale', 'XS', '--uri', uri, '--prefix', prefix,
        '--duration', '300', '--warmup', '100', '--rounds', '1', '--samples', '10', '--connections', '2',
        '--ingest-claims', '10', '--json', out, '--no-report', '--cleanup', '--variants', 'graphql-js/express',
      ],
      {
        cwd: projectPath(), timeout: 230_000, maxBuffer: 16 * 2 ** 20,
        env: { ...process.env, NEO4J_USERNAME: process.env.TEST_NEO4J_USERNAME, NEO4J_PASSWORD: process.env.TEST_NEO4J_PASSWORD },
      },
    );
    result = JSON.parse(fs.readFileSync(out, 'utf8'));
  }, 240_000);

  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('writes the scale, per-query figures for all three systems, and the ratios', () => {
    expect(result.scale).toBe('XS');
    expect(Object.keys(result.ratios).sort()).toEqual(['ingestVsRaw', 'throughputVsNeo4jGraphql', 'throughputVsRaw']);
    for (const q of QUERIES) {
      for (const s of SYSTEMS) {
        const f = result.queries[q][s];
        expect(f.requests).toBeGreaterThan(0);
        expect(f.throughput).toBeGreaterThan(0);
        for (const k of ['p50', 'p95', 'p99', 'roundTrips', 'rssMb']) expect(f[k]).toBeGreaterThan(0);
        expect(f.p50).toBeLessThanOrEqual(f.p95);
        expect(f.p95).toBeLessThanOrEqual(f.p99);
        expect(f.errors).toBe(0);
      }
    }
  });

  it('reports positive ratios, as geometric means over Q1–Q7, and an ingest comparison', () => {
    for (const v of Object.values(result.ratios)) expect(v).toBeGreaterThan(0);
    expect(result.ingest.bulk.rowsPerSec).toBeGreaterThan(0);
    expect(result.ingest.raw.rowsPerSec).toBeGreaterThan(0);
    const logMean = QUERIES.reduce((s, q) => s + Math.log(result.queries[q].ratios.throughputVsRaw), 0) / QUERIES.length;
    expect(result.ratios.throughputVsRaw).toBeCloseTo(Math.exp(logMean), 6);
  });

  it("writes each query's p95 for every system and ClaimGraph's overhead over raw", () => {
    for (const q of QUERIES) {
      const p = result.p95s[q];
      for (const s of SYSTEMS) expect(p[s]).toBe(result.queries[q][s].p95);
      expect(p.overheadVsRawMs).toBeCloseTo(result.queries[q].claimgraph.p95 - result.queries[q].raw.p95, 6);
    }
  });

  it('measures an engine variant in the same run, answering the same queries', () => {
    const v = result.variants['graphql-js/express'];
    for (const q of QUERIES) {
      expect(v.queries[q].requests).toBeGreaterThan(0);
      expect(v.queries[q].errors).toBe(0);
    }
    expect(v.defaultVsVariantGeomean).toBeGreaterThan(0);
    // The check pass compared its answers with the other systems': none differed.
    expect(result.checks.filter((c: string) => c.includes('graphql-js/express'))).toEqual([]);
  });

  it('counts one Cypher round trip per request for the raw floor', () => {
    for (const q of QUERIES) expect(result.queries[q].raw.roundTrips).toBeCloseTo(1, 5);
  });
});
