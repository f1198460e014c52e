import DataLoader from 'dataloader';
import type { ReadName, ReadRepository } from '../graph/repositories/ReadRepository';
import { toGraphNode, toGraphNodes, visibleStatuses, type GraphNode } from '../graph/records';

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
      const nodes = (await reads.batch('nodesByIds', ids, 'node')).map((n) => toGraphNode(n));
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
    return this.loader('sourceTexts', 'text', {}, (v) => (typeof v === 'string' ? v : null)).load(sourceId);
  }

  private count(name: ReadName, params: Record<string, unknown>): DataLoader<string, number> {
    return this.loader(name, 'count', params, (v) => Number(v ?? 0));
  }

  /** A loader for batch query `name`, reading `field` of each row, kept per params. */
  private loader<T>(name: ReadName, field: string, params: Record<string, unknown>, map: (v: unknown) => T): DataLoader<string, T> {
    const key = `${name}:${field}:${JSON.stringify(params)}`;
    let loader = this.keyed.get(key) as DataLoader<string, T> | undefined;
    if (!loader) {
      loader = new DataLoader<string, T>(async (ids) => (await this.reads.batch(name, ids, field, params)).map(map));
      this.keyed.set(key, loader as DataLoader<string, unknown>);
    }
    return loader;
  }

  private nodeList(name: ReadName, params: Record<string, unknown> = {}) {
    return this.loader(name, 'items', params, (v) => {
      const nodes = toGraphNodes(v);
      this.prime(nodes);
      return nodes;
    });
  }

  /** Seeds a claim's attribution list fetched by another query, so resolving it costs no round trip. */
  primeAttributionsOfClaim(claimId: string, limit: number, attributions: GraphNode[]): void {
    this.prime(attributions);
    this.nodeList('attributionsByClaims', { statuses: visibleStatuses(false), limit }).prime(claimId, attributions);
  }

  attributionsOfClaim(claimId: string, includeRetracted: boolean, limit: number): Promise<GraphNode[]> {
    return this.nodeList('attributionsByClaims', { statuses: visibleStatuses(includeRetracted), limit }).load(claimId);
  }

  attributionCount(claimId: string, includeRetracted: boolean): Promise<number> {
    return this.count('countAttributionsByClaims', { statuses: visibleStatuses(includeRetracted) }).load(claimId);
  }

  aboutOfClaim(claimId: string, limit: number): Promise<GraphNode[]> {
    return this.nodeList('aboutByClaims', { limit }).load(claimId);
  }

  claimsOfEvent(eventId: string, includeRetracted: boolean, limit: number): Promise<GraphNode[]> {
    return this.nodeList('claimsByEvents', { statuses: visibleStatuses(includeRetracted), limit }).load(eventId);
  }

  claimCountOfEvent(eventId: string, includeRetracted: boolean): Promise<number> {
    return this.count('countClaimsByEvents', { statuses: visibleStatuses(includeRetracted) }).load(eventId);
  }

  supersededBy(claimId: string): Promise<GraphNode[]> {
    return this.nodeList('supersededBy').load(claimId);
  }

  /** Claims linked to a claim by one kind of link in one direction, hidden ones left out unless asked. */
  relatedClaims(claimId: string, p: { kind: 'CONTRADICTS' | 'SUPPORTS'; direction: 'OUT' | 'IN' | 'BOTH'; includeRetracted: boolean; limit: number }): Promise<GraphNode[]> {
    return this.nodeList('relatedByClaims', { kind: p.kind, direction: p.direction, statuses: visibleStatuses(p.includeRetracted), limit: p.limit }).load(claimId);
  }

  relationsOfClaim(claimId: string, includeRetracted: boolean, limit: number): Promise<ClaimRelationRow[]> {
    return this.loader('relationsByClaims', 'items', { statuses: visibleStatuses(includeRetracted), limit }, (v) =>
      ((v as Record<string, unknown>[] | undefined) ?? []).map((r) => ({ ...r, other: toGraphNode(r.other) }) as ClaimRelationRow),
    ).load(claimId);
  }

  statementsPage(actorId: string, params: { after: string; limit: number; includeRetracted: boolean }): Promise<GraphNode[]> {
    return this.nodeList('attributionsBySpeakers', { after: params.after, limit: params.limit, statuses: visibleStatuses(params.includeRetracted) }).load(actorId);
  }

  statementsCount(actorId: string, includeRetracted: boolean): Promise<number> {
    return this.count('countAttributionsBySpeakers', { statuses: visibleStatuses(includeRetracted) }).load(actorId);
  }

  sourceAttributionsPage(sourceId: string, params: { afterStart: number; afterId: string; limit: number; includeRetracted: boolean }): Promise<GraphNode[]> {
    return this.nodeList('attributionsBySources', {
      afterStart: params.afterStart,
      afterId: params.afterId,
      limit: params.limit,
      statuses: visibleStatuses(params.includeRetracted),
    }).load(sourceId);
  }

  sourceAttributionsCount(sourceId: string, includeRetracted: boolean): Promise<number> {
    return this.count('countAttributionsBySources', { statuses: visibleStatuses(includeRetracted) }).load(sourceId);
  }

  /** Publisher, authors, cites and citedBy; each list cut at limit in the query. */
  sourceLinks(sourceId: string, limit: number): Promise<SourceLinks> {
    return this.loader('sourceLinks', 'links', { limit }, (v) => {
      const l = (v ?? {}) as Record<string, unknown>;
      const links = { publisher: toGraphNode(l.publisher), authors: toGraphNodes(l.authors), cites: toGraphNodes(l.cites), citedBy: toGraphNodes(l.citedBy) };
      this.prime([...links.authors, ...links.cites, ...links.citedBy, ...(links.publisher ? [links.publisher] : [])]);
      return links;
    }).load(sourceId);
  }

  /** Positions, memberships, published sources and merged ids; each list cut at limit in the query. */
  actorLinks(actorId: string, limit: number): Promise<ActorLinks> {
    return this.loader('actorLinks', 'links', { limit }, (v) => {
      const l = (v ?? {}) as Record<string, Record<string, unknown>[] | string[]>;
      const rel = (rows: unknown) =>
        ((rows as Record<string, unknown>[] | undefined) ?? []).map((r) => ({
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
        publishedCount: Number(l.publishedCount ?? 0),
        mergedIds: ((l.mergedIds as string[] | undefined) ?? []).map(String),
      };
    }).load(actorId);
  }

  mentionsOfActor(actorId: string, limit: number): Promise<MentionRow[]> {
    return this.loader('actorMentions', 'items', { limit }, mentionRows).load(actorId);
  }

  mentionCountOfActor(actorId: string): Promise<number> {
    return this.loader('actorMentions', 'count', { limit: 0 }, (v) => Number(v ?? 0)).load(actorId);
  }

  mentionsInSource(sourceId: string, limit: number): Promise<MentionRow[]> {
    return this.loader('sourceMentions', 'items', { limit }, mentionRows).load(sourceId);
  }

  mentionCountInSource(sourceId: string): Promise<number> {
    return this.loader('sourceMentions', 'count', { limit: 0 }, (v) => Number(v ?? 0)).load(sourceId);
  }
}

const mentionRows = (v: unknown): MentionRow[] => (v as MentionRow[] | undefined) ?? [];

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
