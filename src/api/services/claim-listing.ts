import { badInput } from '../../domain/errors';
import { parsePartialDate } from '../../domain/partial-date';
import { toLuceneQuery } from '../../domain/search-query';
import { toGraphNodes, visibleStatuses } from '../../graph/records';
import { defineQuery } from '../../graph/query';
import type { Context } from '../context';
import type { ClaimFilter } from '../generated/resolvers-types';
import { decodeCursor, encodeCursor, isIdCursor, pageSize, toConnection } from '../paging/cursor';

/** Which index the listing starts from: the most selective filter given. */
function anchorOf(f: ClaimFilter): Anchor {
  if (f.text) return 'Text';
  if (f.sourceId) return 'Source';
  if (f.speakerId) return 'Speaker';
  if (f.aboutId) return 'About';
  return 'All';
}

type Anchor = 'Text' | 'Source' | 'Speaker' | 'About' | 'All';
type Filters = {
  speakerId: string | null;
  aboutId: string | null;
  sourceId: string | null;
  lucene: string | null;
  saidFrom: string | null;
  saidTo: string | null;
  statuses: string[];
  attributionStatuses: string[];
  after: string;
};
const SHARED = ['after', 'statuses', 'speakerId', 'attributionStatuses', 'sourceId', 'aboutId', 'saidFrom', 'saidTo'] as const;
/** Every anchor's statement takes the filters; only the text anchor takes $lucene. */
const filtersOf = (anchor: Anchor) => (anchor === 'Text' ? [...SHARED, 'lucene' as const] : [...SHARED]);
const page = (a: Anchor) => defineQuery<Filters & { limit: number }, { node: unknown }>(`claim/page${a}`, [...filtersOf(a), 'limit']);
const count = (a: Anchor) => defineQuery<Filters, { count: number }>(`claim/count${a}`, filtersOf(a));
const PAGES = { Text: page('Text'), Source: page('Source'), Speaker: page('Speaker'), About: page('About'), All: page('All') };
const COUNTS = { Text: count('Text'), Source: count('Source'), Speaker: count('Speaker'), About: count('About'), All: count('All') };

/** Longest filter.text accepted, as search caps its query. */
const MAX_TEXT = 500;

/** Claims in id order with keyset cursors, so inserts between pages never shift a page. */
export async function listClaims(ctx: Context, filter: ClaimFilter, first: number | undefined, afterCursor: string | null | undefined) {
  const limit = pageSize(first, ctx.config.maxPageSize);
  if (filter.text && filter.text.length > MAX_TEXT) {
    throw badInput(`filter.text must be at most ${MAX_TEXT} characters (got ${filter.text.length})`, { field: 'filter.text' });
  }
  const after = decodeCursor(afterCursor, isIdCursor);
  const statuses = filter.status ? [filter.status] : visibleStatuses(filter.includeRetracted);
  const params = {
    speakerId: filter.speakerId ?? null,
    aboutId: filter.aboutId ?? null,
    sourceId: filter.sourceId ?? null,
    lucene: filter.text ? toLuceneQuery(filter.text) : null,
    saidFrom: filter.saidFrom ? parsePartialDate(filter.saidFrom, 'filter.saidFrom').from : null,
    saidTo: filter.saidTo ? parsePartialDate(filter.saidTo, 'filter.saidTo').to : null,
    statuses,
    attributionStatuses: visibleStatuses(filter.includeRetracted || filter.status === 'RETRACTED'),
  };
  const anchor = anchorOf(filter);
  const totalCount = async () => {
    if (anchor === 'Text' && params.lucene === null) return 0;
    const rows = await ctx.reads.run(COUNTS[anchor], { ...params, after: '' });
    return rows[0]?.count ?? 0;
  };
  if (limit === 0 || (anchor === 'Text' && params.lucene === null)) return toConnection([], limit, () => '', after !== null, totalCount);
  const rows = await ctx.reads.run(PAGES[anchor], { ...params, after: after?.id ?? '', limit: limit + 1 });
  const nodes = toGraphNodes(rows.map((r) => r.node));
  ctx.loaders.prime(nodes);
  return toConnection(nodes, limit, (n) => encodeCursor({ id: n.id }), after !== null, totalCount);
}
