import type { GraphNode } from '../../graph/records';
import { toGraphNodes } from '../../graph/records';
import type { Context } from '../context';
import { decodeCursor, encodeCursor, isIdCursor, pageSize, toConnection } from '../cursor';
import { auditFields, loadOfKind } from './node';
import { LIST_DEFAULT, listLimit } from '../list-bound';

type FirstArg = { first?: number | null };

/** The source's links, each list cut at this field's `first` in the query. */
const links = (s: GraphNode, args: FirstArg, ctx: Context) => ctx.loaders.sourceLinks(s.id, listLimit(ctx, args.first, LIST_DEFAULT.items));

const isTextCursor = (v: Record<string, unknown>): v is { s: number; id: string } => typeof v.s === 'number' && typeof v.id === 'string';

export const sourceResolvers = {
  Source: {
    ...auditFields,
    kind: (s: GraphNode) => s.sourceKind ?? 'OTHER',
    url: (s: GraphNode) => s.url ?? null,
    publishedAt: (s: GraphNode) => s.publishedAt ?? null,
    retrievedAt: (s: GraphNode) => s.retrievedAt ?? null,
    language: (s: GraphNode) => s.language ?? null,
    text: (s: GraphNode, _: unknown, ctx: Context) => (s.textOmitted ? ctx.loaders.sourceText(s.id) : (s.text ?? null)),
    textSha256: (s: GraphNode) => s.textSha256 ?? null,
    publisher: async (s: GraphNode, _: unknown, ctx: Context) => (await links(s, {}, ctx)).publisher,
    authors: async (s: GraphNode, args: FirstArg, ctx: Context) => (await links(s, args, ctx)).authors,
    cites: async (s: GraphNode, args: FirstArg, ctx: Context) => (await links(s, args, ctx)).cites,
    citedBy: async (s: GraphNode, args: FirstArg, ctx: Context) => (await links(s, args, ctx)).citedBy,
    mentions: (s: GraphNode, args: FirstArg, ctx: Context) => ctx.loaders.mentionsInSource(s.id, listLimit(ctx, args.first, LIST_DEFAULT.mentions)),
    mentionCount: (s: GraphNode, _: unknown, ctx: Context) => ctx.loaders.mentionCountInSource(s.id),
    attributions: async (s: GraphNode, args: { first?: number; after?: string | null; includeRetracted?: boolean }, ctx: Context) => {
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
    source: (_: unknown, args: { id: string }, ctx: Context) => loadOfKind(ctx, args.id, ['SOURCE']),
    sources: async (_: unknown, args: { first?: number; after?: string | null }, ctx: Context) => {
      const limit = pageSize(args.first, ctx.config.maxPageSize);
      const after = decodeCursor(args.after, isIdCursor);
      const rows = limit === 0 ? [] : await ctx.reads.run('sourcePage', { after: after?.id ?? '', limit: limit + 1 });
      const nodes = toGraphNodes(rows.map((r) => r.node));
      ctx.loaders.prime(nodes);
      return toConnection(nodes, limit, (n) => encodeCursor({ id: n.id }), after !== null, async () =>
        Number((await ctx.reads.run('sourceCount', {}))[0]?.count ?? 0),
      );
    },
  },
};
