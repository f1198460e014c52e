import { Command, CommanderError, Option } from 'commander';
import { DomainError } from '../domain/errors';
import { BackupRefused } from '../ingest/backup-file';
import { ImportRefused } from '../ingest/article-files';
import { EXPORT_FORMATS, type ExportFormat } from '../ingest/export';
import { EXIT, NotEmpty, backupCommand, exportCommand, importCommand, restoreCommand } from './commands';
import { oneLine, withDatabase } from './with-database';
import { credentialsCommand } from './db-credentials';
import { embedCommand, matchCommand, type MatchOptions } from './match-commands';
import { suggestCommand } from './suggest-command';

/**
 * claimgraph: import articles, export standard formats, back up and restore. It connects
 * like the service (NEO4J_URI …, or the embedded database when NEO4J_URI is unset).
 */
const program = new Command()
  .name('claimgraph')
  .description('Import, export, back up, restore and match claims in a ClaimGraph database (NEO4J_URI etc. as for the service; embedded Neo4j when unset).')
  .addHelpText(
    'after',
    `\nExit codes: ${EXIT.ok} done, ${EXIT.failed} failed (database unreachable, internal error), ${EXIT.usage} usage error, ` +
      `${EXIT.refused} input refused, nothing written (bad entries, unknown ids, conflicts, a duplicate source text or URL), ${EXIT.notEmpty} restore refused: database not empty.`,
  )
  .exitOverride();

const run = (task: Parameters<typeof withDatabase>[0]) => withDatabase(task);

program
  .command('import')
  .description(
    'Import articles in the seed annotation format (a .yaml file, or a folder of them with their .txt sources); all or nothing, every problem reported at once; ' +
      'merges into what the database holds (fields left out are kept, aliases added), refuses differing values unless --update',
  )
  .argument('<file-or-folder>', 'a .yaml file, a folder of .yaml files (texts beside them or in sources/), or a folder laid out like seeds/')
  .option('--by <name>', 'who the import Change records', process.env.USER || 'cli')
  .option('--update', "where a field differs from the database's value, take the file's (otherwise such a conflict refuses the import)")
  .option('--dry-run', 'check everything and say what would be written, in words; write nothing')
  .action((target: string, opts: { by: string; update?: boolean; dryRun?: boolean }) =>
    run(async (executor, catalogue) => {
      await importCommand({ executor, catalogue }, target, opts);
      // Imported claims get their vectors now, so matching finds them at once (a dry run wrote none).
      if (!opts.dryRun) await embedCommand({ executor, catalogue });
    }),
  );

program
  .command('match')
  .description('Claims the graph already holds for a statement: exact text, BM25 and sentence embeddings, with tier, reasons and verdicts')
  .argument('<text>', 'the statement')
  .option('--first <n>', 'at most this many matches', '10')
  .option('--min-score <score>', 'return matches down to this score (0..1) instead of the suggestion threshold')
  .option('--include-retracted', 'match retracted and superseded claims too')
  .option('--json', 'print JSON instead of text')
  .action((text: string, opts: MatchOptions) => run((executor, catalogue) => matchCommand({ executor, catalogue }, text, opts)));

program
  .command('embed')
  .description('Backfill claim matching: hash and embed every claim whose vector is missing or stale (resumable; run it after bulk loads)')
  .action(() => run((executor, catalogue) => embedCommand({ executor, catalogue })));

program
  .command('suggest')
  .description('Suggest who said what in an article (plain text, or HTML stripped to text with a note) and write a draft in the import format; writes nothing to the database')
  .argument('<article.txt>', 'the article as plain text (an .html file is stripped to text)')
  .option('--title <title>', 'the article title')
  .option('--publisher <name>', 'the publisher, matched to a known actor')
  .option('--voice <name>', 'whose voice the text is in (a statement\'s publisher, an opinion piece\'s author): its own sentences are attributed to it')
  .option('-o, --out <folder>', 'where to write the draft (default: <article>-draft beside it)')
  .action((file: string, opts: { title?: string; publisher?: string; voice?: string; out?: string }) => run((executor, catalogue) => suggestCommand({ executor, catalogue }, file, opts)));

program
  .command('export')
  .description('Write the graph as JSON Lines: every node and relationship, every review as ClaimReview, or every quote as a Web Annotation')
  .addOption(new Option('--format <format>', 'what to export').choices([...EXPORT_FORMATS]).makeOptionMandatory())
  .option('-o, --out <file>', 'write to this file instead of stdout')
  .action((opts: { format: ExportFormat; out?: string }) => run((executor, catalogue) => exportCommand({ executor, catalogue }, opts.format, opts)));

program
  .command('backup')
  .description('Write a portable, versioned dump of the whole graph (nodes, relationships, history, reviews, idempotency keys)')
  .argument('<file>', 'the backup file to write')
  .action((file: string) => run((executor, catalogue) => backupCommand({ executor, catalogue }, file)));

program
  .command('restore')
  .description('Restore a backup into an empty database, in one transaction')
  .argument('<file>', 'a file written by claimgraph backup')
  .option('--force', 'replace everything in a non-empty database')
  .action((file: string, opts: { force?: boolean }) =>
    run(async (executor, catalogue) => {
      await restoreCommand({ executor, catalogue }, file, opts);
      // A backup carries no claim vectors (derived data): rebuild them so matching works at once.
      await embedCommand({ executor, catalogue });
    }),
  );

program
  .command('db')
  .description('The database this command and the service use')
  .command('credentials')
  .description('Print the URI, user and password of the embedded database, to open it in Neo4j Browser or cypher-shell')
  .option('--json', 'print them as one JSON object')
  .action((opts: { json?: boolean }) => credentialsCommand(opts));

function exitCodeOf(e: unknown): number {
  if (e instanceof CommanderError) return e.exitCode === 0 ? EXIT.ok : EXIT.usage;
  if (e instanceof ImportRefused || e instanceof BackupRefused) return EXIT.refused;
  // A refusal by the database's own checks (an id of another kind, a unique URL or text) is bad input too.
  if (e instanceof DomainError && (e.code === 'BAD_USER_INPUT' || e.code === 'CONFLICT')) return EXIT.refused;
  if (e instanceof NotEmpty) return EXIT.notEmpty;
  return EXIT.failed;
}

program.parseAsync(process.argv).catch((e: unknown) => {
  // Commander has printed its own usage errors and help.
  // Refusals list every problem; anything else is one line (no JVM tail, no stack trace).
  const code = exitCodeOf(e);
  if (!(e instanceof CommanderError)) process.stderr.write(`${code === EXIT.failed ? oneLine(e) : e instanceof Error ? e.message : String(e)}\n`);
  process.exitCode = code;
});
