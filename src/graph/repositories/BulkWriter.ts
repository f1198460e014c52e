import type { Executor, Row, Tx } from '../Executor';
import { type QueryCatalogue, queriesOf, type NamedQuery } from '../QueryCatalogue';
import type { GraphRows } from '../rows';
import { conflict } from '../../domain/errors';
import { labelOf, labelsOf, type AnyKind } from '../../domain/kinds';
import { refreshResolutionKeys } from '../resolution/keys';

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

const LINK_QUERIES = {
  of: 'bulk/linkOf',
  by: 'bulk/linkBy',
  in: 'bulk/linkIn',
  via: 'bulk/linkVia',
  onBehalfOf: 'bulk/linkOnBehalfOf',
  publishedBy: 'bulk/linkPublishedBy',
  authoredBy: 'bulk/linkAuthoredBy',
  cites: 'bulk/linkCites',
  about: 'bulk/linkAbout',
  contradicts: 'bulk/linkContradicts',
  supports: 'bulk/linkSupports',
  positions: 'bulk/linkPositions',
  memberships: 'bulk/linkMemberships',
  mentions: 'bulk/linkMentions',
} as const;

export type RowKey = NodeKey | keyof typeof LINK_QUERIES;
export const ROW_KEYS: RowKey[] = [...(Object.keys(NODE_KINDS_BY_KEY) as RowKey[]), ...(Object.keys(LINK_QUERIES) as RowKey[])];

/** A whole load may take minutes on a busy machine; requests keep their own, short timeout. */
const BULK_TIMEOUT_MS = 10 * 60_000;

/** Writes GraphRows with UNWIND batches; MERGE on ids makes every batch safe to replay. */
export class BulkWriter {
  private readonly links: Record<keyof typeof LINK_QUERIES, NamedQuery>;
  private readonly upsert: NamedQuery;
  private readonly conflicts: NamedQuery;
  private readonly refreshSearchNames: NamedQuery;

  constructor(
    private readonly executor: Executor,
    private readonly catalogue: QueryCatalogue,
  ) {
    this.links = queriesOf(catalogue, LINK_QUERIES);
    this.upsert = queriesOf(catalogue, { u: 'bulk/upsert' }).u;
    this.conflicts = queriesOf(catalogue, { c: 'bulk/kindConflicts' }).c;
    this.refreshSearchNames = queriesOf(catalogue, { r: 'bulk/refreshSearchNames' }).r;
  }

  /** One batch: refuse kind clashes, write, then re-derive the search text of the actors it touched. */
  private async writeRows(tx: Tx, key: RowKey, rows: unknown[]): Promise<Row[]> {
    const written = isNodeKey(key) ? await this.writeNodes(tx, NODE_KINDS_BY_KEY[key], rows) : await tx.run(this.links[key], { rows });
    const actorIds =
      key === 'persons' || key === 'organisations'
        ? (rows as { id: string }[]).map((r) => r.id)
        : key === 'mentions'
          ? [...new Set((rows as { from: string }[]).map((r) => r.from))]
          : [];
    if (actorIds.length > 0) {
      await tx.run(this.refreshSearchNames, { ids: actorIds });
      await refreshResolutionKeys((q, params) => tx.run(this.catalogue.bind(q), params), actorIds);
    }
    return written;
  }

  /** The kind's labels come from the kind table, never from the rows. */
  private async writeNodes(tx: Tx, kind: AnyKind, rows: unknown[]): Promise<Row[]> {
    await this.checkKinds(tx, kind, rows);
    return tx.run(this.upsert, { rows, labels: labelsOf(kind) });
  }

  /** Refuses (and so rolls back) a batch whose ids already belong to nodes of another kind. */
  private async checkKinds(tx: Tx, kind: AnyKind, rows: unknown[]): Promise<void> {
    const label = labelOf(kind);
    const ids = (rows as { id: string }[]).map((r) => r.id);
    const clashes = await tx.run(this.conflicts, { ids, label });
    if (clashes.length > 0) {
      const list = clashes.map((c) => `${String(c.id)} (a ${(c.labels as string[]).join('/')})`).join(', ');
      throw conflict(`These ids already belong to nodes of another kind than ${label}: ${list}`, { ids: clashes.map((c) => c.id) });
    }
  }

  /** Everything in one transaction: all or nothing. */
  writeAll(rows: GraphRows, batchSize = 1000, extra?: (tx: Tx) => Promise<void>): Promise<void> {
    return this.executor.writeTx(async (tx) => {
      for (const key of ROW_KEYS) {
        const list = rows[key];
        for (let i = 0; i < list.length; i += batchSize) await this.writeRows(tx, key, list.slice(i, i + batchSize));
      }
      if (extra) await extra(tx);
    }, BULK_TIMEOUT_MS);
  }

  /** One batch of one kind in its own transaction: for big imports that resume by batch. */
  writeBatch(key: RowKey, rows: unknown[]): Promise<unknown> {
    return this.executor.writeTx((tx) => this.writeRows(tx, key, rows), BULK_TIMEOUT_MS);
  }
}
