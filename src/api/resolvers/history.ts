import { toGraphNodes, type GraphNode } from '../../graph/records';
import type { Context } from '../context';

export const historyResolvers = {
  Change: {
    details: (c: GraphNode) => (typeof c.details === 'string' ? JSON.parse(c.details) : (c.details ?? null)),
    changedIds: (c: GraphNode) => (c.changedIds as string[] | undefined) ?? [],
  },
  Query: {
    history: async (_: unknown, args: { id: string }, ctx: Context) => toGraphNodes((await ctx.reads.run('history', { id: args.id })).map((r) => r.node)),
  },
};
