import { Kind, type GraphQLResolveInfo, type SelectionSetNode } from 'graphql';
import { toGraphNode, toGraphNodes, visibleStatuses, type GraphNode } from '../../graph/records';
import type { Context } from '../context';
import { auditFields, loadOfKind } from './node';
import { listClaims, type ClaimFilterInput } from '../services/claim-listing';
import type { ClaimRelationRow } from '../loaders';

type Flag = { includeRetracted?: boolean };

/** Whether the selection asks for a claim's default (active) attributions. */
function asksForAttributions(info: GraphQLResolveInfo): boolean {
  const visit = (set: SelectionSetNode | undefined): boolean =>
    (set?.selections ?? []).some((sel) =>
      sel.kind === Kind.FIELD
        ? sel.name.value === 'attributions' && (sel.arguments ?? []).length === 0
        : sel.kind === Kind.INLINE_FRAGMENT && visit(sel.selectionSet),
    );
  return info.fieldNodes.some((f) => visit(f.selectionSet));
}

const visible = (n: GraphNode | null, includeRetracted: boolean | undefined): n is GraphNode =>
  n !== null && (includeRetracted === true || n.status === 'ACTIVE');

async function related(c: GraphNode, ctx: Context, pick: (r: ClaimRelationRow) => boolean, args: Flag): Promise<GraphNode[]> {
  const rows = await ctx.loaders.relationsOfClaim(c.id);
  const seen = new Set<string>();
  return rows
    .filter(pick)
    .map((r) => r.other)
    .filter((o): o is GraphNode => visible(o, args.includeRetracted) && !seen.has(o.id) && seen.add(o.id) !== undefined);
}

export const claimResolvers = {
  Claim: {
    ...auditFields,
    statusReason: (c: GraphNode) => c.statusReason ?? null,
    attributions: (c: GraphNode, args: Flag, ctx: Context) => ctx.loaders.attributionsOfClaim(c.id, args.includeRetracted ?? false),
    counterclaims: (c: GraphNode, args: Flag, ctx: Context) => related(c, ctx, (r) => r.kind === 'CONTRADICTS', args),
    supportedBy: (c: GraphNode, args: Flag, ctx: Context) => related(c, ctx, (r) => r.kind === 'SUPPORTS' && !r.outgoing, args),
    supports: (c: GraphNode, args: Flag, ctx: Context) => related(c, ctx, (r) => r.kind === 'SUPPORTS' && r.outgoing, args),
    relations: async (c: GraphNode, _: unknown, ctx: Context) =>
      (await ctx.loaders.relationsOfClaim(c.id))
        .filter((r) => r.other)
        .map((r) => ({ ...r, from: r.outgoing ? c : r.other, to: r.outgoing ? r.other : c })),
    about: (c: GraphNode, _: unknown, ctx: Context) => ctx.loaders.aboutOfClaim(c.id),
    supersededBy: async (c: GraphNode, _: unknown, ctx: Context) => (await ctx.loaders.supersededBy(c.id))[0] ?? null,
  },
  Attribution: {
    createdBy: auditFields.createdBy,
    createdAt: auditFields.createdAt,
    start: (a: GraphNode) => a.start ?? null,
    end: (a: GraphNode) => a.end ?? null,
    prefix: (a: GraphNode) => a.prefix ?? null,
    suffix: (a: GraphNode) => a.suffix ?? null,
    saidAt: (a: GraphNode) => a.saidAt ?? null,
    status: (a: GraphNode) => a.status ?? 'ACTIVE',
    statusReason: (a: GraphNode) => a.statusReason ?? null,
    speaker: (a: GraphNode, _: unknown, ctx: Context) => ctx.loaders.nodes.load(String(a.speakerId)),
    onBehalfOf: (a: GraphNode, _: unknown, ctx: Context) => (a.onBehalfOfId ? ctx.loaders.nodes.load(String(a.onBehalfOfId)) : null),
    source: (a: GraphNode, _: unknown, ctx: Context) => ctx.loaders.nodes.load(String(a.sourceId)),
    via: async (a: GraphNode, _: unknown, ctx: Context) =>
      (await ctx.loaders.nodes.loadMany((a.viaIds as string[] | undefined) ?? [])).filter((n): n is GraphNode => n !== null && !(n instanceof Error)),
    claim: (a: GraphNode, _: unknown, ctx: Context) => ctx.loaders.nodes.load(String(a.claimId)),
  },
  Event: {
    date: (e: GraphNode) => e.date ?? null,
    place: (e: GraphNode) => e.place ?? null,
    claims: (e: GraphNode, args: Flag, ctx: Context) => ctx.loaders.claimsOfEvent(e.id, args.includeRetracted ?? false),
  },
  Query: {
    claim: async (_: unknown, args: { id: string }, ctx: Context, info: GraphQLResolveInfo) => {
      if (!asksForAttributions(info)) return loadOfKind(ctx, args.id, ['CLAIM']);
      // Look ahead: the claim and its attributions in one round trip.
      const [row] = await ctx.reads.run('claimWithAttributions', { id: args.id, statuses: visibleStatuses(false) });
      const claim = row ? toGraphNode(row.node) : null;
      if (!claim) return null;
      ctx.loaders.prime([claim]);
      ctx.loaders.primeAttributionsOfClaim(claim.id, toGraphNodes(row.items));
      return claim;
    },
    attribution: (_: unknown, args: { id: string }, ctx: Context) => loadOfKind(ctx, args.id, ['ATTRIBUTION']),
    event: (_: unknown, args: { id: string }, ctx: Context) => loadOfKind(ctx, args.id, ['EVENT']),
    claims: (_: unknown, args: { filter?: ClaimFilterInput | null; first?: number; after?: string | null }, ctx: Context) =>
      listClaims(ctx, args.filter ?? {}, args.first, args.after),
  },
};
