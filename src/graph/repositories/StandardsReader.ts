import { buildAnnotation } from '../../formats/web-annotation';
import { buildClaimReview } from '../../formats/claim-review';
import { buildProvDocument } from '../../formats/prov';
import type { ActorRef, AnnotationData, ClaimProvenance, QuoteRef, ReviewData, SourceRef } from '../../formats/types';
import { toGraphNode, toGraphNodes, type GraphNode } from '../records';
import { PROVENANCE } from './provenance-query';
import { NODES_BY_IDS, REVIEWS_BY_IDS, SOURCE_LINKS, SOURCE_TEXTS } from './shared-batches';
import type { ReadRepository } from './ReadRepository';

/** The most attributions one provenance document or ClaimReview covers (the page-size cap). */
const MAX_ENTRIES = 100;

const str = (v: unknown): string | null => (typeof v === 'string' && v !== '' ? v : null);

const actorRef = (n: GraphNode | null | undefined): ActorRef | null =>
  n && (n.kind === 'PERSON' || n.kind === 'ORGANISATION') ? { id: n.id, kind: n.kind, name: String(n.name), wikidataId: str(n.wikidataId) } : null;

/**
 * Gathers what the standard formats (ClaimReview, Web Annotation, PROV-O) carry, with
 * the API's own named reads, and builds the documents. Used by the API and the CLI alike.
 */
export class StandardsReader {
  constructor(private readonly reads: ReadRepository) {}

  private async nodes(ids: string[]): Promise<Map<string, GraphNode>> {
    const unique = [...new Set(ids)];
    const found = await this.reads.batch(NODES_BY_IDS, unique, 'node', {});
    const out = new Map<string, GraphNode>();
    unique.forEach((id, i) => {
      const n = toGraphNode(found[i]);
      if (n) out.set(id, n);
    });
    return out;
  }

  async reviews(ids: string[]): Promise<(GraphNode | null)[]> {
    return (await this.reads.batch(REVIEWS_BY_IDS, ids, 'node', {})).map((n) => toGraphNode(n));
  }

  /** A claim's attributions with speakers, sources (with publishers) and reporting chains. */
  async provenance(claimId: string): Promise<ClaimProvenance | null> {
    const [row] = await this.reads.run(PROVENANCE, { claimId, statuses: ['ACTIVE'], limit: MAX_ENTRIES });
    const claim = row ? toGraphNode(row.claim) : null;
    if (!row || !claim) return null;
    const entries = row.entries.map((e) => ({ ...e, a: toGraphNode(e.attribution)! }));
    const sourceNodes = toGraphNodes(row.sources);
    const links = await this.reads.batch(SOURCE_LINKS, sourceNodes.map((s) => s.id), 'links', { limit: 1 });
    const behalf = await this.nodes(entries.map((e) => str(e.a.onBehalfOfId)).filter((x): x is string => x !== null));
    const sources = new Map<string, SourceRef>(
      sourceNodes.map((s, i) => [
        s.id,
        {
          id: s.id,
          title: String(s.title),
          url: str(s.url),
          publishedAt: str(s.publishedAt),
          publisher: actorRef(toGraphNode(links[i]?.publisher)),
        },
      ]),
    );
    const quotes: QuoteRef[] = entries.map(({ a, chains, sourceId }) => ({
      id: a.id,
      mode: String(a.mode),
      quote: String(a.quote),
      saidAt: str(a.saidAt),
      speaker: actorRef(toGraphNode(a.speakerNode)),
      onBehalfOf: actorRef(behalf.get(String(a.onBehalfOfId))),
      sourceId,
      viaIds: (a.viaIds as string[] | undefined) ?? [],
      // Longest chain first: the fullest account of the reporting chain leads.
      chains: chains.slice().sort((x, y) => y.length - x.length || x.join().localeCompare(y.join())),
    }));
    return { claim: { id: claim.id, text: String(claim.text) }, quotes, sources };
  }

  /** A review as schema.org ClaimReview JSON-LD; null for an unknown id. */
  async claimReview(reviewId: string): Promise<Record<string, unknown> | null> {
    const [review] = await this.reviews([reviewId]);
    if (!review) return null;
    const [p, reviewer] = await Promise.all([this.provenance(String(review.claimId)), this.nodes([String(review.reviewerId)])]);
    if (!p) return null;
    return buildClaimReview(toReviewData(review, actorRef(reviewer.get(String(review.reviewerId)))), p);
  }

  /** A claim's provenance as PROV-O JSON-LD; null for an unknown claim. */
  async provenanceDocument(claimId: string): Promise<Record<string, unknown> | null> {
    const p = await this.provenance(claimId);
    return p ? buildProvDocument(p) : null;
  }

  /** Attributions as Web Annotations, in the order asked; null where the source holds no text. */
  async annotations(attributionIds: string[]): Promise<(Record<string, unknown> | null)[]> {
    const found = await this.nodes(attributionIds);
    const attributions = attributionIds.map((id) => found.get(id)).filter((a): a is GraphNode => a?.kind === 'ATTRIBUTION');
    const sourceIds = [...new Set(attributions.map((a) => String(a.sourceId)))];
    const textList = await this.reads.batch(SOURCE_TEXTS, sourceIds, 'text', {});
    const textOf = new Map(sourceIds.map((id, i) => [id, textList[i]]));
    const claims = await this.nodes(attributions.map((a) => String(a.claimId)));
    return attributionIds.map((id) => {
      const a = found.get(id);
      const text = a ? textOf.get(String(a.sourceId)) : undefined;
      if (!a || a.kind !== 'ATTRIBUTION' || typeof text !== 'string' || typeof a.start !== 'number' || typeof a.end !== 'number') return null;
      const source = toGraphNode(a.sourceNode);
      const claim = claims.get(String(a.claimId));
      const data: AnnotationData = {
        id: a.id,
        quote: String(a.quote),
        start: a.start,
        end: a.end,
        createdAt: str(a.createdAt),
        createdBy: str(a.createdBy),
        claim: { id: String(a.claimId), text: String(claim?.text ?? '') },
        source: { id: String(a.sourceId), url: str(source?.url), title: String(source?.title ?? '') },
        text,
      };
      return buildAnnotation(data);
    });
  }
}

function toReviewData(r: GraphNode, reviewer: ActorRef | null): ReviewData {
  const num = (v: unknown) => (typeof v === 'number' ? v : null);
  return {
    id: r.id,
    ratingLabel: String(r.ratingLabel),
    ratingValue: num(r.ratingValue),
    bestRating: num(r.bestRating),
    worstRating: num(r.worstRating),
    rationale: str(r.rationale),
    url: String(r.url),
    publishedAt: str(r.publishedAt),
    reviewer,
  };
}
