import { toGraphNodes } from '../../graph/records';
import { LIST_DEFAULT, listLimit } from '../limits/list-bound';
import type { Resolvers } from '../generated/resolvers-types';
import { stringList } from '../stored';

export const historyResolvers: Resolvers = {
  Change: {
    details: (c) => (typeof c.details === 'string' ? JSON.parse(c.details) : (c.details ?? null)),
    changedIds: (c) => stringList(c.changedIds),
  },
  Query: {
    history: async (_, args, ctx) => {
      const limit = listLimit(ctx, args.first, LIST_DEFAULT.history);
      return toGraphNodes((await ctx.reads.run('history', { id: args.id, limit })).map((r) => r.node));
    },
    historyCount: async (_, args, ctx) => Number((await ctx.reads.run('historyCount', { id: args.id }))[0]?.count ?? 0),
  },
};
