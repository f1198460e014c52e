import { UnreachableCaseError } from './errors';

export const NODE_KINDS = ['PERSON', 'ORGANISATION', 'SOURCE', 'CLAIM', 'ATTRIBUTION', 'EVENT'] as const;
export type NodeKind = (typeof NODE_KINDS)[number];
/** Kinds that are nodes but not NodeKind values (not searched or drawn): changes and reviews. */
export type AnyKind = NodeKind | 'CHANGE' | 'REVIEW';

export const ATTRIBUTION_MODES = ['DIRECT_QUOTE', 'PARAPHRASE', 'REPORTED'] as const;
export type AttributionMode = (typeof ATTRIBUTION_MODES)[number];

export const CLAIM_STATUSES = ['ACTIVE', 'RETRACTED', 'SUPERSEDED'] as const;
export type ClaimStatus = (typeof CLAIM_STATUSES)[number];

export const CLAIM_RELATION_KINDS = ['CONTRADICTS', 'SUPPORTS'] as const;
export type ClaimRelationKind = (typeof CLAIM_RELATION_KINDS)[number];

export const SOURCE_KINDS = [
  'ARTICLE', 'STATEMENT', 'PRESS_RELEASE', 'SOCIAL_POST', 'WEBPAGE', 'REPORT', 'JUDGMENT', 'DECISION', 'NEWSPAPER', 'REMARKS', 'OTHER',
] as const;
export type SourceKind = (typeof SOURCE_KINDS)[number];

export const ORGANISATION_KINDS = ['NGO', 'NHRI', 'NETWORK', 'IGO', 'COURT', 'GOVERNMENT', 'MEDIA', 'COMPANY', 'OTHER'] as const;

/** The Neo4j label that marks each kind (besides :Node, and :Actor for actors). */
export function labelOf(kind: AnyKind): string {
  switch (kind) {
    case 'PERSON':
      return 'Person';
    case 'ORGANISATION':
      return 'Organisation';
    case 'SOURCE':
      return 'Source';
    case 'CLAIM':
      return 'Claim';
    case 'ATTRIBUTION':
      return 'Attribution';
    case 'EVENT':
      return 'Event';
    case 'CHANGE':
      return 'Change';
    case 'REVIEW':
      return 'Review';
    default:
      throw new UnreachableCaseError(kind);
  }
}

/** The kind of a node from its labels; null for nodes outside the model. */
export function kindOfLabels(labels: readonly string[]): AnyKind | null {
  for (const kind of [...NODE_KINDS, 'CHANGE', 'REVIEW'] as const) if (labels.includes(labelOf(kind))) return kind;
  return null;
}

/** The GraphQL type name of each kind. */
export function typeNameOf(kind: AnyKind): string {
  return labelOf(kind);
}

/** Id prefixes make ids readable in logs and URLs; uniqueness comes from the UUID. */
export function idPrefixOf(kind: AnyKind): string {
  switch (kind) {
    case 'PERSON':
      return 'person';
    case 'ORGANISATION':
      return 'org';
    case 'SOURCE':
      return 'src';
    case 'CLAIM':
      return 'claim';
    case 'ATTRIBUTION':
      return 'attr';
    case 'EVENT':
      return 'event';
    case 'CHANGE':
      return 'change';
    case 'REVIEW':
      return 'review';
    default:
      throw new UnreachableCaseError(kind);
  }
}

export const newId = (kind: AnyKind): string => `${idPrefixOf(kind)}-${crypto.randomUUID()}`;
