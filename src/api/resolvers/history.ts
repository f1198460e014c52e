import { toGraphNodes, type GraphNode } from '../../graph/records';
import type { Context } from '../context';
import { LIST_DEFAULT, listLimit } from '../list-bound';

export const historyResolvers = {
  Change: {
    details: (c: GraphNode) => (typeof c.details === 'string' ? JSON.parse(c.details) : (c.details ?? null)),
    changedIds: (c: GraphNode) => (c.changedIds as string[] | undefined) ?? [],
  },
  Query: {
    history: async (_: unknown, args: { id: string; first?: number | null }, ctx: Context) => {
      const limit = listLimit(ctx, args.first, LIST_DEFAULT.history);
      return toGraphNodes((await ctx.reads.run('history', { id: args.id, limit })).map((r) => r.node));
    },
    historyCount: async (_: unknown, args: { id: string }, ctx: Context) => Number((await ctx.reads.run('historyCount', { id: args.id }))[0]?.count ?? 0),
  },
};
