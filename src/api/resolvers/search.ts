import { toLuceneQuery } from '../../domain/search-query';
import { badInput } from '../../domain/errors';
import { NODE_KINDS, type NodeKind } from '../../domain/kinds';
import { toGraphNode, visibleStatuses, type GraphNode } from '../../graph/records';
import type { Context } from '../context';
import { decodeCursor, encodeCursor, pageSize } from '../cursor';

const isOffsetCursor = (v: Record<string, unknown>): v is { o: number } => Number.isInteger(v.o) && (v.o as number) >= 0;

/** The deepest a search may page: ranked lists are read by offset, so bound it. */
const MAX_SEARCH_OFFSET = 1000;

const words = (q: string) => (q.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []).filter((w) => !['and', 'or', 'not'].includes(w));

/** Names which field matched, for the UI: name, alias or mention for actors; title or text for sources. */
function matchedOn(node: GraphNode, indexField: string, query: string): string {
  const ws = words(query);
  const has = (s: unknown) => typeof s === 'string' && ws.some((w) => s.toLowerCase().includes(w));
  if (node.kind === 'PERSON' || node.kind === 'ORGANISATION') {
    if (has(node.name)) return 'name';
    if (((node.aliases as string[] | undefined) ?? []).some(has) || has(node.acronym)) return 'alias';
    return 'mention';
  }
  if (node.kind === 'SOURCE') return has(node.title) ? 'title' : 'text';
  return indexField;
}

export const searchResolvers = {
  Query: {
    search: async (_: unknown, args: { query: string; kinds?: NodeKind[] | null; first?: number; after?: string | null }, ctx: Context) => {
      const limit = pageSize(args.first, ctx.config.maxPageSize);
      const after = decodeCursor(args.after, isOffsetCursor);
      const skip = after ? after.o : 0;
      if (skip > MAX_SEARCH_OFFSET) throw badInput(`search pages end after ${MAX_SEARCH_OFFSET} hits; refine the query`, { field: 'after' });
      if (args.query.length > 500) throw badInput('query must be at most 500 characters', { field: 'query' });
      const lucene = toLuceneQuery(args.query);
      const empty = { edges: [], pageInfo: { hasNextPage: false, hasPreviousPage: skip > 0, startCursor: null, endCursor: null } };
      if (lucene === null || limit === 0) return empty;
      const kinds: string[] = [...(args.kinds?.length ? args.kinds : NODE_KINDS)];
      if (kinds.includes('PERSON') || kinds.includes('ORGANISATION')) kinds.push('ACTOR');
      const rows = await ctx.reads.run('search', { lucene, kinds, statuses: visibleStatuses(false), skip, limit: limit + 1 });
      const hits = rows
        .map((r) => ({ node: toGraphNode(r.node), score: Number(r.score), field: String(r.matchedOn) }))
        .filter((h): h is { node: GraphNode; score: number; field: string } => h.node !== null);
      ctx.loaders.prime(hits.map((h) => h.node).filter((n) => n.kind !== 'ATTRIBUTION'));
      const page = hits.slice(0, limit);
      const edges = page.map((h, i) => ({ cursor: encodeCursor({ o: skip + i + 1 }), score: h.score, node: h.node, matchedOn: matchedOn(h.node, h.field, args.query) }));
      return {
        edges,
        pageInfo: { hasNextPage: hits.length > limit, hasPreviousPage: skip > 0, startCursor: edges[0]?.cursor ?? null, endCursor: edges.at(-1)?.cursor ?? null },
      };
    },
  },
};
