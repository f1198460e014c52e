import fs from 'node:fs';
import type { Executor } from '../graph/Executor';
import type { QueryCatalogue } from '../graph/QueryCatalogue';
import { GraphDump } from '../graph/repositories/GraphDump';
import { readBackup, writeBackup } from '../ingest/backup-file';
import { exportDocuments, exportSize, type ExportFormat } from '../ingest/export';
import { importArticles } from '../ingest/import';
import { progressBar } from './progress';

/** Exit codes a script can branch on. */
export const EXIT = { ok: 0, failed: 1, usage: 2, refused: 3, notEmpty: 4 } as const;

export class NotEmpty extends Error {}

type Db = { executor: Executor; catalogue: QueryCatalogue };
const say = (line: string) => process.stderr.write(`${line}\n`);

export async function importCommand({ executor, catalogue }: Db, target: string, opts: { by: string; update?: boolean; dryRun?: boolean }): Promise<void> {
  const bar = progressBar('import', 3);
  let done = 0;
  const result = await importArticles(executor, catalogue, target, { by: opts.by, update: opts.update, dryRun: opts.dryRun, step: () => bar.update(++done) }).finally(() =>
    bar.stop(),
  );
  const files = result.files.join(', ');
  if (result.summary === null) say(`Already imported: nothing in ${files} is new to the database; nothing written`);
  else if (opts.dryRun) say(`Dry run, nothing written. Importing ${files} ${result.summary}`);
  else say(`Imported ${files} (${result.changeId}): ${result.summary}`);
}

export async function exportCommand({ executor, catalogue }: Db, format: ExportFormat, opts: { out?: string }): Promise<void> {
  const out = opts.out ? fs.createWriteStream(opts.out, { encoding: 'utf8' }) : process.stdout;
  const bar = progressBar(`export ${format}`, await exportSize(executor, catalogue, format));
  let n = 0;
  try {
    for await (const doc of exportDocuments(executor, catalogue, format)) {
      if (!out.write(`${JSON.stringify(doc)}\n`)) await new Promise<void>((r) => out.once('drain', () => r()));
      bar.update(++n);
    }
  } finally {
    bar.stop();
    if (opts.out) await new Promise((r) => (out as fs.WriteStream).end(r));
  }
  say(`Exported ${n} ${format} document(s)${opts.out ? ` to ${opts.out}` : ''}`);
}

export async function backupCommand({ executor, catalogue }: Db, file: string): Promise<void> {
  const dump = new GraphDump(executor, catalogue);
  const census = await dump.census();
  if (census.uncovered > 0) throw new Error(`${census.uncovered} node(s) carry no label a backup covers; refusing to write an incomplete backup`);
  const bar = progressBar('backup', census.nodes + census.keys);
  const summary = await writeBackup(file, dump.pages(), (n) => bar.update(n)).finally(() => bar.stop());
  say(`Backed up ${summary.nodes} nodes and ${summary.relationships} relationships to ${file} (sha256 ${summary.sha256.slice(0, 16)}…)`);
}

export async function restoreCommand({ executor, catalogue }: Db, file: string, opts: { force?: boolean }): Promise<void> {
  const { nodes, summary, createdAt } = await readBackup(file);
  const dump = new GraphDump(executor, catalogue);
  if (!opts.force && !(await dump.isEmpty())) throw new NotEmpty('The database is not empty; restore with --force to replace everything in it');
  const bar = progressBar('restore', summary.nodes + summary.relationships);
  await dump.restore(nodes, { wipe: Boolean(opts.force), progress: (n) => bar.update(n) }).finally(() => bar.stop());
  say(`Restored ${summary.nodes} nodes and ${summary.relationships} relationships from ${file} (backup of ${createdAt})`);
}
