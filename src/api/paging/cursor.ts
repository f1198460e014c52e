import { badInput } from '../../domain/errors';

/** Cursors are opaque to clients: base64url of a small JSON object. */
export const encodeCursor = (value: Record<string, unknown>): string => Buffer.from(JSON.stringify(value)).toString('base64url');

export function decodeCursor<T extends Record<string, unknown>>(cursor: string | null | undefined, check: (v: Record<string, unknown>) => v is T): T | null {
  if (cursor == null) return null;
  try {
    const value = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as unknown;
    if (value && typeof value === 'object' && check(value as Record<string, unknown>)) return value as T;
  } catch {
    // fall through to the error below
  }
  throw badInput(`after is not a cursor this list gave out: ${JSON.stringify(cursor)}`, { field: 'after' });
}

export const isIdCursor = (v: Record<string, unknown>): v is { id: string } => typeof v.id === 'string';

/** Checks a page size against the configured maximum. */
export function pageSize(first: number | null | undefined, max: number, fallback = 20): number {
  const n = first ?? fallback;
  if (!Number.isInteger(n) || n < 0) throw badInput(`first must be a whole number ≥ 0 (got ${n})`, { field: 'first' });
  if (n > max) throw badInput(`first must be at most ${max} (got ${n})`, { field: 'first' });
  return n;
}

export interface Connection<T> {
  edges: { cursor: string; node: T }[];
  pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; startCursor: string | null; endCursor: string | null };
  totalCount?: () => Promise<number>;
}

/** Builds a connection from up to limit+1 fetched items (the extra one tells there is a next page). */
export function toConnection<T>(items: T[], limit: number, cursorOf: (item: T) => string, hadAfter: boolean, totalCount?: () => Promise<number>): Connection<T> {
  const page = items.slice(0, limit);
  const edges = page.map((node) => ({ cursor: cursorOf(node), node }));
  return {
    edges,
    pageInfo: {
      hasNextPage: items.length > limit,
      hasPreviousPage: hadAfter,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges[edges.length - 1]?.cursor ?? null,
    },
    totalCount,
  };
}
