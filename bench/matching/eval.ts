import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pino from 'pino';
import { createDriver, waitForDatabase } from '../../src/graph/database';
import { EmbeddedNeo4j } from '../../src/graph/EmbeddedNeo4j';
import { Executor } from '../../src/graph/Executor';
import { migrate } from '../../src/graph/migrate';
import { QueryCatalogue } from '../../src/graph/QueryCatalogue';
import { BulkWriter } from '../../src/graph/repositories/BulkWriter';
import { ClaimMatcher, type Gathered } from '../../src/graph/matching/ClaimMatcher';
import { ClaimVectors } from '../../src/graph/matching/ClaimVectors';
import { loadSeed } from '../../src/ingest/seed';
import { loadModel } from '../../src/matching/load-model';
import { MATCHING } from '../../src/matching/thresholds';
import { ensureModel, modelPath, tokenizerPath } from '../../src/runtime/model-files';
import { ensureJars } from '../../src/runtime/neo4j-jars';
import { freePort } from '../../src/runtime/free-port';
import { progressBar } from '../../src/cli/progress';
import { distractors } from './distractors';
import { readLabelledSet, type Split } from './labelled';
import { calibrate, methodRows, renderTable, tuningFailures, type Judged } from './metrics';

/**
 * npm run eval:matching [-- --distractors 10000]: loads the seed graph, the labelled set's
 * target claims and a pool of synthetic distractors into an embedded Neo4j of its own (a fresh
 * temporary folder, deleted afterwards: it never touches another database), backfills the
 * vectors (timed), runs every query once, and reports BM25 alone, lexical-only, embeddings
 * alone and the hybrid side by side, on the tuning and the held-out half.
 */
async function main(): Promise<void> {
  const arg = (name: string, fallback: number) => {
    const i = process.argv.indexOf(name);
    return i > 0 ? Number(process.argv[i + 1]) : fallback;
  };
  const poolSize = arg('--distractors', 10_000);
  const say = (m: string) => process.stderr.write(`${m}\n`);
  await ensureJars(say);
  await ensureModel(say);
  const model = await loadModel(modelPath(), tokenizerPath());
  if (!model.embedder) throw new Error(`the embedding model did not load: ${model.problem}`);
  say(`model loaded in ${model.ms} ms`);

  const home = fs.mkdtempSync(path.join(os.tmpdir(), 'claimgraph-eval-matching-'));
  const db = new EmbeddedNeo4j({ home, port: await freePort(), heap: '1g', pageCache: '256m', startTimeoutMs: 300_000 });
  await db.start();
  const driver = createDriver(db.uri, db.username, db.password);
  try {
    await waitForDatabase(driver);
    const catalogue = new QueryCatalogue();
    const executor = new Executor(driver, 'neo4j', 600_000, pino({ level: 'silent' }));
    await migrate(executor, catalogue);
    await loadSeed(executor, catalogue);
    const set = readLabelledSet();
    const pool = distractors(poolSize);
    const at = new Date().toISOString();
    const rows = [...set.targets, ...pool].map((c) => ({ id: c.id, props: { text: c.text, status: 'ACTIVE' }, audit: { createdBy: 'eval', createdAt: at } }));
    const writer = new BulkWriter(executor, catalogue);
    for (let i = 0; i < rows.length; i += 1000) await writer.writeBatch('claims', rows.slice(i, i + 1000));
    say(`loaded ${set.targets.length} targets and ${pool.length} distractors beside the seed's claims`);

    const vectors = new ClaimVectors(executor, catalogue, model.embedder);
    const bar = progressBar('backfill', 1);
    const backfill = await vectors.backfill((walked, total) => {
      bar.update(walked);
      if (walked === 1 || walked === total) void 0;
    });
    bar.stop();
    const perSecond = Math.round((backfill.indexed / backfill.ms) * 1000);
    say(`backfill: ${backfill.indexed} claims embedded in ${backfill.ms} ms (${perSecond} claims/s)`);
    await executor.runSchemaStatement('CALL db.awaitIndexes(300)');

    const matcher = new ClaimMatcher(executor, catalogue, model.embedder);
    const queries = [
      ...set.positives.map((q) => ({ ...q, role: 'positive' as const })),
      ...set.negatives.map((q) => ({ ...q, role: 'negative' as const })),
      ...set.unrelated.map((q) => ({ ...q, kind: 'unrelated', targetId: null, role: 'unrelated' as const })),
    ];
    const judged: Judged[] = [];
    const times: number[] = [];
    const qbar = progressBar('queries', queries.length);
    for (const [i, q] of queries.entries()) {
      const t = performance.now();
      const gathered: Gathered = await matcher.gather(q.text, ['ACTIVE']);
      times.push(performance.now() - t);
      judged.push({ ...q, split: q.split as Split, gathered });
      qbar.update(i + 1);
    }
    qbar.stop();
    times.sort((a, b) => a - b);
    const pct = (p: number) => Math.round(times[Math.min(times.length - 1, Math.floor(p * times.length))] * 10) / 10;

    const tuned = calibrate(matcher, judged);
    if (process.argv.includes('--show-failures')) for (const f of tuningFailures(judged, { ...tuned, hybrid: { ...tuned.hybrid, nearCertain: 0.75 } })) say(`tuning failure: ${f}`);
    const configured = { cosineWeight: MATCHING.cosineWeight, hybrid: MATCHING.hybrid, lexical: MATCHING.lexical, cosineNearCertain: tuned.cosineNearCertain };
    const lines: string[] = [];
    lines.push(`# Claim matching evaluation`, '');
    lines.push(`Graph: ${set.targets.length} target claims, ${pool.length} synthetic distractors, plus the seed's claims. Queries: ${set.positives.length} positive pairs, ${set.negatives.length} hard negatives, ${set.unrelated.length} unrelated statements; every other target (with its queries) tunes, the rest is held out.`, '');
    lines.push(`Backfill: ${backfill.indexed} claims embedded and written in ${(backfill.ms / 1000).toFixed(1)} s = **${perSecond} claims/s** (batches of 32, one CPU thread for the model).`);
    lines.push(`Gathering the three signals for one statement (embed + one statement for hash, BM25, vector and missing cosines; in process): p50 ${pct(0.5)} ms, p95 ${pct(0.95)} ms over ${times.length} statements.`, '');
    lines.push(`Constants in use (src/matching/thresholds.ts): cosine weight ${configured.cosineWeight}; hybrid suggest ${configured.hybrid.suggest}, near-certain ${configured.hybrid.nearCertain}; lexical-only suggest ${configured.lexical.suggest}, near-certain ${configured.lexical.nearCertain}.`);
    lines.push(`Calibrated on the tuning half now: cosine weight ${tuned.cosineWeight}; hybrid suggest ${tuned.hybrid.suggest}, near-certain ${tuned.hybrid.nearCertain}; lexical-only suggest ${tuned.lexical.suggest}, near-certain ${tuned.lexical.nearCertain}; embeddings-alone near-certain cosine ${tuned.cosineNearCertain}.`, '');
    for (const split of ['tune', 'held-out'] as Split[]) {
      lines.push(`## ${split === 'tune' ? 'Tuning half' : 'Held-out half'}`, '');
      lines.push(renderTable(methodRows(matcher, judged.filter((j) => j.split === split), configured)), '');
    }
    lines.push('## Per query kind (hybrid, held-out half)', '');
    lines.push(renderTable(methodRows(matcher, judged.filter((j) => j.split === 'held-out'), configured, true)), '');
    const out = lines.join('\n');
    process.stdout.write(`${out}\n`);
    fs.mkdirSync('test-artifacts', { recursive: true });
    fs.writeFileSync(path.join('test-artifacts', 'matching-eval.md'), `${out}\n`);
  } finally {
    await driver.close();
    await db.stop();
    fs.rmSync(home, { recursive: true, force: true });
  }
}

main().catch((e) => {
  console.error(e instanceof Error ? (e.stack ?? e.message) : e);
  process.exit(1);
});
