import type { GraphNode } from '../../graph/records';
import type { Context } from '../context';
import { decodeCursor, encodeCursor, isIdCursor, pageSize, toConnection } from '../paging/cursor';
import { labelOf, ORGANISATION_KINDS } from '../../domain/kinds';
import { toGraphNodes } from '../../graph/records';
import { auditFields, loadLinked, loadOfKind } from './node';
import type { LinkRow } from '../loaders';
import { LIST_DEFAULT, listLimit } from '../limits/list-bound';
import type { OrganisationResolvers, PersonResolvers, Resolvers } from '../generated/resolvers-types';
import { optString, storedEnum, stringList } from '../stored';
import { defineQuery } from '../../graph/query';

const ACTOR_PAGE = defineQuery<{ after: string; limit: number; label: string | null }, { node: unknown }>('actor/page', ['after', 'limit', 'label']);
const ACTOR_COUNT = defineQuery<{ label: string | null }, { count: number }>('actor/count', ['label']);

/** The fields Person and Organisation share (Actor). */
const actorFields = {
  ...auditFields,
  aliases: (a: GraphNode) => stringList(a.aliases),
  description: (a: GraphNode) => optString(a.description),
  wikidataId: (a: GraphNode) => optString(a.wikidataId),
  statements: (async (a, args, ctx) => {
    const limit = pageSize(args.first, ctx.config.maxPageSize);
    const after = decodeCursor(args.after, isIdCursor);
    const includeRetracted = args.includeRetracted ?? false;
    const items = limit === 0 ? [] : await ctx.loaders.statementsPage(a.id, { after: after?.id ?? '', limit: limit + 1, includeRetracted });
    return toConnection(items, limit, (n) => encodeCursor({ id: n.id }), after !== null, () => ctx.loaders.statementsCount(a.id, includeRetracted));
  }) satisfies PersonResolvers['statements'],
  mentionedIn: ((a, args, ctx) => ctx.loaders.mentionsOfActor(a.id, listLimit(ctx, args.first, LIST_DEFAULT.mentions))) satisfies PersonResolvers['mentionedIn'],
  mentionCount: (a: GraphNode, _: unknown, ctx: Context) => ctx.loaders.mentionCountOfActor(a.id),
  mergedIds: async (a: GraphNode, _: unknown, ctx: Context) => (await links(a, null, ctx)).mergedIds,
};

/** The actor's links, each list cut at this field's `first` in the query. */
const links = (a: GraphNode, first: number | null | undefined, ctx: Context) => ctx.loaders.actorLinks(a.id, listLimit(ctx, first, LIST_DEFAULT.items));

const positionOf = (r: LinkRow) => ({ ...r, from: r.from ?? null, to: r.to ?? null });

const person: PersonResolvers = {
  ...actorFields,
  positions: async (p, args, ctx) => (await links(p, args.first, ctx)).positions.map(positionOf),
};

const organisation: OrganisationResolvers = {
  ...actorFields,
  acronym: (o) => optString(o.acronym),
  kind: (o) => storedEnum(ORGANISATION_KINDS, o.orgKind, 'OTHER'),
  country: (o) => optString(o.country),
  memberships: async (o, args, ctx) => (await links(o, args.first, ctx)).memberships.map(positionOf),
  members: async (o, args, ctx) => (await links(o, args.first, ctx)).members.map(positionOf),
  positionHolders: async (o, args, ctx) => (await links(o, args.first, ctx)).positionHolders.map(positionOf),
  published: async (o, args, ctx) => (await links(o, args.first, ctx)).published,
  publishedCount: async (o, _, ctx) => (await links(o, null, ctx)).publishedCount,
};

export const actorResolvers: Resolvers = {
  Person: person,
  Organisation: organisation,
  Mention: {
    actor: (m, _, ctx) => loadLinked(ctx, m.actorId),
    source: (m, _, ctx) => loadLinked(ctx, m.sourceId),
  },
  Query: {
    actor: (_, args, ctx) => loadOfKind(ctx, args.id, ['PERSON', 'ORGANISATION']),
    actors: async (_, args, ctx) => {
      const label = args.kind ? labelOf(args.kind) : null;
      const limit = pageSize(args.first, ctx.config.maxPageSize);
      const after = decodeCursor(args.after, isIdCursor);
      const rows = limit === 0 ? [] : await ctx.reads.run(ACTOR_PAGE, { after: after?.id ?? '', limit: limit + 1, label });
      const nodes = toGraphNodes(rows.map((r) => r.node));
      ctx.loaders.prime(nodes);
      return toConnection(nodes, limit, (n) => encodeCursor({ id: n.id }), after !== null, async () =>
        (await ctx.reads.run(ACTOR_COUNT, { label }))[0]?.count ?? 0,
      );
    },
  },
};
