import type { GraphQLResolveInfo } from 'graphql';
import type { Context } from '../context';
import type { Resolvers } from '../generated/resolvers-types';
import { decodeCursor, encodeCursor, pageSize } from './cursor';

/**
 * The bounded lists (a `first`, no `after`) and their `<field>Page` twins in
 * schema/list-pages.graphql: the same items in the same order, a page at a time, so nothing
 * is reachable only up to the page-size cap. Ranked top-k answers (similarClaims,
 * Claim.similar, actorCandidates, duplicateActors) are not listings and have no twin.
 */
export const PAGED_LISTS: Readonly<Record<string, readonly string[]>> = {
  Claim: ['attributions', 'counterclaims', 'supportedBy', 'supports', 'relations', 'about', 'reviews'],
  Attribution: ['via'],
  Event: ['claims'],
  Person: ['mentionedIn', 'positions'],
  Organisation: ['mentionedIn', 'memberships', 'members', 'positionHolders', 'published'],
  Source: ['authors', 'cites', 'citedBy', 'mentions', 'versions'],
  Review: ['evidence'],
  ClaimMatch: ['reviews'],
  Corroboration: ['origins'],
  QuoteDrift: ['variants'],
  Impact: ['claimsLeftWithoutActiveAttribution', 'claimsLosingSupport', 'disputesAffected'],
  Provenance: ['entries'],
  Dispute: ['claimAttributions', 'counterclaimAttributions'],
  DeskSource: ['attributions'],
  Query: ['suggestAttributions', 'timeline', 'history'],
};

/** A list cursor: how many items came before it, and the id of the last one when items have ids. */
type ListCursor = { o: number; k?: string };
const isListCursor = (v: Record<string, unknown>): v is ListCursor =>
  Number.isInteger(v.o) && (v.o as number) >= 0 && (v.k === undefined || typeof v.k === 'string');

export interface PageWindow {
  /** Items before the page, as the cursor counted them. */
  offset: number;
  /** The page size. */
  limit: number;
  /** The id of the last item read, to find the page's start again if the list moved. */
  key: string | undefined;
  /** How many items to fetch from the list's start: up to the page, one more to tell a next page, and a page of slack for items added before the cursor. */
  fetch: number;
}

export function pageWindow(ctx: Context, first: number | null | undefined, after: string | null | undefined): PageWindow {
  const limit = pageSize(first, ctx.config.maxPageSize);
  const cursor = decodeCursor(after, isListCursor);
  const offset = cursor?.o ?? 0;
  return { offset, limit, key: cursor?.k, fetch: offset + 2 * limit + 1 };
}

const idOf = (item: unknown): string | undefined =>
  item !== null && typeof item === 'object' && typeof (item as { id?: unknown }).id === 'string' ? (item as { id: string }).id : undefined;

export interface ListPage<T> {
  items: T[];
  pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; startCursor: string | null; endCursor: string | null };
}

/**
 * One page of a list fetched from its start (`window.fetch` items). The page starts after
 * the cursor's item when it is still there (so items added or hidden before it shift
 * nothing), else after as many items as the cursor counted.
 */
export function pageOf<T>(all: readonly T[], window: PageWindow): ListPage<T> {
  let start = window.offset;
  if (window.key !== undefined) {
    const at = all.findIndex((x) => idOf(x) === window.key);
    if (at >= 0) start = at + 1;
  }
  const items = all.slice(start, start + window.limit);
  const cursorAt = (i: number) => encodeCursor({ o: start + i + 1, ...(idOf(items[i]) ? { k: idOf(items[i]) } : {}) });
  return {
    items,
    pageInfo: {
      hasNextPage: all.length > start + window.limit,
      hasPreviousPage: start > 0,
      startCursor: items.length ? cursorAt(0) : null,
      endCursor: items.length ? cursorAt(items.length - 1) : null,
    },
  };
}

/**
 * One page of a list read with a keyset statement: `fetched` holds up to limit + 1 items
 * after the cursor's id, so a walk reads each item once however long the list.
 */
export function pageAfter<T extends { id: string }>(fetched: readonly T[], window: PageWindow): ListPage<T> {
  const items = fetched.slice(0, window.limit);
  const cursorAt = (i: number) => encodeCursor({ o: window.offset + i + 1, k: items[i].id });
  return {
    items,
    pageInfo: {
      hasNextPage: fetched.length > window.limit,
      hasPreviousPage: window.key !== undefined || window.offset > 0,
      startCursor: items.length ? cursorAt(0) : null,
      endCursor: items.length ? cursorAt(items.length - 1) : null,
    },
  };
}

type ListResolver = (parent: unknown, args: Record<string, unknown>, ctx: Context, info: GraphQLResolveInfo) => unknown;

/** The `<field>Page` resolver: the list's own resolver, asked for the window without the page-size cap, then cut to the page. */
function pagedResolver(base: ListResolver): ListResolver {
  return async (parent, args, ctx, info) => {
    const window = pageWindow(ctx, args.first as number | null | undefined, args.after as string | null | undefined);
    const uncapped: Context = { ...ctx, config: { ...ctx.config, maxPageSize: Math.max(ctx.config.maxPageSize, window.fetch) } };
    const all = (await base(parent, { ...args, first: window.fetch }, uncapped, info)) as unknown[];
    return pageOf(all, window);
  };
}

/** Resolvers for every `<field>Page` twin without one of its own (a keyset one), built from the merged map's list resolvers. */
export function listPageResolvers(merged: Resolvers): Resolvers {
  const out: Record<string, Record<string, ListResolver>> = {};
  const map = merged as Record<string, Record<string, unknown> | undefined>;
  for (const [type, fields] of Object.entries(PAGED_LISTS)) {
    for (const field of fields) {
      if (map[type]?.[`${field}Page`]) continue;
      const own = map[type]?.[field];
      const base: ListResolver = typeof own === 'function' ? (own as ListResolver) : (parent) => (parent as Record<string, unknown>)[field];
      (out[type] ??= {})[`${field}Page`] = pagedResolver(base);
    }
  }
  // Built from checked list resolvers; the SDL twin of each is checked by tests/unit/list-pages.test.ts.
  return out as Resolvers;
}
