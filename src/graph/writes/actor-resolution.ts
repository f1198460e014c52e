import type { ActorKind } from '../../domain/resolution/name-key';
import { refuseLikelyDuplicate, recordDifferent } from '../resolution/guard';
import { refreshResolutionKeys } from '../resolution/keys';
import { RESOLUTION, type RunResolution } from '../resolution/queries';
import type { WriteTx } from './WriteTx';
import { current } from './common';

/** The resolution statements, run in the mutation's own transaction. */
const runIn = (w: WriteTx): RunResolution => (query, params) => w.run(query, params);

/** notDuplicateOf must name actors; a merged actor's id stands for its survivor. */
export async function notDuplicateIds(w: WriteTx, ids: readonly string[] | null | undefined): Promise<string[]> {
  if (!ids?.length) return [];
  const found = await w.refs([{ entity: 'actor', field: 'notDuplicateOf', ids: [...ids], kinds: ['PERSON', 'ORGANISATION'] }]);
  return [...new Set(ids.map((id) => current(found, id)))];
}

/** DUPLICATE_SUSPECTED when the new spellings match another actor of the kind; nothing has been written yet. */
export async function refuseDuplicate(w: WriteTx, kind: ActorKind, names: readonly (string | null | undefined)[], notDuplicateOf: readonly string[], selfId?: string): Promise<void> {
  const spellings = names.filter((n): n is string => typeof n === 'string' && n.trim() !== '');
  if (spellings.length === 0) return;
  await refuseLikelyDuplicate(runIn(w), { kind, names: spellings, notDuplicateOf, selfId });
}

/** After an actor's spellings changed: fresh name keys, and the pairs said to be different remembered. */
export async function afterNamesChanged(w: WriteTx, id: string, notDuplicateOf: readonly string[] = []): Promise<void> {
  await refreshResolutionKeys(runIn(w), [id]);
  await recordDifferent(runIn(w), id, notDuplicateOf, w.at, w.by);
}

/** After a merge: the survivor's keys, and the merged actor's "different from" links moved to it. */
export async function afterMerge(w: WriteTx, survivorId: string, mergedId: string): Promise<void> {
  await w.run(RESOLUTION.moveDifferentFrom, { survivorId, mergedId });
  await refreshResolutionKeys(runIn(w), [survivorId]);
}
