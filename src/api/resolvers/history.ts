import { toGraphNodes } from '../../graph/records';
import { LIST_DEFAULT, listLimit } from '../limits/list-bound';
import type { Resolvers } from '../generated/resolvers-types';
import { stringList } from '../stored';
import { pageAfter, pageWindow } from '../paging/list-pages';
import { defineQuery } from '../../graph/query';

const HISTORY = defineQuery<{ id: string; limit: number }, { node: unknown }>('history/byNode', ['id', 'limit']);
const HISTORY_AFTER = defineQuery<{ id: string; after: string; limit: number }, { node: unknown }>('history/byNodeAfter', ['id', 'after', 'limit']);
const HISTORY_COUNT = defineQuery<{ id: string }, { count: number }>('history/countByNode', ['id']);

export const historyResolvers: Resolvers = {
  Change: {
    details: (c) => (typeof c.details === 'string' ? JSON.parse(c.details) : (c.details ?? null)),
    changedIds: (c) => stringList(c.changedIds),
  },
  Query: {
    history: async (_, args, ctx) => {
      const limit = listLimit(ctx, args.first, LIST_DEFAULT.history);
      return toGraphNodes((await ctx.reads.run(HISTORY, { id: args.id, limit })).map((r) => r.node));
    },
    // A history can run long: its page twin reads by keyset, each page only its own changes.
    historyPage: async (_, args, ctx) => {
      const window = pageWindow(ctx, args.first, args.after);
      const rows = await ctx.reads.run(HISTORY_AFTER, { id: args.id, after: window.key ?? '', limit: window.limit + 1 });
      return pageAfter(toGraphNodes(rows.map((r) => r.node)), window);
    },
    historyCount: async (_, args, ctx) => (await ctx.reads.run(HISTORY_COUNT, { id: args.id }))[0]?.count ?? 0,
  },
};
