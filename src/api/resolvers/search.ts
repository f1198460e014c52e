import { toLuceneQuery } from '../../domain/search-query';
import { badInput } from '../../domain/errors';
import { NODE_KINDS } from '../../domain/kinds';
import { toGraphNode, visibleStatuses, type GraphNode } from '../../graph/records';
import { pageSize } from '../paging/cursor';
import type { Resolvers } from '../generated/resolvers-types';
import { checkAnchor, decodeSearchCursor, encodeSearchCursor, searchKey } from '../paging/search-cursor';
import { defineQuery } from '../../graph/query';
import type { ReadRepository } from '../../graph/repositories/ReadRepository';

const BOUNDED = defineQuery<
  { lucene: string; kinds: string[]; statuses: string[]; skip: number; limit: number; window: number; probe: number; deepProbe: number; quotes: number },
  { exact: boolean; page: { node: unknown; score: number; matchedOn: string }[] }
>('search/bounded', ['lucene', 'kinds', 'statuses', 'skip', 'limit', 'window', 'probe', 'deepProbe', 'quotes']);

const SEARCH = defineQuery<{ lucene: string; kinds: string[]; statuses: string[]; skip: number; limit: number }, { node: unknown; score: number; matchedOn: string }>(
  'search/all',
  ['lucene', 'kinds', 'statuses', 'skip', 'limit'],
);

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

type SearchParams = { lucene: string; kinds: string[]; statuses: string[]; skip: number; limit: number };

/**
 * Several quotes of one claim count once, so the quote index reads more first hits than the
 * others to hold a window of distinct claims (the synthetic graph's popular claims have many).
 */
const QUOTES_PER_NODE = 2;
/**
 * How much deeper an index reads when its first hits cannot prove the page: single words tie
 * in long runs (BM25 then depends on the field's length alone), and the order among equal
 * scores is by id, so the whole run of equal scores at the window's edge must be read.
 */
const DEEP = 20;

/**
 * The page of search/all, cheaply when it can be proven: search/bounded reads each index's
 * first hits only and says whether that decides the page; only when it does not (filters
 * removed too many, or ties at the edge of the window) is the exact statement run.
 */
export async function rankedHits(reads: Pick<ReadRepository, 'run'>, p: SearchParams): Promise<{ node: unknown; score: number; matchedOn: string }[]> {
  const window = p.skip + p.limit;
  const [bounded] = await reads.run(BOUNDED, { ...p, window, probe: window + 1, deepProbe: DEEP * window + 1, quotes: QUOTES_PER_NODE });
  if (bounded?.exact) return bounded.page;
  return reads.run(SEARCH, p);
}

export const searchResolvers: Resolvers = {
  Query: {
    search: async (_, args, ctx) => {
      const limit = pageSize(args.first, ctx.config.maxPageSize);
      if (args.query.length > 500) throw badInput('query must be at most 500 characters', { field: 'query' });
      const lucene = toLuceneQuery(args.query);
      const kinds: string[] = [...new Set(args.kinds?.length ? args.kinds : NODE_KINDS)];
      // Hidden items change the ranking, so a cursor belongs to one choice of includeRetracted too.
      const key = searchKey(lucene ?? '', args.includeRetracted ? [...kinds, '+RETRACTED'] : kinds);
      const after = decodeSearchCursor(args.after, key);
      const offset = after?.o ?? 0;
      if (offset > MAX_SEARCH_OFFSET) throw badInput(`search pages end after ${MAX_SEARCH_OFFSET} hits; refine the query`, { field: 'after' });
      const empty = { edges: [], pageInfo: { hasNextPage: false, hasPreviousPage: offset > 0, startCursor: null, endCursor: null } };
      if (lucene === null || limit === 0) return empty;
      // After a cursor, read from the hit it ended on too, to check nothing moved.
      const skip = after ? offset - 1 : 0;
      const rows = await rankedHits(ctx.reads, { lucene, kinds, statuses: visibleStatuses(args.includeRetracted), skip, limit: limit + 1 + (after ? 1 : 0) });
      const hits = rows
        .map((r) => ({ node: toGraphNode(r.node), score: r.score, field: r.matchedOn }))
        .filter((h): h is { node: GraphNode; score: number; field: string } => h.node !== null);
      if (after) {
        const anchor = hits.shift();
        checkAnchor(after, anchor && { id: anchor.node.id, score: anchor.score });
      }
      ctx.loaders.prime(hits.map((h) => h.node).filter((n) => n.kind !== 'ATTRIBUTION'));
      const page = hits.slice(0, limit);
      const edges = page.map((h, i) => ({
        cursor: encodeSearchCursor({ o: offset + i + 1, id: h.node.id, s: h.score, q: key }),
        score: h.score,
        node: h.node,
        matchedOn: matchedOn(h.node, h.field, args.query),
      }));
      return {
        edges,
        pageInfo: { hasNextPage: hits.length > limit, hasPreviousPage: offset > 0, startCursor: edges[0]?.cursor ?? null, endCursor: edges.at(-1)?.cursor ?? null },
      };
    },
  },
};
