import type { Principal } from '../domain/auth';
import { DomainError } from '../domain/errors';
import type { RetractInput } from '../domain/inputs';
import * as claims from '../graph/writes/claims';
import type { WorkResult } from '../graph/writes/WriteService';
import type { WriteTx } from '../graph/writes/WriteTx';

/**
 * The desk's undo: a retraction with a reason, never a delete. An editor undoes only what
 * was recorded under their own key. The last active attribution of a claim takes the claim
 * with it (no claim stands without provenance), when the claim is the undoer's own too.
 */
export async function undoDeskAttribution(w: WriteTx, input: RetractInput, principal: Principal): Promise<WorkResult<{ attributionId: string; claimId: string; claimRetracted: string }>> {
  const attribution = await w.target(input.id, ['ATTRIBUTION']);
  const claimId = String(attribution.claimId);
  await w.lock([claimId, attribution.id]);
  const admin = principal.role === 'admin';
  if (!admin && attribution.createdBy !== principal.name) {
    throw new DomainError('FORBIDDEN', `attribution "${attribution.id}" was recorded by another principal; an editor can undo only their own (an admin can retract it)`);
  }
  const claim = await w.target(claimId, ['CLAIM']);
  const [count] = await w.run(claims.ACTIVE_ATTRIBUTION_COUNT, { claimId });
  const last = claim.status === 'ACTIVE' && attribution.status === 'ACTIVE' && Number(count?.count ?? 0) <= 1;
  const changedIds: string[] = [];
  let claimRetracted = false;
  if (last) {
    if (!admin && claim.createdBy !== principal.name) {
      throw new DomainError('FORBIDDEN', `"${attribution.id}" is the last active attribution of claim "${claimId}", which another principal recorded; ask an admin to retract the claim`);
    }
    const r = await claims.retractClaim(w, { id: claimId, reason: input.reason });
    changedIds.push(...r.changedIds);
    claimRetracted = true;
  }
  const r = await claims.retractAttribution(w, { id: attribution.id, reason: input.reason });
  changedIds.push(...r.changedIds);
  return {
    ids: { attributionId: attribution.id, claimId, claimRetracted: String(claimRetracted) },
    changedIds: [...new Set(changedIds)],
    details: { reason: input.reason, claimRetracted, before: { status: attribution.status }, after: { status: 'RETRACTED' } },
  };
}
