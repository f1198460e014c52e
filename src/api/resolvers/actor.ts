import type { GraphNode } from '../../graph/records';
import type { Context } from '../context';
import { decodeCursor, encodeCursor, isIdCursor, pageSize, toConnection } from '../cursor';
import { labelOf, type NodeKind } from '../../domain/kinds';
import { badInput } from '../../domain/errors';
import { toGraphNodes } from '../../graph/records';
import { auditFields, loadOfKind } from './node';
import type { LinkRow } from '../loaders';
import { LIST_DEFAULT, listLimit } from '../list-bound';

interface PageArgs {
  first?: number;
  after?: string | null;
  includeRetracted?: boolean;
}

const actorFields = {
  ...auditFields,
  aliases: (a: GraphNode) => (a.aliases as string[] | undefined) ?? [],
  description: (a: GraphNode) => a.description ?? null,
  wikidataId: (a: GraphNode) => a.wikidataId ?? null,
  statements: async (a: GraphNode, args: PageArgs, ctx: Context) => {
    const limit = pageSize(args.first, ctx.config.maxPageSize);
    const after = decodeCursor(args.after, isIdCursor);
    const includeRetracted = args.includeRetracted ?? false;
    const items = limit === 0 ? [] : await ctx.loaders.statementsPage(a.id, { after: after?.id ?? '', limit: limit + 1, includeRetracted });
    return toConnection(items, limit, (n) => encodeCursor({ id: n.id }), after !== null, () => ctx.loaders.statementsCount(a.id, includeRetracted));
  },
  mentionedIn: (a: GraphNode, args: FirstArg, ctx: Context) => ctx.loaders.mentionsOfActor(a.id, listLimit(ctx, args.first, LIST_DEFAULT.mentions)),
  mentionCount: (a: GraphNode, _: unknown, ctx: Context) => ctx.loaders.mentionCountOfActor(a.id),
  mergedIds: async (a: GraphNode, _: unknown, ctx: Context) => (await links(a, {}, ctx)).mergedIds,
};

type FirstArg = { first?: number | null };

/** The actor's links, each list cut at this field's `first` in the query. */
const links = (a: GraphNode, args: FirstArg, ctx: Context) => ctx.loaders.actorLinks(a.id, listLimit(ctx, args.first, LIST_DEFAULT.items));

const positionOf = (r: LinkRow) => ({ ...r, from: r.from ?? null, to: r.to ?? null });

export const actorResolvers = {
  Person: {
    ...actorFields,
    positions: async (p: GraphNode, args: FirstArg, ctx: Context) => (await links(p, args, ctx)).positions.map(positionOf),
  },
  Organisation: {
    ...actorFields,
    acronym: (o: GraphNode) => o.acronym ?? null,
    kind: (o: GraphNode) => o.orgKind ?? 'OTHER',
    country: (o: GraphNode) => o.country ?? null,
    memberships: async (o: GraphNode, args: FirstArg, ctx: Context) => (await links(o, args, ctx)).memberships.map(positionOf),
    members: async (o: GraphNode, args: FirstArg, ctx: Context) => (await links(o, args, ctx)).members.map(positionOf),
    positionHolders: async (o: GraphNode, args: FirstArg, ctx: Context) => (await links(o, args, ctx)).positionHolders.map(positionOf),
    published: async (o: GraphNode, args: FirstArg, ctx: Context) => (await links(o, args, ctx)).published,
    publishedCount: async (o: GraphNode, _: unknown, ctx: Context) => (await links(o, {}, ctx)).publishedCount,
  },
  Mention: {
    actor: (m: { actorId: string }, _: unknown, ctx: Context) => ctx.loaders.nodes.load(m.actorId),
    source: (m: { sourceId: string }, _: unknown, ctx: Context) => ctx.loaders.nodes.load(m.sourceId),
  },
  Query: {
    actor: (_: unknown, args: { id: string }, ctx: Context) => loadOfKind(ctx, args.id, ['PERSON', 'ORGANISATION']),
    actors: async (_: unknown, args: { kind?: NodeKind | null; first?: number; after?: string | null }, ctx: Context) => {
      if (args.kind && args.kind !== 'PERSON' && args.kind !== 'ORGANISATION') {
        throw badInput(`kind must be PERSON or ORGANISATION for actors (got ${args.kind})`, { field: 'kind' });
      }
      const label = args.kind ? labelOf(args.kind) : null;
      const limit = pageSize(args.first, ctx.config.maxPageSize);
      const after = decodeCursor(args.after, isIdCursor);
      const rows = limit === 0 ? [] : await ctx.reads.run('actorPage', { after: after?.id ?? '', limit: limit + 1, label });
      const nodes = toGraphNodes(rows.map((r) => r.node));
      ctx.loaders.prime(nodes);
      return toConnection(nodes, limit, (n) => encodeCursor({ id: n.id }), after !== null, async () =>
        Number((await ctx.reads.run('actorCount', { label }))[0]?.count ?? 0),
      );
    },
  },
  ActorConnection: { totalCount: (c: { totalCount: () => Promise<number> }) => c.totalCount() },
};
