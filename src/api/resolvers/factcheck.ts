import { parsePartialDate } from '../../domain/partial-date';
import { toGraphNode, toGraphNodes, visibleStatuses, type GraphNode } from '../../graph/records';
import type { Context } from '../context';
import type { GraphQLResolveInfo } from 'graphql';
import { LIST_DEFAULT, largestFirst, listLimit } from '../list-bound';
import { decodeCursor, encodeCursor, isIdCursor, pageSize, toConnection } from '../cursor';

const loadAll = async (ctx: Context, ids: string[]) =>
  (await ctx.loaders.nodes.loadMany(ids)).filter((n): n is GraphNode => n !== null && !(n instanceof Error));

/** Longest chain first, then by its origin, so the fullest account of a reporting chain leads. */
const byLength = (a: string[], b: string[]) => b.length - a.length || a.join().localeCompare(b.join());

export const factcheckResolvers = {
  Query: {
    provenance: async (_: unknown, args: { claimId: string; includeRetracted?: boolean }, ctx: Context, info: GraphQLResolveInfo) => {
      const limit = largestFirst(ctx, info, 'Provenance', 'entries');
      const [row] = await ctx.reads.run('provenance', { claimId: args.claimId, statuses: visibleStatuses(args.includeRetracted), limit });
      const claim = row ? toGraphNode(row.claim) : null;
      if (!claim) return null;
      const sources = toGraphNodes(row.sources);
      ctx.loaders.prime([claim, ...sources]);
      const entries = (row.entries as { sourceId: string; chains: string[][]; attribution: unknown }[]).map((e) => {
        const attribution = toGraphNode(e.attribution)!;
        ctx.loaders.prime([attribution]);
        const chains = e.chains.slice().sort(byLength);
        return {
          attribution,
          source: () => ctx.loaders.nodes.load(e.sourceId),
          chains: () => Promise.all(chains.map((chain) => loadAll(ctx, chain))),
          origins: () => loadAll(ctx, [...new Set(chains.map((c) => c[c.length - 1]))]),
        };
      });
      return {
        claim,
        entryCount: Number(row.entryCount ?? 0),
        // The query cut the entries at the largest `first` asked; each selection takes its own.
        entries: (a: { first?: number | null }) => entries.slice(0, listLimit(ctx, a.first, LIST_DEFAULT.items)),
      };
    },
    disputes: async (_: unknown, args: { aboutId?: string | null; first?: number; after?: string | null; includeRetracted?: boolean }, ctx: Context) => {
      const limit = pageSize(args.first, ctx.config.maxPageSize);
      const after = decodeCursor(args.after, isIdCursor);
      const includeRetracted = args.includeRetracted ?? false;
      const params = { aboutId: args.aboutId ?? null, after: after?.id ?? '', limit: limit + 1, statuses: visibleStatuses(includeRetracted) };
      const rows = limit === 0 ? [] : await ctx.reads.run(args.aboutId ? 'disputesAbout' : 'disputesAll', params);
      const disputes = rows.map((r) => {
        const claim = toGraphNode(r.claim)!;
        const counterclaim = toGraphNode(r.counterclaim)!;
        ctx.loaders.prime([claim, counterclaim]);
        return {
          id: String(r.id),
          basis: String(r.basis ?? ''),
          claim,
          counterclaim,
          claimAttributions: (a: { first?: number | null }) =>
            ctx.loaders.attributionsOfClaim(claim.id, includeRetracted, listLimit(ctx, a.first, LIST_DEFAULT.items)),
          counterclaimAttributions: (a: { first?: number | null }) =>
            ctx.loaders.attributionsOfClaim(counterclaim.id, includeRetracted, listLimit(ctx, a.first, LIST_DEFAULT.items)),
        };
      });
      return toConnection(disputes, limit, (d) => encodeCursor({ id: d.id }), after !== null);
    },
    timeline: async (
      _: unknown,
      args: { aboutId: string; from?: string | null; to?: string | null; first?: number; includeRetracted?: boolean },
      ctx: Context,
    ) => {
      const limit = pageSize(args.first ?? 100, ctx.config.maxPageSize);
      const rows = await ctx.reads.run('timeline', {
        aboutId: args.aboutId,
        from: args.from ? parsePartialDate(args.from, 'from').from : null,
        to: args.to ? parsePartialDate(args.to, 'to').to : null,
        statuses: visibleStatuses(args.includeRetracted),
        limit,
      });
      const nodes = await loadAll(ctx, rows.map((r) => String(r.id)));
      const byId = new Map(nodes.map((n) => [n.id, n]));
      return rows
        .filter((r) => byId.has(String(r.id)))
        .map((r) => {
          const node = byId.get(String(r.id))!;
          return { date: r.date, kind: r.kind, node, label: labelOf(node) };
        });
    },
  },
};

function labelOf(n: GraphNode): string {
  switch (n.kind) {
    case 'EVENT':
      return String(n.name);
    case 'SOURCE':
      return `Published: ${String(n.title)}`;
    case 'ATTRIBUTION':
      return `“${String(n.quote)}”`;
    default:
      return String(n.name ?? n.title ?? n.text ?? n.id);
  }
}
