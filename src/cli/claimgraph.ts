import { Command, CommanderError, Option } from 'commander';
import { BackupRefused } from '../ingest/backup-file';
import { ImportRefused } from '../ingest/article-files';
import { EXPORT_FORMATS, type ExportFormat } from '../ingest/export';
import { EXIT, NotEmpty, backupCommand, exportCommand, importCommand, restoreCommand } from './commands';
import { suggestCommand } from './suggest-command';
import { withDatabase } from './with-database';

/**
 * claimgraph: import articles, export standard formats, back up and restore. It connects
 * like the service (NEO4J_URI …, or the embedded database when NEO4J_URI is unset).
 */
const program = new Command()
  .name('claimgraph')
  .description('Import, export, back up and restore a ClaimGraph database (NEO4J_URI etc. as for the service; embedded Neo4j when unset).')
  .addHelpText('after', `\nExit codes: ${EXIT.ok} done, ${EXIT.failed} failed, ${EXIT.usage} usage error, ${EXIT.refused} input refused (nothing written), ${EXIT.notEmpty} restore refused: database not empty.`)
  .exitOverride();

const run = (task: Parameters<typeof withDatabase>[0]) => withDatabase(task);

program
  .command('import')
  .description('Import articles in the seed annotation format (a .yaml file, or a folder of them with their .txt sources); all or nothing, idempotent')
  .argument('<file-or-folder>', 'a .yaml file, a folder of .yaml files (texts beside them or in sources/), or a folder laid out like seeds/')
  .option('--by <name>', 'who the import Change records', process.env.USER || 'cli')
  .action((target: string, opts: { by: string }) => run((executor, catalogue) => importCommand({ executor, catalogue }, target, opts)));

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
  .action((file: string, opts: { force?: boolean }) => run((executor, catalogue) => restoreCommand({ executor, catalogue }, file, opts)));

function exitCodeOf(e: unknown): number {
  if (e instanceof CommanderError) return e.exitCode === 0 ? EXIT.ok : EXIT.usage;
  if (e instanceof ImportRefused || e instanceof BackupRefused) return EXIT.refused;
  if (e instanceof NotEmpty) return EXIT.notEmpty;
  return EXIT.failed;
}

program.parseAsync(process.argv).catch((e: unknown) => {
  // Commander has printed its own usage errors and help.
  if (!(e instanceof CommanderError)) process.stderr.write(`${e instanceof Error ? e.message : String(e)}\n`);
  process.exitCode = exitCodeOf(e);
});
