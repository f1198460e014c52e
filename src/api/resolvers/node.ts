import { typeNameOf } from '../../domain/kinds';
import type { GraphNode } from '../../graph/records';
import type { Context } from '../context';
import { badInput } from '../../domain/errors';
import type { ActorResolvers, Resolvers } from '../generated/resolvers-types';
import { optString } from '../stored';

type ActorTypeName = ReturnType<ActorResolvers['__resolveType']>;

const resolveType = (node: GraphNode) => typeNameOf(node.kind);

/** The common audit fields every node type exposes. */
export const auditFields = {
  createdBy: (n: GraphNode) => optString(n.createdBy),
  createdAt: (n: GraphNode) => optString(n.createdAt),
  updatedAt: (n: GraphNode) => optString(n.updatedAt ?? n.createdAt),
};

export const nodeResolvers: Resolvers = {
  Node: { __resolveType: resolveType },
  // Actor's parent is any GraphNode to the types; only persons and organisations reach it.
  Actor: { __resolveType: (node) => resolveType(node) as ActorTypeName },
  Query: {
    node: (_, args, ctx) => ctx.loaders.nodes.load(args.id),
    nodes: async (_, args, ctx) => {
      const max = ctx.config.maxPageSize;
      if (args.ids.length > max) throw badInput(`ids may name at most ${max} nodes (got ${args.ids.length})`, { field: 'ids' });
      return (await ctx.loaders.nodes.loadMany(args.ids)).map((n) => (n instanceof Error ? null : n));
    },
  },
};

/** Loads a node and returns it only if it is of one of the given kinds. */
export async function loadOfKind(ctx: Context, id: string, kinds: readonly string[]): Promise<GraphNode | null> {
  const node = await ctx.loaders.nodes.load(id);
  return node && kinds.includes(node.kind) ? node : null;
}

/** Loads a node a link names (a non-null field): a missing one is a broken invariant, reported as an internal error. */
export async function loadLinked(ctx: Context, id: unknown): Promise<GraphNode> {
  const node = await ctx.loaders.nodes.load(String(id));
  if (!node) throw new Error(`linked node ${String(id)} is missing`);
  return node;
}

/** Loads the nodes of a list, leaving out any that is missing. */
export async function loadAll(ctx: Context, ids: readonly string[]): Promise<GraphNode[]> {
  return (await ctx.loaders.nodes.loadMany(ids)).filter((n): n is GraphNode => n != null && !(n instanceof Error));
}
