import type { Executor } from '../graph/Executor';
import { type QueryCatalogue, queriesOf } from '../graph/QueryCatalogue';
import { BulkWriter, ROW_KEYS } from '../graph/repositories/BulkWriter';
import { ReadRepository } from '../graph/repositories/ReadRepository';
import { toGraphNode } from '../graph/records';
import { ImportRefused, idLikeStrings, readArticles } from './article-files';
import { leftTodos } from './draft-todos';
import { SeedValidationError, planSeed, type Kind } from './seed-plan';

export interface ImportResult {
  changeId: string;
  /** False when the same content was imported before: nothing was written. */
  written: boolean;
  counts: Record<string, number>;
  files: string[];
}

const KIND: Record<string, Kind | undefined> = {
  PERSON: 'person', ORGANISATION: 'organisation', SOURCE: 'source', CLAIM: 'claim', ATTRIBUTION: 'attribution', EVENT: 'event',
};

/**
 * Imports articles in the seed format through the seed's own validator and bulk writer:
 * everything in one transaction, refused whole when any entry is wrong. The files may refer
 * to ids already in the database. Importing the same content again writes nothing.
 */
export async function importArticles(
  executor: Executor,
  catalogue: QueryCatalogue,
  target: string,
  options: { by?: string; step?: (label: string) => void } = {},
): Promise<ImportResult> {
  const raw = readArticles(target);
  // A draft from `claimgraph suggest` is refused while any TODO is left in it.
  const todos = leftTodos(raw.annotations);
  if (todos.length > 0) throw new ImportRefused(todos);
  options.step?.('read');
  const reads = new ReadRepository(executor, catalogue);
  const candidates = [...idLikeStrings([...raw.annotations.values()])];
  const found = await reads.batch('nodesByIds', candidates, 'node');
  const known = new Map<string, Kind>();
  candidates.forEach((id, i) => {
    const kind = KIND[toGraphNode(found[i])?.kind ?? ''];
    if (kind) known.set(id, kind);
  });
  let plan;
  try {
    plan = planSeed(raw, { known, requireShared: false, textsDir: raw.textsDir });
  } catch (e) {
    if (e instanceof SeedValidationError) throw new ImportRefused(e.problems);
    throw e;
  }
  options.step?.('validated');
  const { rows, digest } = plan;
  const counts = Object.fromEntries(ROW_KEYS.map((k) => [k, rows[k].length]));
  const changeId = `change-import-${digest.slice(0, 16)}`;
  const files = [...raw.annotations.keys()];
  if ((await reads.batch('nodesByIds', [changeId], 'node'))[0]) return { changeId, written: false, counts, files };
  const q = queriesOf(catalogue, { change: 'bulk/recordChange' });
  const nodeIds = [...rows.persons, ...rows.organisations, ...rows.sources, ...rows.events, ...rows.claims, ...rows.attributions].map((r) => r.id);
  await new BulkWriter(executor, catalogue).writeAll(rows, 1000, async (tx) => {
    await tx.run(q.change, { changeId, at: new Date().toISOString(), by: options.by ?? 'cli', operation: 'import', ids: nodeIds, details: JSON.stringify({ digest, counts, files }) });
  });
  options.step?.('written');
  return { changeId, written: true, counts, files };
}
