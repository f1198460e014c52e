import type { z } from 'zod';
import { requireRole, type Role } from '../../domain/auth';
import * as inputs from '../../domain/inputs';
import type { WriteTx } from '../../graph/writes/WriteTx';
import type { MutationResult, WorkResult } from '../../graph/writes/WriteService';
import * as sources from '../../graph/writes/sources';
import * as actors from '../../graph/writes/actors';
import * as claims from '../../graph/writes/claims';
import type { Context } from '../context';
import { atInputPath } from '../errors';
import { Loaders } from '../loaders';
import type { Resolvers } from '../generated/resolvers-types';
import { loadLinked } from './node';

/**
 * One mutation: check the role, validate the input, run the work in one transaction
 * (which records the Change), then answer from fresh loaders.
 */
export function mutation<I extends { idempotencyKey?: string | null }, Ids extends Record<string, string>>(
  operation: string,
  role: Role,
  schema: z.ZodType<I>,
  work: (w: WriteTx, input: I) => Promise<WorkResult<Ids>>,
): (_: unknown, args: { input: unknown }, ctx: Context) => Promise<MutationResult<Ids>> {
  return async (_, args, ctx) => {
    const principal = requireRole(ctx.principal, role, operation);
    const input = inputs.validate(schema, args.input);
    const keyed = { ...input, idempotencyKey: input.idempotencyKey ?? ctx.idempotencyKey };
    const result = await ctx.writes.run(operation, principal.name, keyed, (w) => work(w, input)).catch((e: unknown) => {
      throw atInputPath(operation, e);
    });
    ctx.log.info({ operation, by: principal.name, changeId: result.changeId, replayed: result.replayed }, 'mutation');
    // Whatever this request read before the write is stale now.
    ctx.loaders = new Loaders(ctx.reads);
    return result;
  };
}

const change = (r: MutationResult<Record<string, string>>, _: unknown, ctx: Context) => loadLinked(ctx, r.changeId);

export const mutationResolvers: Resolvers = {
  Mutation: {
    addSource: mutation('addSource', 'editor', inputs.addSourceInput, sources.addSource),
    updateSource: mutation('updateSource', 'editor', inputs.updateSourceInput, sources.updateSource),
    addActor: mutation('addActor', 'editor', inputs.addActorInput, actors.addActor),
    updateActor: mutation('updateActor', 'editor', inputs.updateActorInput, actors.updateActor),
    addClaim: mutation('addClaim', 'editor', inputs.addClaimInput, claims.addClaim),
    addAttribution: mutation('addAttribution', 'editor', inputs.addAttributionInput, claims.addAttribution),
    linkClaims: mutation('linkClaims', 'editor', inputs.linkClaimsInput, claims.linkClaims),
    unlinkClaims: mutation('unlinkClaims', 'editor', inputs.unlinkClaimsInput, claims.unlinkClaims),
    setAbout: mutation('setAbout', 'editor', inputs.setAboutInput, claims.setAbout),
    retractClaim: mutation('retractClaim', 'admin', inputs.retractInput, claims.retractClaim),
    retractAttribution: mutation('retractAttribution', 'admin', inputs.retractInput, claims.retractAttribution),
    supersedeClaim: mutation('supersedeClaim', 'admin', inputs.supersedeClaimInput, claims.supersedeClaim),
    mergeActors: mutation('mergeActors', 'admin', inputs.mergeActorsInput, actors.mergeActors),
  },
  // Each payload loads what its write's ids name, from the loaders made fresh after the write.
  SourcePayload: { source: (r, _, ctx) => loadLinked(ctx, r.ids.sourceId), change },
  ActorPayload: { actor: (r, _, ctx) => loadLinked(ctx, r.ids.actorId), change },
  ClaimPayload: { claim: (r, _, ctx) => loadLinked(ctx, r.ids.claimId), change },
  AttributionPayload: {
    attribution: (r, _, ctx) => loadLinked(ctx, r.ids.attributionId),
    claim: (r, _, ctx) => loadLinked(ctx, r.ids.claimId),
    change,
  },
  ClaimLinkPayload: {
    from: (r, _, ctx) => loadLinked(ctx, r.ids.fromId),
    to: (r, _, ctx) => loadLinked(ctx, r.ids.toId),
    change,
  },
};
