import { badInput } from '../../domain/errors';
import { kindOfLabels, labelOf, NODE_KINDS, type NodeKind } from '../../domain/kinds';
import { visibleStatuses } from '../../graph/records';
import type { Context } from '../context';
import { defineBatch, defineQuery, type QueryDef } from '../../graph/query';
import { MAX_PATH_HOPS } from '../../graph/query-templates';
import type { QueryNeighbourhoodArgs, QueryPathsArgs } from '../generated/resolvers-types';

export interface DrawNode {
  id: string;
  kind: NodeKind;
  label: string;
  retracted: boolean;
  date: string | null;
}
export interface DrawEdge {
  id: string;
  type: string;
  from: string;
  to: string;
  label: string | null;
}
export interface Subgraph {
  nodes: DrawNode[];
  edges: DrawEdge[];
  omitted: { kind: NodeKind; count: number; atLeast: boolean }[];
}

/** A node's drawable fields, as explorer/_nodeFields projects them. */
export interface NodeFields {
  id: string;
  labels?: string[] | null;
  name?: string | null;
  title?: string | null;
  status?: string | null;
  mode?: string | null;
  quote?: string | null;
  claimText?: string | null;
  saidAt?: string | null;
  date?: string | null;
  publishedAt?: string | null;
}
interface EdgeRow {
  edgeId: string;
  type: string;
  from: string;
  to: string;
  label?: string | null;
}

type Ids = { ids: readonly string[] };
const EXPAND = defineBatch<
  Ids & { labels: string[] | null; statuses: string[]; perKind: number; branchLimit: number },
  { id: string; kind: string; total: number; rows: (EdgeRow & { node: NodeFields })[]; centre: NodeFields | null }
>('explorer/expand', ['labels', 'statuses', 'perKind', 'branchLimit']);
const NODE_FIELDS = defineBatch<Ids, { id: string; node: NodeFields | null }>('explorer/nodeFieldsByIds');
type PathParams = { fromId: string; toId: string; first: number; statuses: string[] };
type PathRow = { ok: boolean; nodes: NodeFields[]; rels: EdgeRow[] };
const hops = Array.from({ length: MAX_PATH_HOPS }, (_, i) => i + 1);
const pathQuery = (name: string): QueryDef<PathParams, PathRow> => defineQuery<PathParams, PathRow>(name, ['fromId', 'toId', 'first', 'statuses']);
/** One statement per bound (explorer/paths.template): the fast search and the exact one. */
const PATHS = new Map(hops.map((n) => [n, { fast: pathQuery(`explorer/paths${n}`), exact: pathQuery(`explorer/pathsExact${n}`) }]));

const isNodeKind = (k: string | null): k is NodeKind => (NODE_KINDS as readonly (string | null)[]).includes(k);

const shorten = (s: string, n = 80) => (s.length > n ? `${s.slice(0, n - 1)}…` : s);

/** A drawable node from an explorer/_nodeFields projection. */
export function toDrawNode(m: NodeFields): DrawNode | null {
  const kind = kindOfLabels(m.labels ?? []);
  if (!kind || kind === 'CHANGE' || kind === 'REVIEW') return null;
  const label =
    kind === 'CLAIM' ? shorten(String(m.claimText ?? '')) :
    kind === 'SOURCE' ? shorten(String(m.title ?? '')) :
    kind === 'ATTRIBUTION' ? shorten(`${String(m.mode)}: “${String(m.quote ?? '')}”`) :
    shorten(String(m.name ?? m.id));
  return {
    id: m.id,
    kind,
    label,
    retracted: m.status === 'RETRACTED' || m.status === 'SUPERSEDED',
    date: m.saidAt ?? m.date ?? m.publishedAt ?? null,
  };
}

const MAX_DEPTH = 3;
const MAX_FIRST = 500;

/** A whole-number argument within its bounds, or BAD_USER_INPUT naming it. */
function bounded(field: string, value: number, min: number, max: number): number {
  if (!Number.isInteger(value) || value < min || value > max) throw badInput(`${field} must be ${min} to ${max} (got ${value})`, { field });
  return value;
}

/** Breadth-first, one round trip per level; stops adding nodes at `first` and counts the rest per kind. */
export async function neighbourhood(
  ctx: Context,
  args: QueryNeighbourhoodArgs,
): Promise<Subgraph> {
  const depth = bounded('depth', args.depth ?? 1, 1, MAX_DEPTH);
  const first = bounded('first', args.first ?? 50, 0, MAX_FIRST);
  const labels = args.kinds?.length ? args.kinds.map(labelOf) : null;
  const statuses = visibleStatuses(args.includeRetracted);
  const branchLimit = Math.max(200, (first + 1) * 4);
  const expand = (ids: string[]) => ctx.reads.run(EXPAND, { ids, labels, statuses, perKind: first + 1, branchLimit });
  // The first step's rows carry the centre's own fields: one round trip for depth 1.
  let rows = await expand([args.id]);
  const centreFields = rows[0]?.centre ?? (await ctx.reads.run(NODE_FIELDS, { ids: [args.id] }))[0]?.node;
  const centreNode = centreFields ? toDrawNode(centreFields) : null;
  if (!centreNode) return { nodes: [], edges: [], omitted: [] };

  const nodes = new Map<string, DrawNode>([[centreNode.id, centreNode]]);
  const edges = new Map<string, DrawEdge>();
  const omitted = new Map<string, NodeKind>();
  const unseenBeyondCap = new Map<NodeKind, number>();
  const lowerBound = new Set<NodeKind>();
  let frontier = [centreNode.id];
  for (let level = 0; level < depth && frontier.length > 0; level++) {
    if (level > 0) rows = await expand(frontier);
    const next: string[] = [];
    for (const row of rows) {
      const returned = row.rows;
      const kind = kindOfLabels([row.kind]);
      if (!isNodeKind(kind)) continue;
      if (row.total > returned.length) unseenBeyondCap.set(kind, (unseenBeyondCap.get(kind) ?? 0) + row.total - returned.length);
      if (row.total >= branchLimit) lowerBound.add(kind);
      for (const r of returned) {
        const n = toDrawNode(r.node);
        if (!n) continue;
        if (!nodes.has(n.id)) {
          if (nodes.size - 1 >= first) {
            omitted.set(n.id, n.kind);
            continue;
          }
          nodes.set(n.id, n);
          next.push(n.id);
        }
        const e = { id: r.edgeId, type: r.type, from: r.from, to: r.to, label: r.label ?? null };
        edges.set(`${e.type}|${e.from}|${e.to}|${e.id}`, e);
      }
    }
    frontier = next;
  }
  const counts = new Map<NodeKind, number>(unseenBeyondCap);
  for (const [id, kind] of omitted) if (!nodes.has(id)) counts.set(kind, (counts.get(kind) ?? 0) + 1);
  return {
    nodes: [...nodes.values()],
    edges: dedupeEdges([...edges.values()].filter((e) => nodes.has(e.from) && nodes.has(e.to))),
    omitted: NODE_KINDS.filter((k) => (counts.get(k) ?? 0) > 0).map((k) => ({ kind: k, count: counts.get(k)!, atLeast: lowerBound.has(k) })),
  };
}

/** One drawn edge per (type, from, to): several mentions of one actor in one source draw once. */
function dedupeEdges(edges: DrawEdge[]): DrawEdge[] {
  const byKey = new Map<string, DrawEdge>();
  for (const e of edges) {
    const key = e.type === 'SAID' ? e.id : `${e.type}|${e.from}|${e.to}`;
    const prev = byKey.get(key);
    if (!prev) byKey.set(key, { ...e });
    else if (e.label && prev.label && !prev.label.split(', ').includes(e.label)) prev.label = `${prev.label}, ${e.label}`;
  }
  return [...byKey.values()];
}

/** Shortest paths; attribution nodes on a path are kept, so each hop is a stored relationship. */
export async function paths(
  ctx: Context,
  args: QueryPathsArgs,
): Promise<Subgraph> {
  // One statement per bound is generated at catalogue load (explorer/paths.template).
  const maxHops = bounded('maxHops', args.maxHops ?? 4, 1, MAX_PATH_HOPS);
  const first = bounded('first', args.first ?? 10, 1, 100);
  if (args.fromId === args.toId) {
    const rows = await ctx.reads.run(NODE_FIELDS, { ids: [args.fromId] });
    const n = rows[0]?.node ? toDrawNode(rows[0].node) : null;
    return { nodes: n ? [n] : [], edges: [], omitted: [] };
  }
  // One statement per bound: the hop limit must sit in the pattern itself.
  const statuses = visibleStatuses(args.includeRetracted);
  const params = { fromId: args.fromId, toId: args.toId, first, statuses };
  const statements = PATHS.get(maxHops)!;
  const found = await ctx.reads.run(statements.fast, params);
  // The fast search lets attributions of hidden claims through (see paths.template.cypher). Its
  // clean paths are the answer unless it found only unclean ones, or hit `first` (clean paths of
  // the same length may have been cut): then the exact search decides.
  const clean = found.filter((r) => r.ok === true);
  const rows = clean.length < found.length && (clean.length === 0 || found.length >= first)
    ? await ctx.reads.run(statements.exact, params)
    : clean;
  const nodes = new Map<string, DrawNode>();
  const edges = new Map<string, DrawEdge>();
  for (const row of rows) {
    for (const m of row.nodes) {
      const n = toDrawNode(m);
      if (n) nodes.set(n.id, n);
    }
    for (const r of row.rels) {
      const e = { id: r.edgeId, type: r.type, from: r.from, to: r.to, label: null };
      edges.set(`${e.type}|${e.from}|${e.to}`, e);
    }
  }
  return { nodes: [...nodes.values()], edges: [...edges.values()], omitted: [] };
}
