import { toGraphNodes } from '../../graph/records';
import { LIST_DEFAULT, listLimit } from '../limits/list-bound';
import type { Resolvers } from '../generated/resolvers-types';
import { stringList } from '../stored';
import { defineQuery } from '../../graph/query';

const HISTORY = defineQuery<{ id: string; limit: number }, { node: unknown }>('history/byNode', ['id', 'limit']);
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
    historyCount: async (_, args, ctx) => (await ctx.reads.run(HISTORY_COUNT, { id: args.id }))[0]?.count ?? 0,
  },
};
