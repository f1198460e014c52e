import { loadGraph } from '../bench/load';
import { SyntheticGraph, type ScaleSpec } from '../bench/synth';
import type { Executor } from '../src/graph/Executor';
import type { QueryCatalogue } from '../src/graph/QueryCatalogue';
import { loadSeed } from '../src/ingest/seed';
import { brokenAttributions, emptyGraph, dataFingerprint, halfWrittenClaims, type DataFingerprint } from './faults-checks';
import { sleep, type ServiceProcess } from './faults-service';

/** A bulk ingest: the seed loader (one transaction), then a synthetic graph through BulkWriter in resumable batches. */
export interface IngestPlan {
  spec: ScaleSpec;
  seed: number;
  batchSize: number;
}

export interface IngestKill {
  mode: 'resume' | 'from-start';
  /** Whether the ingest was still running when its database was killed. */
  midIngest: boolean;
  killedAfterMs: number;
  readyToReadyzMs: number;
  fingerprintEqual: boolean;
  halfWritten: string[];
  brokenAttributions: string[];
}

function ingest(plan: IngestPlan, executor: Executor, catalogue: QueryCatalogue, restart: boolean): Promise<void> {
  const graph = new SyntheticGraph(plan.spec, plan.seed, 'fault');
  return loadSeed(executor, catalogue).then(() => loadGraph(graph, executor, catalogue, { batchSize: plan.batchSize, restart, quiet: true }).then(() => undefined));
}

/** An uninterrupted ingest into an emptied graph: the fingerprint every interrupted one must reach. */
export async function referenceIngest(plan: IngestPlan, executor: Executor, catalogue: QueryCatalogue): Promise<{ fp: DataFingerprint; ms: number }> {
  await emptyGraph(executor.driver, executor.database);
  const started = Date.now();
  await ingest(plan, executor, catalogue, true);
  const ms = Date.now() - started;
  return { fp: await dataFingerprint(executor.driver, executor.database), ms };
}

/** The pass the synthetic load has reached (its resume marker), or -1 before it starts. */
async function passReached(executor: Executor): Promise<number> {
  try {
    const res = await executor.driver.executeQuery('MATCH (m:BenchLoad) RETURN max(m.pass) AS pass', {}, { database: executor.database });
    const pass = res.records[0]?.get('pass');
    return pass === null || pass === undefined ? -1 : Number(pass);
  } catch {
    return -1;
  }
}

/** Re-runs the ingest after a recovery; the driver may need a moment to find the new database. */
async function rerun(plan: IngestPlan, executor: Executor, catalogue: QueryCatalogue, restart: boolean, log: (l: string) => void): Promise<void> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await ingest(plan, executor, catalogue, restart);
    } catch (e) {
      if (attempt >= 5) throw e;
      log(`    ingest re-run attempt ${attempt} failed (${(e as Error).message.split('\n')[0]}); again`);
      await sleep(1000);
    }
  }
}

/**
 * Empties the graph, starts the ingest, SIGKILLs the database at a random moment of it,
 * waits for the service to restart it, re-runs the ingest (resuming from its marker, or
 * from the start) and compares the result with the reference.
 */
export async function killDuringIngest(
  svc: ServiceProcess,
  plan: IngestPlan,
  executor: Executor,
  catalogue: QueryCatalogue,
  ref: { fp: DataFingerprint; ms: number },
  mode: IngestKill['mode'],
  random: () => number,
  log: (l: string) => void,
): Promise<IngestKill> {
  await emptyGraph(executor.driver, executor.database);
  let settled = false;
  const running = ingest(plan, executor, catalogue, true).then(
    () => (settled = true),
    (e: unknown) => {
      settled = true;
      return e;
    },
  );
  // The moment is drawn as a point of progress, not of time: on a loaded machine an ingest's length varies a lot.
  const passes = new SyntheticGraph(plan.spec, plan.seed, 'fault').passes().length;
  const target = Math.floor(passes * (0.05 + 0.8 * random()));
  const started = Date.now();
  while (!settled && (await passReached(executor)) < target) await sleep(100);
  const killedAfterMs = Date.now() - started;
  const midIngest = !settled;
  const kill = await svc.killDatabase();
  const outcome = await running;
  log(`    killed JVM ${kill.pid} ${killedAfterMs} ms into the ingest, at pass ${target} of ${passes} (${midIngest ? 'mid-ingest' : 'after it ended'}; ingest ${outcome === true ? 'had finished' : 'failed'}); /readyz 200 ${kill.readyToReadyzMs} ms after NEO4J_READY`);
  await rerun(plan, executor, catalogue, mode === 'from-start', log);
  const fp = await dataFingerprint(executor.driver, executor.database);
  return {
    mode,
    midIngest,
    killedAfterMs,
    readyToReadyzMs: kill.readyToReadyzMs,
    fingerprintEqual: fp.sha256 === ref.fp.sha256 && JSON.stringify(fp.counts) === JSON.stringify(ref.fp.counts),
    halfWritten: await halfWrittenClaims(executor.driver, executor.database),
    brokenAttributions: await brokenAttributions(executor.driver, executor.database),
  };
}
