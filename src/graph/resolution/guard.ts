import { DUPLICATE_THRESHOLD } from '../../domain/resolution/score';
import { duplicateSuspected } from '../../domain/resolution/duplicate-error';
import type { ActorKind } from '../../domain/resolution/name-key';
import { differentFrom, findCandidates } from './candidates';
import { RESOLUTION, type RunResolution } from './queries';

/** What an add or rename would call the actor, and who it is said not to be. */
export interface NewNames {
  kind: ActorKind;
  names: readonly string[];
  /** The actor being renamed; absent for an add. */
  selfId?: string;
  notDuplicateOf?: readonly string[];
}

/** How many candidates a refusal lists. */
const LISTED = 5;

/**
 * Refuses an add or rename whose names match an existing actor of the same kind at or above
 * the duplicate threshold, unless that actor was said to be different (now or before).
 */
export async function refuseLikelyDuplicate(run: RunResolution, n: NewNames): Promise<void> {
  const known = n.selfId ? ((await differentFrom(run, [n.selfId])).get(n.selfId) ?? new Set<string>()) : new Set<string>();
  const exclude = new Set([...known, ...(n.notDuplicateOf ?? []), ...(n.selfId ? [n.selfId] : [])]);
  const likely = await findCandidates(run, { names: n.names, kinds: [n.kind], exclude, first: LISTED, floor: DUPLICATE_THRESHOLD });
  if (likely.length > 0) throw duplicateSuspected(likely);
}

/** Stores "these are different actors" for the pair, so it is never suggested again. */
export async function recordDifferent(run: RunResolution, id: string, others: readonly string[], at: string, by: string): Promise<void> {
  const pairs = [...new Set(others)].filter((o) => o !== id).map((to) => ({ from: id, to }));
  if (pairs.length > 0) await run(RESOLUTION.markDifferent, { pairs, at, by });
}
