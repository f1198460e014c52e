import type { Executor, Tx } from '../Executor';
import type { QueryCatalogue } from '../QueryCatalogue';
import type { GraphRows, LinkRow, NodeRow } from '../rows';
import { conflict } from '../../domain/errors';
import { labelOf, labelsOf, type AnyKind } from '../../domain/kinds';
import { refreshResolutionKeys } from '../resolution/keys';
import { KIND_CONFLICTS, LINKS, REFRESH_SEARCH_NAMES, UPSERT } from './bulk-queries';

/** Node upserts first (links MATCH their ends), in this order, each with its kind. */
const NODE_KINDS_BY_KEY = {
  persons: 'PERSON',
  organisations: 'ORGANISATION',
  sources: 'SOURCE',
  events: 'EVENT',
  claims: 'CLAIM',
  attributions: 'ATTRIBUTION',
} as const satisfies Record<string, AnyKind>;

type NodeKey = keyof typeof NODE_KINDS_BY_KEY;
const isNodeKey = (key: RowKey): key is NodeKey => key in NODE_KINDS_BY_KEY;

type LinkKey = keyof typeof LINKS;

/** One batch of rows of one key: nodes of a kind or links of a type. */
type Batch = { node: true; key: NodeKey; rows: NodeRow[] } | { node: false; key: LinkKey; rows: LinkRow[] };
// The rows under a key have that key's shape (GraphRows; the benchmarks' generators build the same).
const batchOf = (key: RowKey, rows: unknown[]): Batch =>
  isNodeKey(key) ? { node: true, key, rows: rows as NodeRow[] } : { node: false, key, rows: rows as LinkRow[] };

export type RowKey = NodeKey | LinkKey;
export const ROW_KEYS: RowKey[] = [...(Object.keys(NODE_KINDS_BY_KEY) as RowKey[]), ...(Object.keys(LINKS) as RowKey[])];

/** A whole load may take minutes on a busy machine; requests keep their own, short timeout. */
const BULK_TIMEOUT_MS = 10 * 60_000;

/** Writes GraphRows with UNWIND batches; MERGE on ids makes every batch safe to replay. */
export class BulkWriter {
  constructor(
    private readonly executor: Executor,
    private readonly catalogue: QueryCatalogue,
  ) {
    // Bound now, so a statement missing from the catalogue fails here rather than mid-load.
    catalogue.checkAll([UPSERT, KIND_CONFLICTS, REFRESH_SEARCH_NAMES, ...Object.values(LINKS)]);
  }

  /** One batch: refuse kind clashes, write, then re-derive the search text of the actors it touched. */
  private async writeRows(tx: Tx, batch: Batch): Promise<{ count: number }[]> {
    const written = batch.node
      ? await this.writeNodes(tx, NODE_KINDS_BY_KEY[batch.key], batch.rows)
      : await tx.run(this.catalogue.bind(LINKS[batch.key]), { rows: batch.rows });
    const actorIds =
      batch.node && (batch.key === 'persons' || batch.key === 'organisations')
        ? batch.rows.map((r) => r.id)
        : !batch.node && batch.key === 'mentions'
          ? [...new Set(batch.rows.map((r) => r.from))]
          : [];
    if (actorIds.length > 0) {
      await tx.run(this.catalogue.bind(REFRESH_SEARCH_NAMES), { ids: actorIds });
      await refreshResolutionKeys((q, params) => tx.run(this.catalogue.bind(q), params), actorIds);
    }
    return written;
  }

  /** The kind's labels come from the kind table, never from the rows. */
  private async writeNodes(tx: Tx, kind: AnyKind, rows: NodeRow[]): Promise<{ count: number }[]> {
    await this.checkKinds(tx, kind, rows);
    return tx.run(this.catalogue.bind(UPSERT), { rows, labels: labelsOf(kind) });
  }

  /** Refuses (and so rolls back) a batch whose ids already belong to nodes of another kind. */
  private async checkKinds(tx: Tx, kind: AnyKind, rows: NodeRow[]): Promise<void> {
    const label = labelOf(kind);
    const ids = rows.map((r) => r.id);
    const clashes = await tx.run(this.catalogue.bind(KIND_CONFLICTS), { ids, label });
    if (clashes.length > 0) {
      const list = clashes.map((c) => `${c.id} (a ${c.labels.join('/')})`).join(', ');
      throw conflict(`These ids already belong to nodes of another kind than ${label}: ${list}`, { ids: clashes.map((c) => c.id) });
    }
  }

  /** Everything in one transaction: all or nothing. */
  writeAll(rows: GraphRows, batchSize = 1000, extra?: (tx: Tx) => Promise<void>): Promise<void> {
    return this.executor.writeTx(async (tx) => {
      for (const key of ROW_KEYS) {
        const list = rows[key];
        for (let i = 0; i < list.length; i += batchSize) await this.writeRows(tx, batchOf(key, list.slice(i, i + batchSize)));
      }
      if (extra) await extra(tx);
    }, BULK_TIMEOUT_MS);
  }

  /** One batch of one kind in its own transaction: for big imports that resume by batch. */
  writeBatch(key: RowKey, rows: unknown[]): Promise<unknown> {
    return this.executor.writeTx((tx) => this.writeRows(tx, batchOf(key, rows)), BULK_TIMEOUT_MS);
  }
}
