import DataLoader from 'dataloader';
import type { ReadRepository } from '../graph/repositories/ReadRepository';
import { toGraphNode, toGraphNodes, visibleStatuses, type GraphNode } from '../graph/records';
import { defineBatch, type QueryDef } from '../graph/query';
import { NODES_BY_IDS, SOURCE_LINKS, SOURCE_TEXTS } from '../graph/repositories/shared-batches';

type Ids = { ids: readonly string[] };
type Statuses = { statuses: string[] };
type Limit = { limit: number };
type Items = { id: string; items: unknown };
type Count = { id: string; count: number };
/** Rows of a relation list: the relation's own fields plus the node at its other end. */
type RelationRow = Omit<ClaimRelationRow, 'other'> & { other: unknown };
type LinkRowStored = Omit<LinkRow, 'person' | 'organisation' | 'member'> & { person?: unknown; organisation?: unknown; member?: unknown };
interface ActorLinksRow {
  positions: LinkRowStored[];
  positionHolders: LinkRowStored[];
  memberships: LinkRowStored[];
  members: LinkRowStored[];
  published: unknown;
  publishedCount: number;
  mergedIds: string[];
}

const Q = {
  attributionsByClaims: defineBatch<Ids & Statuses & Limit, Items>('attribution/byClaims', ['statuses', 'limit']),
  attributionsByClaimsAfter: defineBatch<Ids & Statuses & Limit & { after: string }, Items>('attribution/byClaimsAfter', ['statuses', 'limit', 'after']),
  countAttributionsByClaims: defineBatch<Ids & Statuses, Count>('attribution/countByClaims', ['statuses']),
  attributionsBySpeakers: defineBatch<Ids & Statuses & Limit & { after: string }, Items>('attribution/bySpeakers', ['statuses', 'limit', 'after']),
  countAttributionsBySpeakers: defineBatch<Ids & Statuses, Count>('attribution/countBySpeakers', ['statuses']),
  attributionsBySources: defineBatch<Ids & Statuses & Limit & { afterStart: number; afterId: string }, Items>('attribution/bySources', [
    'statuses',
    'limit',
    'afterStart',
    'afterId',
  ]),
  countAttributionsBySources: defineBatch<Ids & Statuses, Count>('attribution/countBySources', ['statuses']),
  relationsByClaims: defineBatch<Ids & Statuses & Limit, { id: string; items: RelationRow[] }>('claim/relationsByClaims', ['statuses', 'limit']),
  relatedByClaims: defineBatch<Ids & Statuses & Limit & { kind: string; direction: string }, Items>('claim/relatedByClaims', [
    'statuses',
    'limit',
    'kind',
    'direction',
  ]),
  aboutByClaims: defineBatch<Ids & Limit, Items>('claim/aboutByClaims', ['limit']),
  claimsByEvents: defineBatch<Ids & Statuses & Limit, Items>('claim/byEvents', ['statuses', 'limit']),
  countClaimsByEvents: defineBatch<Ids & Statuses, Count>('claim/countByEvents', ['statuses']),
  supersededBy: defineBatch<Ids, Items>('claim/supersededBy'),
  actorLinks: defineBatch<Ids & Limit, { id: string; links: ActorLinksRow | null }>('actor/linksByActors', ['limit']),
  actorMentions: defineBatch<Ids & Limit, { id: string; items: MentionRow[]; count: number }>('actor/mentionsByActors', ['limit']),
  sourceMentions: defineBatch<Ids & Limit, { id: string; items: MentionRow[]; count: number }>('source/mentionsBySources', ['limit']),
};

/**
 * Per-request DataLoaders. Each batch is one UNWIND $ids query; results come back in key
 * order with null (or []) for a missing key. Loaders that depend on arguments are kept
 * per argument set, so one request's different pages never mix.
 */
export class Loaders {
  readonly nodes: DataLoader<string, GraphNode | null>;
  private readonly keyed = new Map<string, DataLoader<string, unknown>>();

  constructor(readonly reads: ReadRepository) {
    this.nodes = new DataLoader(async (ids) => {
      const nodes = (await reads.batch(NODES_BY_IDS, ids, 'node', {})).map((n) => toGraphNode(n));
      this.prime(nodes.filter((n): n is GraphNode => n !== null && n.kind === 'ATTRIBUTION'));
      return nodes;
    });
  }

  /** Remembers nodes another query already returned whole, so resolving them costs no round trip. */
  prime(nodes: Iterable<GraphNode>): void {
    for (const n of nodes) {
      if (n.kind !== 'ATTRIBUTION' || 'claimId' in n) this.nodes.prime(n.id, n);
      // Attributions carry their speaker and source (see attribution/_fields).
      for (const nested of [n.speakerNode, n.sourceNode]) {
        const node = toGraphNode(nested);
        if (node) this.nodes.prime(node.id, node);
      }
    }
  }

  /** A source's text, for sources that came without it (textOmitted). */
  sourceText(sourceId: string): Promise<string | null> {
    return this.loader(SOURCE_TEXTS, 'text', {}, (v) => v ?? null).load(sourceId);
  }

  private count<P extends Ids>(query: QueryDef<P, Count>, params: Omit<P, 'ids'>): DataLoader<string, number> {
    return this.loader(query, 'count', params, (v) => v ?? 0);
  }

  /** A loader for batch statement `query`, reading `field` of each row, kept per params. */
  private loader<P extends Ids, R extends { id: string }, F extends keyof R & string, T>(
    query: QueryDef<P, R>,
    field: F,
    params: Omit<P, 'ids'>,
    map: (v: R[F] | undefined) => T,
  ): DataLoader<string, T> {
    const key = `${query.name}:${field}:${JSON.stringify(params)}`;
    // The key names the statement, field and params, so the loader stored under it maps to T.
    let loader = this.keyed.get(key) as DataLoader<string, T> | undefined;
    if (!loader) {
      loader = new DataLoader<string, T>(async (ids) => (await this.reads.batch(query, ids, field, params)).map(map));
      this.keyed.set(key, loader as DataLoader<string, unknown>);
    }
    return loader;
  }

  private nodeList<P extends Ids>(query: QueryDef<P, Items>, params: Omit<P, 'ids'>) {
    return this.loader(query, 'items', params, (v) => {
      const nodes = toGraphNodes(v);
      this.prime(nodes);
      return nodes;
    });
  }

  /** Seeds a claim's attribution list fetched by another query, so resolving it costs no round trip. */
  primeAttributionsOfClaim(claimId: string, limit: number, attributions: GraphNode[]): void {
    this.prime(attributions);
    this.nodeList(Q.attributionsByClaims, { statuses: visibleStatuses(false), limit }).prime(claimId, attributions);
  }

  attributionsOfClaim(claimId: string, includeRetracted: boolean, limit: number): Promise<GraphNode[]> {
    return this.nodeList(Q.attributionsByClaims, { statuses: visibleStatuses(includeRetracted), limit }).load(claimId);
  }

  /** A claim's attributions with ids after `after`, in id order (a keyset page). */
  attributionsOfClaimAfter(claimId: string, includeRetracted: boolean, after: string, limit: number): Promise<GraphNode[]> {
    return this.nodeList(Q.attributionsByClaimsAfter, { statuses: visibleStatuses(includeRetracted), limit, after }).load(claimId);
  }

  attributionCount(claimId: string, includeRetracted: boolean): Promise<number> {
    return this.count(Q.countAttributionsByClaims, { statuses: visibleStatuses(includeRetracted) }).load(claimId);
  }

  aboutOfClaim(claimId: string, limit: number): Promise<GraphNode[]> {
    return this.nodeList(Q.aboutByClaims, { limit }).load(claimId);
  }

  claimsOfEvent(eventId: string, includeRetracted: boolean, limit: number): Promise<GraphNode[]> {
    return this.nodeList(Q.claimsByEvents, { statuses: visibleStatuses(includeRetracted), limit }).load(eventId);
  }

  claimCountOfEvent(eventId: string, includeRetracted: boolean): Promise<number> {
    return this.count(Q.countClaimsByEvents, { statuses: visibleStatuses(includeRetracted) }).load(eventId);
  }

  supersededBy(claimId: string): Promise<GraphNode[]> {
    return this.nodeList(Q.supersededBy, {}).load(claimId);
  }

  /** Claims linked to a claim by one kind of link in one direction, hidden ones left out unless asked. */
  relatedClaims(claimId: string, p: { kind: 'CONTRADICTS' | 'SUPPORTS'; direction: 'OUT' | 'IN' | 'BOTH'; includeRetracted: boolean; limit: number }): Promise<GraphNode[]> {
    return this.nodeList(Q.relatedByClaims, { kind: p.kind, direction: p.direction, statuses: visibleStatuses(p.includeRetracted), limit: p.limit }).load(claimId);
  }

  relationsOfClaim(claimId: string, includeRetracted: boolean, limit: number): Promise<ClaimRelationRow[]> {
    return this.loader(Q.relationsByClaims, 'items', { statuses: visibleStatuses(includeRetracted), limit }, (v) =>
      (v ?? []).map((r) => ({ ...r, other: toGraphNode(r.other) })),
    ).load(claimId);
  }

  statementsPage(actorId: string, params: { after: string; limit: number; includeRetracted: boolean }): Promise<GraphNode[]> {
    return this.nodeList(Q.attributionsBySpeakers, { after: params.after, limit: params.limit, statuses: visibleStatuses(params.includeRetracted) }).load(actorId);
  }

  statementsCount(actorId: string, includeRetracted: boolean): Promise<number> {
    return this.count(Q.countAttributionsBySpeakers, { statuses: visibleStatuses(includeRetracted) }).load(actorId);
  }

  sourceAttributionsPage(sourceId: string, params: { afterStart: number; afterId: string; limit: number; includeRetracted: boolean }): Promise<GraphNode[]> {
    return this.nodeList(Q.attributionsBySources, {
      afterStart: params.afterStart,
      afterId: params.afterId,
      limit: params.limit,
      statuses: visibleStatuses(params.includeRetracted),
    }).load(sourceId);
  }

  sourceAttributionsCount(sourceId: string, includeRetracted: boolean): Promise<number> {
    return this.count(Q.countAttributionsBySources, { statuses: visibleStatuses(includeRetracted) }).load(sourceId);
  }

  /** Publisher, authors, cites and citedBy; each list cut at limit in the query. */
  sourceLinks(sourceId: string, limit: number): Promise<SourceLinks> {
    return this.loader(SOURCE_LINKS, 'links', { limit }, (v) => {
      const l = v ?? { publisher: null, authors: [], cites: [], citedBy: [] };
      const links = { publisher: toGraphNode(l.publisher), authors: toGraphNodes(l.authors), cites: toGraphNodes(l.cites), citedBy: toGraphNodes(l.citedBy) };
      this.prime([...links.authors, ...links.cites, ...links.citedBy, ...(links.publisher ? [links.publisher] : [])]);
      return links;
    }).load(sourceId);
  }

  /** Positions, memberships, published sources and merged ids; each list cut at limit in the query. */
  actorLinks(actorId: string, limit: number): Promise<ActorLinks> {
    return this.loader(Q.actorLinks, 'links', { limit }, (v) => {
      const l = v ?? { positions: [], positionHolders: [], memberships: [], members: [], published: [], publishedCount: 0, mergedIds: [] };
      const rel = (rows: LinkRowStored[] | undefined): LinkRow[] =>
        (rows ?? []).map((r) => ({
          ...r,
          person: toGraphNode(r.person),
          organisation: toGraphNode(r.organisation),
          member: toGraphNode(r.member),
        }));
      return {
        positions: rel(l.positions),
        positionHolders: rel(l.positionHolders),
        memberships: rel(l.memberships),
        members: rel(l.members),
        published: toGraphNodes(l.published),
        publishedCount: l.publishedCount ?? 0,
        mergedIds: l.mergedIds ?? [],
      };
    }).load(actorId);
  }

  mentionsOfActor(actorId: string, limit: number): Promise<MentionRow[]> {
    return this.loader(Q.actorMentions, 'items', { limit }, mentionRows).load(actorId);
  }

  mentionCountOfActor(actorId: string): Promise<number> {
    return this.loader(Q.actorMentions, 'count', { limit: 0 }, (v) => v ?? 0).load(actorId);
  }

  mentionsInSource(sourceId: string, limit: number): Promise<MentionRow[]> {
    return this.loader(Q.sourceMentions, 'items', { limit }, mentionRows).load(sourceId);
  }

  mentionCountInSource(sourceId: string): Promise<number> {
    return this.loader(Q.sourceMentions, 'count', { limit: 0 }, (v) => v ?? 0).load(sourceId);
  }
}

const mentionRows = (v: MentionRow[] | undefined): MentionRow[] => v ?? [];

export interface ClaimRelationRow {
  id: string;
  kind: 'CONTRADICTS' | 'SUPPORTS';
  outgoing: boolean;
  basis: string;
  createdBy: string | null;
  createdAt: string | null;
  other: GraphNode | null;
}

export interface SourceLinks {
  publisher: GraphNode | null;
  authors: GraphNode[];
  cites: GraphNode[];
  citedBy: GraphNode[];
}

export interface LinkRow {
  title?: string;
  from?: string | null;
  to?: string | null;
  person: GraphNode | null;
  organisation: GraphNode | null;
  member: GraphNode | null;
}

export interface ActorLinks {
  positions: LinkRow[];
  positionHolders: LinkRow[];
  memberships: LinkRow[];
  members: LinkRow[];
  published: GraphNode[];
  publishedCount: number;
  mergedIds: string[];
}

export interface MentionRow {
  surface: string;
  start: number;
  end: number;
  actorId: string;
  sourceId: string;
}
