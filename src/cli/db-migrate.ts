import { migrate } from '../graph/migrate';
import { runCli, withDatabase } from './with-database';

/** npm run db:migrate: applies cypher/schema/*.cypher in order (re-running changes nothing). */
runCli(() =>
  withDatabase(async (executor, catalogue) => {
    const files = await migrate(executor, catalogue);
    console.log(`Schema up to date: ${files.join(', ')}`);
  }),
);
