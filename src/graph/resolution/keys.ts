import { resolutionText } from '../../domain/resolution/index-terms';
import { keysOf } from '../../domain/resolution/score';
import type { Executor } from '../Executor';
import { type QueryCatalogue, bindAll } from '../QueryCatalogue';
import { RESOLUTION, actorNamesOf, type ActorNames, type RunResolution } from './queries';

/** Bump when the name keys change, so stored keys are recomputed at the next start. */
export const RESOLUTION_KEYS_VERSION = 1;

const rowOf = (a: ActorNames) => ({ id: a.id, text: resolutionText(a.kind, keysOf(a.names, a.kind)) });

/** Recomputes the stored name keys of these actors: after every write that changes their spellings. */
export async function refreshResolutionKeys(run: RunResolution, ids: readonly string[]): Promise<void> {
  if (ids.length === 0) return;
  const actors = (await run(RESOLUTION.names, { ids: [...new Set(ids)] })).map(actorNamesOf);
  await run(RESOLUTION.setKeys, { rows: actors.map(rowOf), version: RESOLUTION_KEYS_VERSION });
}

/**
 * Gives keys to actors that have none or older ones (a database from before this version,
 * a restored backup), a page at a time. Run after migrations; cheap when all are current.
 */
export async function refreshStaleResolutionKeys(executor: Executor, catalogue: QueryCatalogue, pageSize = 1000): Promise<number> {
  const q = bindAll(catalogue, { page: RESOLUTION.page, setKeys: RESOLUTION.setKeys });
  let after = '';
  let refreshed = 0;
  for (;;) {
    const page = await executor.read(q.page, { after, limit: pageSize });
    if (page.length === 0) return refreshed;
    const stale = page.filter((r) => r.version !== RESOLUTION_KEYS_VERSION).map(actorNamesOf);
    if (stale.length > 0) {
      await executor.write(q.setKeys, { rows: stale.map(rowOf), version: RESOLUTION_KEYS_VERSION });
      refreshed += stale.length;
    }
    after = page[page.length - 1].id;
  }
}
