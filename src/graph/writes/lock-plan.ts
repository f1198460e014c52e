import { defineBatch } from '../query';
import type { WriteTx } from './WriteTx';

/** The nodes a mutation will change or link to under lock, sorted, read in its transaction before it locks anything. */
export type LockPlanner = (operation: string, input: Record<string, unknown>, w: WriteTx) => Promise<string[]>;

const LOCK_PLAN = defineBatch<{ ids: readonly string[] }, { id: string; lockIds: string[] }>('write/lockPlan');

type Input = Record<string, unknown>;
const str = (v: unknown): string[] => (typeof v === 'string' ? [v] : []);
const strs = (v: unknown): string[] => (Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : []);
const orgIds = (v: unknown): string[] => (Array.isArray(v) ? v.flatMap((x: Input) => str(x?.organisationId)) : []);
const attributionRefs = (a: unknown): string[] => {
  const x = (a ?? {}) as Input;
  return [...str(x.speakerId), ...str(x.onBehalfOfId)];
};

/**
 * For each mutation, the nodes its work locks (WriteTx.lock / lockRefs): the nodes it changes
 * and the actors it links to (which a concurrent merge could move). Sources are not locked:
 * writers citing one source stay parallel.
 */
export const LOCKED_BY: Record<string, (input: Input) => string[]> = {
  addClaim: (i) => [...strs(i.aboutIds), ...attributionRefs(i.attribution)],
  addAttribution: (i) => [...str(i.claimId), ...attributionRefs(i.attribution)],
  linkClaims: (i) => [...str(i.fromId), ...str(i.toId)],
  unlinkClaims: (i) => [...str(i.fromId), ...str(i.toId)],
  setAbout: (i) => [...str(i.claimId), ...strs(i.aboutIds)],
  retractClaim: (i) => str(i.id),
  retractAttribution: (i) => str(i.id),
  supersedeClaim: (i) => [...str(i.id), ...str(i.supersededById)],
  mergeActors: (i) => [...str(i.survivorId), ...str(i.mergedId)],
  updateActor: (i) => [...str(i.id), ...orgIds(i.addPositions), ...orgIds(i.addMemberships)],
};

/**
 * First thing in a write's transaction, before any lock: reads what its input's ids stand for
 * now (a merged actor's survivor, an attribution's claim) and returns the whole set sorted.
 * The write takes every lock in one statement in that order, so two writes on overlapping
 * nodes queue and never wait on each other in a cycle (a deadlock Neo4j would break by
 * failing one of them after both had waited). A merge committed between this read and the
 * lock is caught by the work's own lockRefs, which still re-resolves under lock.
 */
export const lockPlanner: LockPlanner = async (operation, input, w) => {
  const named = [...new Set(LOCKED_BY[operation]?.(input) ?? [])];
  if (named.length === 0) return [];
  const rows = await w.run(LOCK_PLAN, { ids: named });
  return [...new Set(rows.flatMap((r) => r.lockIds))].sort();
};
