/** Plain data the standard formats are built from (gathered by graph/repositories/StandardsReader). */
export interface ActorRef {
  id: string;
  kind: 'PERSON' | 'ORGANISATION';
  name: string;
  wikidataId?: string | null;
}

export interface SourceRef {
  id: string;
  title: string;
  url: string | null;
  publishedAt: string | null;
  publisher: ActorRef | null;
}

/** One attribution: who said the claim, where, and the reporting chains behind that source. */
export interface QuoteRef {
  id: string;
  mode: string;
  quote: string;
  saidAt: string | null;
  speaker: ActorRef | null;
  onBehalfOf: ActorRef | null;
  sourceId: string;
  viaIds: string[];
  /** Source ids from this attribution's source back to an earliest known origin, longest first. */
  chains: string[][];
}

export interface ClaimProvenance {
  claim: { id: string; text: string };
  quotes: QuoteRef[];
  sources: Map<string, SourceRef>;
}

export interface ReviewData {
  id: string;
  ratingLabel: string;
  ratingValue: number | null;
  bestRating: number | null;
  worstRating: number | null;
  rationale: string | null;
  url: string;
  publishedAt: string | null;
  reviewer: ActorRef | null;
}

/** A quote to express as a Web Annotation: the attribution, its claim, its source and the source's text. */
export interface AnnotationData {
  id: string;
  quote: string;
  start: number;
  end: number;
  createdAt: string | null;
  createdBy: string | null;
  claim: { id: string; text: string };
  source: { id: string; url: string | null; title: string };
  text: string;
}
