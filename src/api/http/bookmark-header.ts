import { GraphQLError } from 'graphql';

/** The request header a client sends a write's bookmark back in (extensions.bookmark). */
export const BOOKMARK_HEADER = 'neo4j-bookmark';

// Neo4j bookmarks are short base64 tokens with a prefix ("FB:kcwQ…"); a cluster may hand out one per database.
const BOOKMARK = /^[A-Za-z0-9+/=:_-]{1,256}$/;
const MAX_BOOKMARKS = 8;

const refuse = (message: string) => new GraphQLError(message, { extensions: { code: 'BAD_USER_INPUT', field: 'Neo4j-Bookmark', http: { status: 400 } } });

/**
 * Reads `Neo4j-Bookmark: <bookmark>[, <bookmark>…]`. A malformed value is refused before
 * any Cypher runs, rather than passed to the database and surfacing as a server error.
 */
export function parseBookmarkHeader(value: string | string[] | undefined): string[] {
  if (value === undefined) return [];
  const parts = (Array.isArray(value) ? value.join(',') : value)
    .split(',')
    .map((b) => b.trim())
    .filter((b) => b.length > 0);
  if (parts.length > MAX_BOOKMARKS) throw refuse(`The Neo4j-Bookmark header holds ${parts.length} bookmarks; send at most ${MAX_BOOKMARKS}`);
  const bad = parts.find((b) => !BOOKMARK.test(b));
  if (bad !== undefined) throw refuse(`The Neo4j-Bookmark header holds "${bad.slice(0, 40)}", which is not a bookmark: send back extensions.bookmark of an earlier write`);
  return parts;
}
