import { Kind, type GraphQLResolveInfo, type SelectionSetNode } from 'graphql';
import { toGraphNode, toGraphNodes, visibleStatuses, type GraphNode } from '../../graph/records';
import type { Context } from '../context';
import { auditFields, loadAll, loadLinked, loadOfKind } from './node';
import { listClaims } from '../services/claim-listing';
import { LIST_DEFAULT, listLimit } from '../limits/list-bound';
import { pageSize } from '../paging/cursor';
import { pageAfter, pageWindow } from '../paging/list-pages';
import type { AttributionStatus, Resolvers } from '../generated/resolvers-types';
import { optNumber, optString, storedEnum, stringList } from '../stored';
import { CLAIM_STATUSES } from '../../domain/kinds';
import { defineQuery } from '../../graph/query';

/** A claim and its first attributions, for a claim(id) that asks for them: one round trip. */
const CLAIM_WITH_ATTRIBUTIONS = defineQuery<{ id: string; statuses: string[]; limit: number }, { node: unknown; items: unknown }>('claim/withAttributions', [
  'id',
  'statuses',
  'limit',
]);

/** The most VIA sources one attribution lists; attribution/_fields cuts its viaIds here. */
const VIA_CAP = 100;

const ATTRIBUTION_STATUSES: readonly AttributionStatus[] = ['ACTIVE', 'RETRACTED'];

type ListArgs = { first?: number | null; includeRetracted?: boolean | null };

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

export const claimResolvers: Resolvers = {
  Claim: {
    ...auditFields,
    status: (c) => storedEnum(CLAIM_STATUSES, c.status, 'ACTIVE'),
    statusReason: (c) => optString(c.statusReason),
    attributions: (c, args, ctx) =>
      ctx.loaders.attributionsOfClaim(c.id, args.includeRetracted ?? false, listLimit(ctx, args.first, LIST_DEFAULT.items)),
    // The longest list under a claim pages by keyset: each page reads only its own items.
    attributionsPage: async (c, args, ctx) => {
      const window = pageWindow(ctx, args.first, args.after);
      const fetched = await ctx.loaders.attributionsOfClaimAfter(c.id, args.includeRetracted ?? false, window.key ?? '', window.limit + 1);
      return pageAfter(fetched, window);
    },
    attributionCount: (c, args, ctx) => ctx.loaders.attributionCount(c.id, args.includeRetracted ?? false),
    counterclaims: related('CONTRADICTS', 'BOTH'),
    supportedBy: related('SUPPORTS', 'IN'),
    supports: related('SUPPORTS', 'OUT'),
    relations: async (c, args, ctx) =>
      (await ctx.loaders.relationsOfClaim(c.id, args.includeRetracted ?? false, listLimit(ctx, args.first, LIST_DEFAULT.items)))
        .flatMap((r) => (r.other ? [{ ...r, from: r.outgoing ? c : r.other, to: r.outgoing ? r.other : c }] : [])),
    about: (c, args, ctx) => ctx.loaders.aboutOfClaim(c.id, listLimit(ctx, args.first, LIST_DEFAULT.items)),
    supersededBy: async (c, _, ctx) => (await ctx.loaders.supersededBy(c.id))[0] ?? null,
  },
  Attribution: {
    createdBy: auditFields.createdBy,
    createdAt: auditFields.createdAt,
    start: (a) => optNumber(a.start),
    end: (a) => optNumber(a.end),
    prefix: (a) => optString(a.prefix),
    suffix: (a) => optString(a.suffix),
    saidAt: (a) => optString(a.saidAt),
    status: (a) => storedEnum(ATTRIBUTION_STATUSES, a.status, 'ACTIVE'),
    statusReason: (a) => optString(a.statusReason),
    speaker: (a, _, ctx) => loadLinked(ctx, a.speakerId),
    onBehalfOf: (a, _, ctx) => (a.onBehalfOfId ? ctx.loaders.nodes.load(String(a.onBehalfOfId)) : null),
    source: (a, _, ctx) => loadLinked(ctx, a.sourceId),
    // viaIds come with the attribution, cut at VIA_CAP by the query (attribution/_fields).
    via: (a, args, ctx) => {
      const limit = Math.min(pageSize(args.first, ctx.config.maxPageSize, LIST_DEFAULT.via), VIA_CAP);
      return loadAll(ctx, stringList(a.viaIds).slice(0, limit));
    },
    viaCount: (a) => Number(a.viaCount ?? 0),
    claim: (a, _, ctx) => loadLinked(ctx, a.claimId),
  },
  Event: {
    date: (e) => optString(e.date),
    place: (e) => optString(e.place),
    claims: (e, args, ctx) =>
      ctx.loaders.claimsOfEvent(e.id, args.includeRetracted ?? false, listLimit(ctx, args.first, LIST_DEFAULT.items)),
    claimCount: (e, args, ctx) => ctx.loaders.claimCountOfEvent(e.id, args.includeRetracted ?? false),
  },
  Query: {
    claim: async (_, args, ctx, info) => {
      if (!asksForAttributions(info)) return loadOfKind(ctx, args.id, ['CLAIM']);
      // Look ahead: the claim and its attributions in one round trip.
      const limit = LIST_DEFAULT.items;
      const [row] = await ctx.reads.run(CLAIM_WITH_ATTRIBUTIONS, { id: args.id, statuses: visibleStatuses(false), limit });
      const claim = row ? toGraphNode(row.node) : null;
      if (!claim) return null;
      ctx.loaders.prime([claim]);
      ctx.loaders.primeAttributionsOfClaim(claim.id, limit, toGraphNodes(row.items));
      return claim;
    },
    attribution: (_, args, ctx) => loadOfKind(ctx, args.id, ['ATTRIBUTION']),
    event: (_, args, ctx) => loadOfKind(ctx, args.id, ['EVENT']),
    claims: (_, args, ctx) => listClaims(ctx, args.filter ?? {}, args.first, args.after),
  },
};
