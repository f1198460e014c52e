import { Command } from 'commander';
import { openBenchDatabase } from './database';
import { loadGraph } from './load';
import { scaleOf, SyntheticGraph } from './synth';

/** npm run gen -- --scale S|M|L: writes the synthetic claim graph through the bulk path. */
const program = new Command()
  .name('gen')
  .description('Generate a synthetic claim graph (fixed seed) and load it through BulkWriter, resumably.')
  .option('--scale <scale>', 'XS, S (10k claims), M (100k) or L (1M)', 'S')
  .option('--seed <n>', 'random seed', '42')
  .option('--prefix <p>', 'id prefix of every generated node', 'g')
  .option('--batch <n>', 'rows per UNWIND batch', '2000')
  .option('--uri <uri>', 'an existing Neo4j (default: NEO4J_URI, else an embedded one under .data/bench)')
  .option('--restart', 'ignore the resume marker and load from the start')
  .parse();

async function main() {
  const o = program.opts<{ scale: string; seed: string; prefix: string; batch: string; uri?: string; restart?: boolean }>();
  const spec = scaleOf(o.scale);
  const graph = new SyntheticGraph(spec, Number(o.seed), o.prefix);
  const db = await openBenchDatabase({ uri: o.uri, scale: spec.name });
  try {
    const r = await loadGraph(graph, db.executor, db.catalogue, { batchSize: Number(o.batch), restart: o.restart });
    if (r.alreadyLoaded) console.log(`${r.key} is already loaded (use --restart to load again)`);
    else console.log(`${r.key}: ${r.rows} rows in ${r.seconds.toFixed(1)} s (${Math.round(r.rows / r.seconds)} rows/s)`);
  } finally {
    await db.close();
  }
}

main().catch((e) => {
  console.error(e instanceof Error ? e.message : e);
  process.exit(1);
});
