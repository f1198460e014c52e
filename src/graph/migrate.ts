import fs from 'node:fs';
import path from 'node:path';
import type { Executor } from './Executor';
import { projectPath } from '../paths';
import { type QueryCatalogue, bindAll } from './QueryCatalogue';
import { defineQuery } from './query';
import { refreshStaleResolutionKeys } from './resolution/keys';

const names = {
  record: defineQuery<{ name: string; at: string }, { name: string }>('schema/recordMigration', ['name', 'at']),
  applied: defineQuery<Record<string, never>, { name: string }>('schema/appliedMigrations', []),
};

const schemaDir = projectPath('cypher', 'schema');

export function migrationFiles(): string[] {
  return fs
    .readdirSync(schemaDir)
    .filter((f) => f.endsWith('.cypher'))
    .sort();
}

/** Splits a schema file into statements; comments are // lines, statements end with ';'. */
export function statementsOf(text: string): string[] {
  return text
    .split('\n')
    .filter((l) => !l.trim().startsWith('//'))
    .join('\n')
    .split(';')
    .map((s) => s.trim())
    .filter(Boolean);
}


/** Applies every schema file in order; each statement is IF NOT EXISTS, so re-running changes nothing. */
export async function migrate(executor: Executor, catalogue: QueryCatalogue): Promise<string[]> {
  const q = bindAll(catalogue, names);
  const files = migrationFiles();
  for (const file of files) {
    for (const statement of statementsOf(fs.readFileSync(path.join(schemaDir, file), 'utf8'))) {
      await executor.runSchemaStatement(statement);
    }
    await executor.write(q.record, { name: file, at: new Date().toISOString() });
  }
  await executor.runSchemaStatement('CALL db.awaitIndexes(300)');
  // Derived data the schema's indexes read, computed by the service (actors from before it, restored backups).
  await refreshStaleResolutionKeys(executor, catalogue);
  return files;
}

/** Names of schema files not yet applied to this database. */
export async function pendingMigrations(executor: Executor, catalogue: QueryCatalogue): Promise<string[]> {
  const q = bindAll(catalogue, names);
  const applied = new Set((await executor.read(q.applied, {})).map((r) => r.name));
  return migrationFiles().filter((f) => !applied.has(f));
}
