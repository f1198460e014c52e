import { invalid, notFound, type Entity } from '../../domain/errors';
import { wordOf, type AnyKind } from '../../domain/kinds';
import type { Tx } from '../Executor';
import { toGraphNode, type GraphNode } from '../records';
import { defineQuery, type QueryDef, type Statement } from '../query';
import { NODE_PROPS, NODES_BY_IDS, type StoredProps } from '../repositories/shared-batches';

/** Takes write locks on existing nodes in the order given; returns their properties under the lock. */
export const LOCK = defineQuery<{ ids: string[] }, { id: string; props: StoredProps }>('write/lock', ['ids']);

/** One mutation's transaction: who writes, when, and helpers that check before they write. */
export class WriteTx {
  /** Each node's properties when this write first locked or snapshotted it: history's "before". */
  readonly before = new Map<string, Record<string, unknown>>();

  constructor(
    private readonly tx: Tx,
    readonly by: string,
    readonly at: string,
    private readonly bind: <P extends object, R extends object>(query: QueryDef<P, R>) => Statement<P, R>,
  ) {}

  /** A declared statement (see graph/query.ts) in this transaction, its rows typed. */
  run<P extends object, R extends object>(query: QueryDef<P, R>, params: P): Promise<R[]> {
    return this.tx.run(this.bind(query), params);
  }

  /** Locks nodes in id order, so concurrent writers on the same nodes queue instead of deadlocking. */
  async lock(ids: string[]): Promise<void> {
    this.keepBefore(await this.run(LOCK, { ids: [...new Set(ids)].sort() }));
  }

  /** Records nodes' current properties as history's "before", for nodes a write changes without locking. */
  async snapshot(ids: string[]): Promise<void> {
    const fresh = [...new Set(ids)].filter((id) => !this.before.has(id));
    if (fresh.length) this.keepBefore(await this.run(NODE_PROPS, { ids: fresh }));
  }

  private keepBefore(rows: { id: string; props: StoredProps }[]): void {
    for (const r of rows) if (!this.before.has(r.id)) this.before.set(r.id, r.props);
  }

  /** Nodes' properties now, as the write left them. */
  async propsOf(ids: string[]): Promise<Map<string, Record<string, unknown>>> {
    const rows = await this.run(NODE_PROPS, { ids: [...new Set(ids)] });
    return new Map(rows.map((r) => [r.id, r.props]));
  }

  /**
   * Locks referenced nodes and the nodes they resolve to now (a merged actor's survivor),
   * so a concurrent merge cannot move or re-point them between this write's check and its
   * links. Resolution is repeated until it settles, in case a survivor was merged meanwhile.
   */
  async lockRefs(ids: (string | null | undefined)[]): Promise<void> {
    const locked = new Set<string>();
    let wanted = ids.filter((x): x is string => typeof x === 'string');
    for (let round = 0; round < 3 && wanted.some((id) => !locked.has(id)); round++) {
      const fresh = wanted.filter((id) => !locked.has(id));
      await this.lock(fresh);
      fresh.forEach((id) => locked.add(id));
      wanted = [...(await this.nodes([...locked])).values()].map((n) => n.id);
    }
  }

  /** Current state of nodes by id (a merged actor's id gives its survivor). */
  async nodes(ids: string[]): Promise<Map<string, GraphNode>> {
    const rows = await this.run(NODES_BY_IDS, { ids: [...new Set(ids)] });
    return new Map(rows.map((r) => [r.id, toGraphNode(r.node)]).filter((e): e is [string, GraphNode] => e[1] !== null));
  }

  /** The node a mutation acts on: NOT_FOUND when absent or of another kind. */
  async target(id: string, kinds: AnyKind[]): Promise<GraphNode> {
    const node = (await this.nodes([id])).get(id);
    if (!node || !kinds.includes(node.kind)) throw notFound(kinds.map((k) => wordOf(k)).join(' or '), id);
    return node;
  }

  /** Referenced ids must exist and be of the right kind; the error names the entity's field. */
  async refs(checks: { entity: Entity; field: string; ids: (string | null | undefined)[]; kinds: AnyKind[] }[]): Promise<Map<string, GraphNode>> {
    const all = checks.flatMap((c) => c.ids).filter((x): x is string => typeof x === 'string');
    const found = await this.nodes(all);
    for (const c of checks) {
      for (const id of c.ids) {
        if (id == null) continue;
        const n = found.get(id);
        const want = c.kinds.map((k) => wordOf(k)).join(' or ');
        if (!n) throw invalid(c.entity, c.field, `no ${want} with id "${id}"`, { id });
        if (!c.kinds.includes(n.kind)) throw invalid(c.entity, c.field, `"${id}" is a ${wordOf(n.kind)}, not a ${want}`, { id });
      }
    }
    return found;
  }

  audit(): { createdBy: string; createdAt: string; updatedAt: string } {
    return { createdBy: this.by, createdAt: this.at, updatedAt: this.at };
  }
}
