import type { GraphNode } from '../../graph/records';
import { toGraphNodes } from '../../graph/records';
import type { Context } from '../context';
import { decodeCursor, encodeCursor, isIdCursor, pageSize, toConnection } from '../paging/cursor';
import { auditFields, loadOfKind } from './node';
import { LIST_DEFAULT, listLimit } from '../limits/list-bound';
import { SOURCE_KINDS } from '../../domain/kinds';
import type { Resolvers } from '../generated/resolvers-types';
import { optString, storedEnum } from '../stored';
import { defineQuery } from '../../graph/query';

const SOURCE_PAGE = defineQuery<{ after: string; limit: number }, { node: unknown }>('source/page', ['after', 'limit']);
const SOURCE_COUNT = defineQuery<Record<string, never>, { count: number }>('source/count', []);

/** The source's links, each list cut at this field's `first` in the query. */
const links = (s: GraphNode, first: number | null | undefined, ctx: Context) => ctx.loaders.sourceLinks(s.id, listLimit(ctx, first, LIST_DEFAULT.items));

const isTextCursor = (v: Record<string, unknown>): v is { s: number; id: string } => typeof v.s === 'number' && typeof v.id === 'string';

export const sourceResolvers: Resolvers = {
  Source: {
    ...auditFields,
    kind: (s) => storedEnum(SOURCE_KINDS, s.sourceKind, 'OTHER'),
    url: (s) => optString(s.url),
    publishedAt: (s) => optString(s.publishedAt),
    retrievedAt: (s) => optString(s.retrievedAt),
    language: (s) => optString(s.language),
    text: (s, _, ctx) => (s.textOmitted ? ctx.loaders.sourceText(s.id) : optString(s.text)),
    textSha256: (s) => optString(s.textSha256),
    publisher: async (s, _, ctx) => (await links(s, null, ctx)).publisher,
    authors: async (s, args, ctx) => (await links(s, args.first, ctx)).authors,
    cites: async (s, args, ctx) => (await links(s, args.first, ctx)).cites,
    citedBy: async (s, args, ctx) => (await links(s, args.first, ctx)).citedBy,
    mentions: (s, args, ctx) => ctx.loaders.mentionsInSource(s.id, listLimit(ctx, args.first, LIST_DEFAULT.mentions)),
    mentionCount: (s, _, ctx) => ctx.loaders.mentionCountInSource(s.id),
    attributions: async (s, args, ctx) => {
      const limit = pageSize(args.first, ctx.config.maxPageSize);
      const after = decodeCursor(args.after, isTextCursor);
      const includeRetracted = args.includeRetracted ?? false;
      const items =
        limit === 0
          ? []
          : await ctx.loaders.sourceAttributionsPage(s.id, { afterStart: after?.s ?? -2, afterId: after?.id ?? '', limit: limit + 1, includeRetracted });
      return toConnection(
        items,
        limit,
        (a) => encodeCursor({ s: typeof a.start === 'number' ? a.start : -1, id: a.id }),
        after !== null,
        () => ctx.loaders.sourceAttributionsCount(s.id, includeRetracted),
      );
    },
  },
  Query: {
    source: (_, args, ctx) => loadOfKind(ctx, args.id, ['SOURCE']),
    sources: async (_, args, ctx) => {
      const limit = pageSize(args.first, ctx.config.maxPageSize);
      const after = decodeCursor(args.after, isIdCursor);
      const rows = limit === 0 ? [] : await ctx.reads.run(SOURCE_PAGE, { after: after?.id ?? '', limit: limit + 1 });
      const nodes = toGraphNodes(rows.map((r) => r.node));
      ctx.loaders.prime(nodes);
      return toConnection(nodes, limit, (n) => encodeCursor({ id: n.id }), after !== null, async () =>
        (await ctx.reads.run(SOURCE_COUNT, {}))[0]?.count ?? 0,
      );
    },
  },
};
