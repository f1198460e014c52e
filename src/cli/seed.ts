import { loadSeed } from '../ingest/seed';
import { runCli, withDatabase } from './with-database';
import { embedCommand } from './match-commands';

/** npm run seed: validates seeds/ and loads it (idempotent; nothing is written if any entry is wrong). */
runCli(() =>
  withDatabase(async (executor, catalogue) => {
    const { counts, changeId } = await loadSeed(executor, catalogue);
    console.log(`Seed graph loaded (${changeId}):`);
    for (const [k, v] of Object.entries(counts)) console.log(`  ${k.padEnd(14)} ${v}`);
    await embedCommand({ executor, catalogue });
  }),
);
