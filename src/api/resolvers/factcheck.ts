import { parsePartialDate } from '../../domain/partial-date';
import type { AnyKind } from '../../domain/kinds';
import { toGraphNode, toGraphNodes, visibleStatuses, type GraphNode } from '../../graph/records';
import { LIST_DEFAULT, largestFirst, listLimit } from '../limits/list-bound';
import { pageWindow } from '../paging/list-pages';
import { decodeCursor, encodeCursor, isIdCursor, pageSize, toConnection } from '../paging/cursor';
import type { Resolvers, TimelineEntryKind } from '../generated/resolvers-types';
import type { ProvenanceEntryParent } from '../parents';
import { loadAll, loadLinked } from './node';
import { defineQuery } from '../../graph/query';
import { PROVENANCE } from '../../graph/repositories/provenance-query';

type DisputePage = { aboutId: string | null; after: string; limit: number; statuses: string[] };
type DisputeRow = { id: string; basis: string | null; claim: unknown; counterclaim: unknown };
const DISPUTES_ALL = defineQuery<Omit<DisputePage, 'aboutId'>, DisputeRow>('factcheck/disputesAll', ['after', 'limit', 'statuses']);
const DISPUTES_ABOUT = defineQuery<DisputePage, DisputeRow>('factcheck/disputesAbout', ['aboutId', 'after', 'limit', 'statuses']);
const TIMELINE = defineQuery<
  { aboutId: string | null | undefined; from: string | null; to: string | null; statuses: string[]; limit: number },
  { kind: string; id: string; date: string }
>('factcheck/timeline', ['aboutId', 'from', 'to', 'statuses', 'limit']);

/** Longest chain first, then by its origin, so the fullest account of a reporting chain leads. */
const byLength = (a: string[], b: string[]) => b.length - a.length || a.join().localeCompare(b.join());

export const factcheckResolvers: Resolvers = {
  Query: {
    provenance: async (_, args, ctx, info) => {
      // entriesPage reads its window from the same fetch: as many entries as its cursor and page need.
      const window = (a: Record<string, unknown>) => pageWindow(ctx, a.first as number | null, a.after as string | null).fetch;
      const limit = Math.max(largestFirst(ctx, info, 'Provenance', 'entries'), largestFirst(ctx, info, 'Provenance', 'entriesPage', window, 0));
      const [row] = await ctx.reads.run(PROVENANCE, { claimId: args.claimId, statuses: visibleStatuses(args.includeRetracted), limit });
      const claim = row ? toGraphNode(row.claim) : null;
      if (!claim) return null;
      const sources = toGraphNodes(row.sources);
      ctx.loaders.prime([claim, ...sources]);
      // The statement returned every source of every chain: the entries are shaped here, once,
      // instead of by a loader call per source per chain.
      const byId = new Map(sources.map((n) => [n.id, n]));
      const nodesOf = async (ids: readonly string[]) => (ids.every((id) => byId.has(id)) ? ids.map((id) => byId.get(id)!) : loadAll(ctx, ids));
      const entries = await Promise.all(
        row.entries.map(async (e): Promise<ProvenanceEntryParent> => {
          const attribution = toGraphNode(e.attribution)!;
          ctx.loaders.prime([attribution]);
          const chains = e.chains.slice().sort(byLength);
          return {
            attribution,
            source: byId.get(e.sourceId) ?? (await loadLinked(ctx, e.sourceId)),
            chains: await Promise.all(chains.map(nodesOf)),
            origins: await nodesOf([...new Set(chains.map((c) => c[c.length - 1]))]),
          };
        }),
      );
      return { claim, entryCount: row.entryCount ?? 0, entries };
    },
    disputes: async (_, args, ctx) => {
      const limit = pageSize(args.first, ctx.config.maxPageSize);
      const after = decodeCursor(args.after, isIdCursor);
      const includeRetracted = args.includeRetracted ?? false;
      const params = { aboutId: args.aboutId ?? null, after: after?.id ?? '', limit: limit + 1, statuses: visibleStatuses(includeRetracted) };
      const rows = limit === 0 ? [] : await (args.aboutId ? ctx.reads.run(DISPUTES_ABOUT, params) : ctx.reads.run(DISPUTES_ALL, params));
      const disputes = rows.map((r) => {
        const claim = toGraphNode(r.claim)!;
        const counterclaim = toGraphNode(r.counterclaim)!;
        ctx.loaders.prime([claim, counterclaim]);
        return { id: r.id, basis: r.basis ?? '', claim, counterclaim, includeRetracted };
      });
      return toConnection(disputes, limit, (d) => encodeCursor({ id: d.id }), after !== null);
    },
    timeline: async (_, args, ctx) => {
      const limit = pageSize(args.first ?? 100, ctx.config.maxPageSize);
      const rows = await ctx.reads.run(TIMELINE, {
        aboutId: args.aboutId,
        from: args.from ? parsePartialDate(args.from, 'from').from : null,
        to: args.to ? parsePartialDate(args.to, 'to').to : null,
        statuses: visibleStatuses(args.includeRetracted),
        limit,
      });
      const nodes = await loadAll(ctx, rows.map((r) => r.id));
      const byId = new Map(nodes.map((n) => [n.id, n]));
      return rows.flatMap((r) => {
        const node = byId.get(r.id);
        const kind = node && timelineKind(node.kind);
        return node && kind ? [{ date: r.date, kind, node, label: labelOf(node) }] : [];
      });
    },
  },
  Provenance: {
    // The query cut the entries at the largest `first` asked; each selection takes its own.
    entries: (p, args, ctx) => p.entries.slice(0, listLimit(ctx, args.first, LIST_DEFAULT.items)),
  },
  Dispute: {
    claimAttributions: (d, args, ctx) => ctx.loaders.attributionsOfClaim(d.claim.id, d.includeRetracted, listLimit(ctx, args.first, LIST_DEFAULT.items)),
    counterclaimAttributions: (d, args, ctx) =>
      ctx.loaders.attributionsOfClaim(d.counterclaim.id, d.includeRetracted, listLimit(ctx, args.first, LIST_DEFAULT.items)),
  },
};

/** The timeline query dates events, attributions and sources; a row of a node of another kind is left out. */
function timelineKind(kind: AnyKind): TimelineEntryKind | null {
  return kind === 'EVENT' || kind === 'ATTRIBUTION' || kind === 'SOURCE' ? kind : null;
}

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
