import cliProgress from 'cli-progress';
import type { Driver } from 'neo4j-driver';
import { BulkWriter } from '../src/graph/repositories/BulkWriter';
import type { Executor } from '../src/graph/Executor';
import type { QueryCatalogue } from '../src/graph/QueryCatalogue';
import type { SyntheticGraph } from './synth';

/**
 * Loads a synthetic graph through the project's own bulk path (BulkWriter.writeBatch:
 * UNWIND batches, one transaction each), with a progress bar, resumable after any batch.
 *
 * Progress lives in the database, next to the data it describes, as one
 * (:BenchLoad {key}) node holding the pass and the next driver index: a marker file could
 * disagree with a database that was wiped or swapped. Batches MERGE on ids, so replaying
 * the one batch that may have committed before its marker did is harmless.
 */
export interface LoadOptions {
  batchSize?: number;
  /** Drop the marker and load from the start (rows are MERGEd, so nothing is duplicated). */
  restart?: boolean;
  quiet?: boolean;
}

export interface LoadResult {
  key: string;
  alreadyLoaded: boolean;
  rows: number;
  seconds: number;
}

export const loadKey = (g: SyntheticGraph) => `${g.spec.name}:${g.seed}:${g.prefix}`;

async function readMarker(driver: Driver, database: string, key: string): Promise<{ pass: number; next: number; done: boolean } | null> {
  const res = await driver.executeQuery('MATCH (m:BenchLoad {key: $key}) RETURN m.pass AS pass, m.next AS next, m.done AS done', { key }, { database });
  const r = res.records[0];
  return r ? { pass: Number(r.get('pass')), next: Number(r.get('next')), done: r.get('done') === true } : null;
}

async function writeMarker(driver: Driver, database: string, key: string, pass: number, next: number, done: boolean): Promise<void> {
  await driver.executeQuery('MERGE (m:BenchLoad {key: $key}) SET m.pass = $pass, m.next = $next, m.done = $done, m.at = $at', { key, pass, next, done, at: new Date().toISOString() }, { database });
}

/** Whether the graph for this (scale, seed, prefix) is fully in the database. */
export async function isLoaded(driver: Driver, database: string, g: SyntheticGraph): Promise<boolean> {
  return (await readMarker(driver, database, loadKey(g)))?.done === true;
}

export async function loadGraph(g: SyntheticGraph, executor: Executor, catalogue: QueryCatalogue, opts: LoadOptions = {}): Promise<LoadResult> {
  const { driver, database } = executor;
  const key = loadKey(g);
  const batchSize = opts.batchSize ?? 2000;
  if (opts.restart) await driver.executeQuery('MATCH (m:BenchLoad {key: $key}) DELETE m', { key }, { database });
  const marker = await readMarker(driver, database, key);
  if (marker?.done) return { key, alreadyLoaded: true, rows: 0, seconds: 0 };

  const writer = new BulkWriter(executor, catalogue);
  const passes = g.passes();
  const total = passes.reduce((n, p) => n + p.count, 0);
  const startPass = marker?.pass ?? 0;
  const startNext = marker?.next ?? 0;
  const doneBefore = passes.slice(0, startPass).reduce((n, p) => n + p.count, 0) + startNext;
  const bar = opts.quiet
    ? null
    : new cliProgress.SingleBar(
        {
          format: `gen ${g.spec.name} [{bar}] {percentage}% | {pass} | {rowsPerSec} rows/s | eta {eta_formatted}`,
          stream: process.stderr,
          noTTYOutput: !process.stderr.isTTY,
          notTTYSchedule: 10_000,
          etaBuffer: 50,
        },
        cliProgress.Presets.shades_classic,
      );
  bar?.start(total, doneBefore, { pass: passes[startPass]?.key ?? '', rowsPerSec: 0 });
  if (marker) process.stderr.write(`resuming ${key} at pass ${passes[startPass]?.key} index ${startNext}\n`);

  const started = performance.now();
  let rows = 0;
  let done = doneBefore;
  for (let p = startPass; p < passes.length; p++) {
    const pass = passes[p];
    for (let i = p === startPass ? startNext : 0; i < pass.count; ) {
      const batch: unknown[] = [];
      const from = i;
      while (i < pass.count && batch.length < batchSize) batch.push(...pass.rows(i++));
      if (batch.length > 0) await writer.writeBatch(pass.key, batch);
      rows += batch.length;
      done += i - from;
      await writeMarker(driver, database, key, p, i, false);
      bar?.update(done, { pass: pass.key, rowsPerSec: Math.round(rows / ((performance.now() - started) / 1000)) });
    }
  }
  await writeMarker(driver, database, key, passes.length, 0, true);
  bar?.stop();
  return { key, alreadyLoaded: false, rows, seconds: (performance.now() - started) / 1000 };
}
