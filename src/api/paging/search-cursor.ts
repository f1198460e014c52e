import { badInput } from '../../domain/errors';
import { sha256 } from '../../domain/sha256';
import { decodeCursor, encodeCursor } from './cursor';

/**
 * A search cursor: ranked lists have no stable key to resume from, so a cursor is an
 * offset plus what lets the next page check it still means the same place — the hit it
 * ended on (id and score) and a short hash of the search. A cursor either stays valid or
 * is refused; it is never silently shifted.
 */
export interface SearchCursor {
  /** How many hits came before the next page. */
  o: number;
  /** Id and score of the last hit given (the anchor). */
  id: string;
  s: number;
  /** Which search: hash of the Lucene query and the kinds. */
  q: string;
}

/** Identifies a search by what decides its results: the Lucene query and the kinds (in any order). */
export const searchKey = (lucene: string, kinds: readonly string[]): string =>
  sha256(JSON.stringify([lucene, [...new Set(kinds)].sort()]), 'base64url').slice(0, 12);

const isSearchCursor = (v: Record<string, unknown>): v is SearchCursor & Record<string, unknown> =>
  Number.isInteger(v.o) && (v.o as number) >= 1 && typeof v.id === 'string' && typeof v.s === 'number' && Number.isFinite(v.s) && typeof v.q === 'string';

export const encodeSearchCursor = (c: SearchCursor): string => encodeCursor({ o: c.o, id: c.id, s: c.s, q: c.q });

const startAgain = 'start again without after';

/** Reads `after` for the search identified by key; refuses a cursor another search gave out. */
export function decodeSearchCursor(cursor: string | null | undefined, key: string): SearchCursor | null {
  const c = decodeCursor(cursor, isSearchCursor);
  if (c && c.q !== key) throw badInput(`after belongs to a different search (another query or kinds); ${startAgain}`, { field: 'after' });
  return c;
}

/** Scores travel through JSON exactly; the tolerance only absorbs float noise, never a re-ranking. */
const sameScore = (a: number, b: number) => Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));

/**
 * The hit just before the new page must still be the anchor: same node, same place, same
 * score. Otherwise the results changed since the cursor was given and the page would shift.
 */
export function checkAnchor(c: SearchCursor, hitAtAnchor: { id: string; score: number } | undefined): void {
  if (!hitAtAnchor || hitAtAnchor.id !== c.id || !sameScore(hitAtAnchor.score, c.s)) {
    throw badInput(`the search results changed since this cursor was given; ${startAgain}`, { field: 'after' });
  }
}
