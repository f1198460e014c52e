import { defineBatch } from '../query';

/**
 * Batch statements more than one reader runs (the API's loaders, the standards reader, import,
 * the match command). A row's node-shaped fields stay `unknown`: records.ts's toGraphNode checks them.
 */
export const NODES_BY_IDS = defineBatch<{ ids: readonly string[] }, { id: string; node: unknown }>('node/byIds');
export const REVIEWS_BY_IDS = defineBatch<{ ids: readonly string[] }, { id: string; node: unknown }>('review/byIds');
export const REVIEWS_BY_CLAIMS = defineBatch<{ ids: readonly string[]; statuses: string[]; limit: number }, { id: string; items: unknown }>(
  'review/byClaims',
  ['statuses', 'limit'],
);
export const SOURCE_TEXTS = defineBatch<{ ids: readonly string[] }, { id: string; text: string | null }>('source/textsByIds');

/** A source's publisher, authors, cites and citedBy, as the statement returns them. */
export interface SourceLinksRow {
  publisher: unknown;
  authors: unknown;
  cites: unknown;
  citedBy: unknown;
}
export const SOURCE_LINKS = defineBatch<{ ids: readonly string[]; limit: number }, { id: string; links: SourceLinksRow | null }>(
  'source/linksBySources',
  ['limit'],
);

/** A node's stored properties with its labels (Node left out): history's "before", and what an import merges into. */
export type StoredProps = Record<string, unknown> & { labels?: string[] };
export const NODE_PROPS = defineBatch<{ ids: readonly string[] }, { id: string; props: StoredProps }>('history/nodeProps');
