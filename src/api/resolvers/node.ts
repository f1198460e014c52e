import { typeNameOf } from '../../domain/kinds';
import type { GraphNode } from '../../graph/records';
import type { Context } from '../context';
import { badInput } from '../../domain/errors';

const resolveType = (node: GraphNode) => typeNameOf(node.kind);

/** The common audit fields every node type exposes. */
export const auditFields = {
  createdBy: (n: GraphNode) => n.createdBy ?? null,
  createdAt: (n: GraphNode) => n.createdAt ?? null,
  updatedAt: (n: GraphNode) => n.updatedAt ?? n.createdAt ?? null,
};

export const nodeResolvers = {
  Node: { __resolveType: resolveType },
  Actor: { __resolveType: resolveType },
  Query: {
    node: (_: unknown, args: { id: string }, ctx: Context) => ctx.loaders.nodes.load(args.id),
    nodes: (_: unknown, args: { ids: string[] }, ctx: Context) => {
      const max = ctx.config.maxPageSize;
      if (args.ids.length > max) throw badInput(`ids may name at most ${max} nodes (got ${args.ids.length})`, { field: 'ids' });
      return ctx.loaders.nodes.loadMany(args.ids).then((r) => r.map((n) => (n instanceof Error ? null : n)));
    },
  },
};

/** Loads a node and returns it only if it is of one of the given kinds. */
export async function loadOfKind(ctx: Context, id: string, kinds: readonly string[]): Promise<GraphNode | null> {
  const node = await ctx.loaders.nodes.load(id);
  return node && kinds.includes(node.kind) ? node : null;
}
