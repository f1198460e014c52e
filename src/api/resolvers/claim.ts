import { Kind, type GraphQLResolveInfo, type SelectionSetNode } from 'graphql';
import { toGraphNode, toGraphNodes, visibleStatuses, type GraphNode } from '../../graph/records';
import type { Context } from '../context';
import { auditFields, loadOfKind } from './node';
import { listClaims, type ClaimFilterInput } from '../services/claim-listing';
import { LIST_DEFAULT, listLimit } from '../list-bound';
import { pageSize } from '../cursor';

/** The most VIA sources one attribution lists; attribution/_fields cuts its viaIds here. */
const VIA_CAP = 100;

type Flag = { includeRetracted?: boolean };
type ListArgs = Flag & { first?: number | null };

/** Whether the selection asks for a claim's default attributions (no arguments: active ones, default bound). */
function asksForAttributions(info: GraphQLResolveInfo): boolean {
  const visit = (set: SelectionSetNode | undefined): boolean =>
    (set?.selections ?? []).some((sel) =>
      sel.kind === Kind.FIELD
        ? sel.name.value === 'attributions' && (sel.arguments ?? []).length === 0
        : sel.kind === Kind.INLINE_FRAGMENT && visit(sel.selectionSet),
    );
  return info.fieldNodes.some((f) => visit(f.selectionSet));
}

const related = (kind: 'CONTRADICTS' | 'SUPPORTS', direction: 'OUT' | 'IN' | 'BOTH') => (c: GraphNode, args: ListArgs, ctx: Context) =>
  ctx.loaders.relatedClaims(c.id, { kind, direction, includeRetracted: args.includeRetracted ?? false, limit: listLimit(ctx, args.first, LIST_DEFAULT.items) });

export const claimResolvers = {
  Claim: {
    ...auditFields,
    statusReason: (c: GraphNode) => c.statusReason ?? null,
    attributions: (c: GraphNode, args: ListArgs, ctx: Context) =>
      ctx.loaders.attributionsOfClaim(c.id, args.includeRetracted ?? false, listLimit(ctx, args.first, LIST_DEFAULT.items)),
    attributionCount: (c: GraphNode, args: Flag, ctx: Context) => ctx.loaders.attributionCount(c.id, args.includeRetracted ?? false),
    counterclaims: related('CONTRADICTS', 'BOTH'),
    supportedBy: related('SUPPORTS', 'IN'),
    supports: related('SUPPORTS', 'OUT'),
    relations: async (c: GraphNode, args: ListArgs, ctx: Context) =>
      (await ctx.loaders.relationsOfClaim(c.id, args.includeRetracted ?? false, listLimit(ctx, args.first, LIST_DEFAULT.items)))
        .filter((r) => r.other)
        .map((r) => ({ ...r, from: r.outgoing ? c : r.other, to: r.outgoing ? r.other : c })),
    about: (c: GraphNode, args: ListArgs, ctx: Context) => ctx.loaders.aboutOfClaim(c.id, listLimit(ctx, args.first, LIST_DEFAULT.items)),
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
    // viaIds come with the attribution, cut at VIA_CAP by the query (attribution/_fields).
    via: async (a: GraphNode, args: ListArgs, ctx: Context) => {
      const limit = pageSize(args.first, Math.min(ctx.config.maxPageSize, VIA_CAP), LIST_DEFAULT.items);
      const ids = ((a.viaIds as string[] | undefined) ?? []).slice(0, limit);
      return (await ctx.loaders.nodes.loadMany(ids)).filter((n): n is GraphNode => n !== null && !(n instanceof Error));
    },
    viaCount: (a: GraphNode) => Number(a.viaCount ?? 0),
    claim: (a: GraphNode, _: unknown, ctx: Context) => ctx.loaders.nodes.load(String(a.claimId)),
  },
  Event: {
    date: (e: GraphNode) => e.date ?? null,
    place: (e: GraphNode) => e.place ?? null,
    claims: (e: GraphNode, args: ListArgs, ctx: Context) =>
      ctx.loaders.claimsOfEvent(e.id, args.includeRetracted ?? false, listLimit(ctx, args.first, LIST_DEFAULT.items)),
    claimCount: (e: GraphNode, args: Flag, ctx: Context) => ctx.loaders.claimCountOfEvent(e.id, args.includeRetracted ?? false),
  },
  Query: {
    claim: async (_: unknown, args: { id: string }, ctx: Context, info: GraphQLResolveInfo) => {
      if (!asksForAttributions(info)) return loadOfKind(ctx, args.id, ['CLAIM']);
      // Look ahead: the claim and its attributions in one round trip.
      const limit = LIST_DEFAULT.items;
      const [row] = await ctx.reads.run('claimWithAttributions', { id: args.id, statuses: visibleStatuses(false), limit });
      const claim = row ? toGraphNode(row.node) : null;
      if (!claim) return null;
      ctx.loaders.prime([claim]);
      ctx.loaders.primeAttributionsOfClaim(claim.id, limit, toGraphNodes(row.items));
      return claim;
    },
    attribution: (_: unknown, args: { id: string }, ctx: Context) => loadOfKind(ctx, args.id, ['ATTRIBUTION']),
    event: (_: unknown, args: { id: string }, ctx: Context) => loadOfKind(ctx, args.id, ['EVENT']),
    claims: (_: unknown, args: { filter?: ClaimFilterInput | null; first?: number; after?: string | null }, ctx: Context) =>
      listClaims(ctx, args.filter ?? {}, args.first, args.after),
  },
};
