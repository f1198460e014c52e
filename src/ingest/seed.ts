import type { Logger } from 'pino';
import type { Executor } from '../graph/Executor';
import { type QueryCatalogue, bindAll } from '../graph/QueryCatalogue';
import { defineQuery } from '../graph/query';
import { RECORD_CHANGE } from '../graph/repositories/bulk-queries';
import { NODE_PROPS } from '../graph/repositories/shared-batches';

const ANY_NODE = defineQuery<Record<string, never>, { id: string }>('bulk/anyNode', []);
import { BulkWriter, ROW_KEYS } from '../graph/repositories/BulkWriter';
import { fieldChanges } from '../domain/history/field-changes';
import { readSeedFiles, defaultSeedDir } from './seed-files';
import { SeedValidationError, planSeed } from './seed-plan';
import { declaredActors, notDuplicateProblems, writeDifferentPairs } from './actor-duplicates';

export interface SeedResult {
  counts: Record<string, number>;
  changeId: string;
}

/**
 * Validates every annotation, then writes the whole seed graph in one transaction,
 * with one Change naming what it wrote. Idempotent: ids are merged, not duplicated.
 */
export async function loadSeed(executor: Executor, catalogue: QueryCatalogue, dir = defaultSeedDir): Promise<SeedResult> {
  const raw = readSeedFiles(dir);
  const { rows, digest } = planSeed(raw);
  // The seed is curated: look-alikes are not refused, but its notDuplicateOf pairs are stored.
  const actors = declaredActors(raw);
  const problems = notDuplicateProblems(actors);
  if (problems.length) throw new SeedValidationError(problems);
  const q = bindAll(catalogue, { change: RECORD_CHANGE, props: NODE_PROPS });
  const changeId = `change-seed-${digest.slice(0, 16)}`;
  const nodeIds = [...rows.persons, ...rows.organisations, ...rows.sources, ...rows.events, ...rows.claims, ...rows.attributions].map((r) => r.id);
  const counts = Object.fromEntries(ROW_KEYS.map((k) => [k, rows[k].length]));
  // The seed is authoritative: its values replace what is held, and history says what they replaced.
  const held = new Map((await executor.read(q.props, { ids: nodeIds })).map((r) => [r.id, r.props]));
  const nodeRows = [...rows.persons, ...rows.organisations, ...rows.sources, ...rows.events, ...rows.claims, ...rows.attributions];
  const fields = nodeRows.flatMap((r) => {
    const before = held.get(r.id) ?? null;
    return fieldChanges(r.id, before, { ...before, ...r.props });
  });
  await new BulkWriter(executor, catalogue).writeAll(rows, 1000, async (tx) => {
    const at = new Date().toISOString();
    await writeDifferentPairs(tx, catalogue, actors, at, 'seed');
    await tx.run(q.change, {
      changeId, at, by: 'seed', operation: 'seed', ids: nodeIds, details: JSON.stringify({ digest, counts }), fields: JSON.stringify(fields),
    });
  });
  return { counts, changeId };
}

/** What npm start does: load the seed only into an empty database. */
export async function seedIfEmpty(executor: Executor, catalogue: QueryCatalogue, log: Logger): Promise<boolean> {
  const q = bindAll(catalogue, { any: ANY_NODE });
  if ((await executor.read(q.any, {})).length > 0) return false;
  const result = await loadSeed(executor, catalogue);
  log.info({ counts: result.counts }, 'seed graph loaded into the empty database');
  return true;
}
