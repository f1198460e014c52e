import { compact, iriOf, wikidataIri } from './iri';
import type { ActorRef, ClaimProvenance, ReviewData, SourceRef } from './types';

export const SCHEMA_ORG_CONTEXT = 'https://schema.org';

const agent = (a: ActorRef) =>
  compact({ '@type': a.kind === 'PERSON' ? 'Person' : 'Organization', '@id': iriOf(a.id), name: a.name, sameAs: wikidataIri(a.wikidataId) });

const creativeWork = (s: SourceRef) =>
  compact({
    '@type': 'CreativeWork',
    '@id': iriOf(s.id),
    url: s.url,
    name: s.title,
    datePublished: s.publishedAt,
    publisher: s.publisher ? agent(s.publisher) : null,
  });

/**
 * The sources a claim appeared in, earliest origin first: each reporting chain read from
 * its origin back to the source we hold, then the rest in the order the chains name them.
 */
export function appearanceOrder(p: ClaimProvenance): string[] {
  const ordered: string[] = [];
  const add = (id: string) => {
    if (!ordered.includes(id)) ordered.push(id);
  };
  const chains = p.quotes.flatMap((q) => (q.chains.length ? q.chains : [[q.sourceId]]));
  const origins = chains.map((c) => c[c.length - 1]);
  const date = (id: string) => p.sources.get(id)?.publishedAt ?? '\uffff';
  // Dated origins in date order (undated last), so firstAppearance is the earliest we know.
  [...new Set(origins)].sort((a, b) => date(a).localeCompare(date(b))).forEach(add);
  for (const c of chains) [...c].reverse().forEach(add);
  return ordered.filter((id) => p.sources.has(id));
}

/** The earliest date among the attributions' saidAt, else the earliest appearance's date. */
function claimDate(p: ClaimProvenance, appearance: string[]): string | null {
  const said = p.quotes.map((q) => q.saidAt).filter((d): d is string => !!d).sort();
  if (said.length) return said[0];
  const published = appearance.map((id) => p.sources.get(id)?.publishedAt).filter((d): d is string => !!d).sort();
  return published[0] ?? null;
}

/**
 * A review as schema.org ClaimReview JSON-LD, with the properties Google's ClaimReview
 * guidelines require (claimReviewed, reviewRating, url) and recommend (author,
 * datePublished, itemReviewed as a Claim with author, datePublished and appearances).
 */
export function buildClaimReview(review: ReviewData, p: ClaimProvenance): Record<string, unknown> {
  const appearance = appearanceOrder(p);
  const speakers = new Map(p.quotes.filter((q) => q.speaker).map((q) => [q.speaker!.id, q.speaker!]));
  const works = appearance.map((id) => creativeWork(p.sources.get(id)!));
  return compact({
    '@context': SCHEMA_ORG_CONTEXT,
    '@type': 'ClaimReview',
    '@id': iriOf(review.id),
    url: review.url,
    datePublished: review.publishedAt,
    author: review.reviewer ? agent(review.reviewer) : null,
    claimReviewed: p.claim.text,
    reviewBody: review.rationale,
    reviewRating: compact({
      '@type': 'Rating',
      alternateName: review.ratingLabel,
      ratingValue: review.ratingValue,
      bestRating: review.bestRating,
      worstRating: review.worstRating,
      ratingExplanation: review.rationale,
    }),
    itemReviewed: compact({
      '@type': 'Claim',
      '@id': iriOf(p.claim.id),
      text: p.claim.text,
      author: [...speakers.values()].map(agent),
      datePublished: claimDate(p, appearance),
      firstAppearance: works[0] ?? null,
      appearance: works,
    }),
  });
}
