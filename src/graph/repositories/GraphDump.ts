import type { Executor } from '../Executor';
import { type QueryCatalogue, bindAll } from '../QueryCatalogue';
import { defineQuery } from '../query';

/** One node of a dump with its outgoing relationships; `floats` names float-valued keys. */
export interface DumpRelationship {
  type: string;
  to: string;
  props: Record<string, unknown>;
  floats: string[];
}

export interface DumpNode {
  id: string;
  labels: string[];
  props: Record<string, unknown>;
  floats: string[];
  rels: DumpRelationship[];
}

export interface Census {
  nodes: number;
  keys: number;
  relationships: number;
  uncovered: number;
}

/** A page row: a node (or an idempotency key) as the backup carries it, and what it could not carry. */
type DumpRow = DumpNode & { unsupported: string[] };
type Page = { after: string; limit: number };
type Rows<T> = { rows: T[] };
type Count = { count: number };

const QUERIES = {
  census: defineQuery<Record<string, never>, Census>('bulk/backupCensus', []),
  nodesPage: defineQuery<Page, DumpRow>('bulk/backupNodesPage', ['after', 'limit']),
  versionsPage: defineQuery<Page, DumpRow>('bulk/backupVersionsPage', ['after', 'limit']),
  keysPage: defineQuery<Page, DumpRow>('bulk/backupKeysPage', ['after', 'limit']),
  anyData: defineQuery<Record<string, never>, { id: string }>('bulk/backupAnyData', []),
  wipe: defineQuery<{ limit: number }, Count>('bulk/backupWipe', ['limit']),
  restoreNodes: defineQuery<Rows<{ labels: string[]; props: Record<string, unknown>; floats: string[] }>, Count>('bulk/backupRestoreNodes', ['rows']),
  restoreRelationships: defineQuery<Rows<{ from: string; to: string; type: string; props: Record<string, unknown>; floats: string[] }>, Count>(
    'bulk/backupRestoreRelationships',
    ['rows'],
  ),
};

/** A restore of a whole graph may take minutes; requests keep their own, short timeout. */
const RESTORE_TIMEOUT_MS = 30 * 60_000;

/** Reads the whole graph page by page for a backup, and writes a dump back in one transaction. */
export class GraphDump {
  private readonly q;

  constructor(
    private readonly executor: Executor,
    catalogue: QueryCatalogue,
  ) {
    this.q = bindAll(catalogue, QUERIES);
  }

  async census(): Promise<Census> {
    const [r] = await this.executor.read(this.q.census, {});
    return r;
  }

  /** Every :Node (in id order, with its relationships), every kept source text, then every idempotency key. */
  async *pages(pageSize = 1000, options: { keys: boolean; versions: boolean } = { keys: true, versions: true }): AsyncGenerator<DumpNode[]> {
    const queries = [this.q.nodesPage, ...(options.versions ? [this.q.versionsPage] : []), ...(options.keys ? [this.q.keysPage] : [])];
    for (const query of queries) {
      let after = '';
      for (;;) {
        const rows = await this.executor.read(query, { after, limit: pageSize });
        if (rows.length === 0) break;
        const bad = rows.find((r) => r.unsupported.length > 0 || r.rels.some((x) => typeof x.to !== 'string'));
        if (bad) throw new Error(`node ${bad.id} holds values or links a backup cannot carry (${bad.unsupported.join(', ') || 'a link to a node without id'})`);
        yield rows.map((r) => ({ id: r.id, labels: r.labels, props: r.props, floats: r.floats, rels: r.rels }));
        after = rows[rows.length - 1].id;
      }
    }
  }

  async isEmpty(): Promise<boolean> {
    return (await this.executor.read(this.q.anyData, {})).length === 0;
  }

  /**
   * Writes the dump's nodes, then its relationships, in one transaction (all or nothing),
   * after emptying the graph when `wipe` is set. `progress` is told how many items are done.
   */
  async restore(nodes: DumpNode[], options: { wipe: boolean; batchSize?: number; progress?: (done: number) => void }): Promise<void> {
    const size = options.batchSize ?? 1000;
    const rels = nodes.flatMap((n) => n.rels.map((r) => ({ from: n.id, to: r.to, type: r.type, props: r.props, floats: r.floats })));
    let done = 0;
    await this.executor.writeTx(async (tx) => {
      if (options.wipe) while (((await tx.run(this.q.wipe, { limit: 10_000 }))[0]?.count ?? 0) > 0);
      for (let i = 0; i < nodes.length; i += size) {
        const rows = nodes.slice(i, i + size).map((n) => ({ labels: n.labels, props: n.props, floats: n.floats }));
        await tx.run(this.q.restoreNodes, { rows });
        options.progress?.((done += rows.length));
      }
      for (let i = 0; i < rels.length; i += size) {
        const rows = rels.slice(i, i + size);
        await tx.run(this.q.restoreRelationships, { rows });
        options.progress?.((done += rows.length));
      }
    }, RESTORE_TIMEOUT_MS);
  }
}
