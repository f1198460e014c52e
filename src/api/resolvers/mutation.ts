import type { z } from 'zod';
import { requireRole, type Role } from '../../domain/auth';
import * as inputs from '../../domain/inputs';
import type { WriteTx } from '../../graph/writes/WriteTx';
import type { WorkResult } from '../../graph/writes/WriteService';
import * as sources from '../../graph/writes/sources';
import * as actors from '../../graph/writes/actors';
import * as claims from '../../graph/writes/claims';
import type { Context } from '../context';
import { atInputPath } from '../errors';
import { Loaders } from '../loaders';

type Load = (id: string) => Promise<unknown>;

/**
 * One mutation: check the role, validate the input, run the work in one transaction
 * (which records the Change), then answer from fresh loaders.
 */
export function mutation<I extends { idempotencyKey?: string | null }, Ids extends Record<string, string>>(
  operation: string,
  role: Role,
  schema: z.ZodType<I>,
  work: (w: WriteTx, input: I) => Promise<WorkResult<Ids>>,
  payload: (ids: Ids, load: Load) => Record<string, unknown>,
) {
  return async (_: unknown, args: { input: unknown }, ctx: Context) => {
    const principal = requireRole(ctx.principal, role, operation);
    const input = inputs.validate(schema, args.input);
    const keyed = { ...input, idempotencyKey: input.idempotencyKey ?? ctx.idempotencyKey };
    const result = await ctx.writes.run(operation, principal.name, keyed, (w) => work(w, input)).catch((e: unknown) => {
      throw atInputPath(operation, e);
    });
    ctx.log.info({ operation, by: principal.name, changeId: result.changeId, replayed: result.replayed }, 'mutation');
    // Whatever this request read before the write is stale now.
    ctx.loaders = new Loaders(ctx.reads);
    const load: Load = (id) => ctx.loaders.nodes.load(id);
    return { ...payload(result.ids, load), change: () => load(result.changeId) };
  };
}

const sourcePayload = (ids: { sourceId: string }, load: Load) => ({ source: () => load(ids.sourceId) });
const actorPayload = (ids: { actorId: string }, load: Load) => ({ actor: () => load(ids.actorId) });
const claimPayload = (ids: { claimId: string }, load: Load) => ({ claim: () => load(ids.claimId) });
const attributionPayload = (ids: { attributionId: string; claimId: string }, load: Load) => ({
  attribution: () => load(ids.attributionId),
  claim: () => load(ids.claimId),
});
const linkPayload = (ids: { fromId: string; toId: string }, load: Load) => ({ from: () => load(ids.fromId), to: () => load(ids.toId) });

export const mutationResolvers = {
  Mutation: {
    addSource: mutation('addSource', 'editor', inputs.addSourceInput, sources.addSource, sourcePayload),
    updateSource: mutation('updateSource', 'editor', inputs.updateSourceInput, sources.updateSource, sourcePayload),
    addActor: mutation('addActor', 'editor', inputs.addActorInput, actors.addActor, actorPayload),
    updateActor: mutation('updateActor', 'editor', inputs.updateActorInput, actors.updateActor, actorPayload),
    addClaim: mutation('addClaim', 'editor', inputs.addClaimInput, claims.addClaim, claimPayload),
    addAttribution: mutation('addAttribution', 'editor', inputs.addAttributionInput, claims.addAttribution, attributionPayload),
    linkClaims: mutation('linkClaims', 'editor', inputs.linkClaimsInput, claims.linkClaims, linkPayload),
    unlinkClaims: mutation('unlinkClaims', 'editor', inputs.unlinkClaimsInput, claims.unlinkClaims, linkPayload),
    setAbout: mutation('setAbout', 'editor', inputs.setAboutInput, claims.setAbout, claimPayload),
    retractClaim: mutation('retractClaim', 'admin', inputs.retractInput, claims.retractClaim, claimPayload),
    retractAttribution: mutation('retractAttribution', 'admin', inputs.retractInput, claims.retractAttribution, attributionPayload),
    supersedeClaim: mutation('supersedeClaim', 'admin', inputs.supersedeClaimInput, claims.supersedeClaim, claimPayload),
    mergeActors: mutation('mergeActors', 'admin', inputs.mergeActorsInput, actors.mergeActors, actorPayload),
  },
};
