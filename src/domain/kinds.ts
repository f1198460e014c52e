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

/** Labels above the kinds: every node is a :Node, every person and organisation an :Actor. */
export const NODE_LABEL = 'Node';
export const ACTOR_LABEL = 'Actor';

interface KindEntry {
  /** The label that marks the kind; every node also carries :Node. */
  readonly label: string;
  /** Labels shared with other kinds (an actor is also :Actor). */
  readonly extraLabels: readonly string[];
  /** The GraphQL object type. */
  readonly typeName: string;
  /** Id prefixes make ids readable in logs and URLs; uniqueness comes from the UUID. */
  readonly idPrefix: string;
  /** How error messages name the kind. */
  readonly word: string;
}

/**
 * The one table of kinds: Neo4j labels, GraphQL type names, id prefixes and words are
 * derived from here (the Cypher templates and the explorer's label list too).
 */
export const KINDS = Object.freeze({
  PERSON: { label: 'Person', extraLabels: [ACTOR_LABEL], typeName: 'Person', idPrefix: 'person', word: 'person' },
  ORGANISATION: { label: 'Organisation', extraLabels: [ACTOR_LABEL], typeName: 'Organisation', idPrefix: 'org', word: 'organisation' },
  SOURCE: { label: 'Source', extraLabels: [], typeName: 'Source', idPrefix: 'src', word: 'source' },
  CLAIM: { label: 'Claim', extraLabels: [], typeName: 'Claim', idPrefix: 'claim', word: 'claim' },
  ATTRIBUTION: { label: 'Attribution', extraLabels: [], typeName: 'Attribution', idPrefix: 'attr', word: 'attribution' },
  EVENT: { label: 'Event', extraLabels: [], typeName: 'Event', idPrefix: 'event', word: 'event' },
  CHANGE: { label: 'Change', extraLabels: [], typeName: 'Change', idPrefix: 'change', word: 'change' },
  REVIEW: { label: 'Review', extraLabels: [], typeName: 'Review', idPrefix: 'review', word: 'review' },
} as const satisfies { readonly [K in AnyKind]: KindEntry });

/** The GraphQL object types of nodes, as a union of literals (what __resolveType must return). */
export type NodeTypeName = (typeof KINDS)[AnyKind]['typeName'];

const ALL_KINDS = Object.keys(KINDS) as AnyKind[];

/** The Neo4j label that marks each kind (besides :Node, and :Actor for actors). */
export const labelOf = (kind: AnyKind): string => KINDS[kind].label;

/** Every label a node of this kind carries besides :Node, e.g. Actor and Person. */
export const labelsOf = (kind: AnyKind): string[] => [...KINDS[kind].extraLabels, KINDS[kind].label];

/** The kind of a node from its labels; null for nodes outside the model. */
export function kindOfLabels(labels: readonly string[]): AnyKind | null {
  return ALL_KINDS.find((kind) => labels.includes(KINDS[kind].label)) ?? null;
}

/** The GraphQL type name of each kind. */
export const typeNameOf = (kind: AnyKind): NodeTypeName => KINDS[kind].typeName;

export const idPrefixOf = (kind: AnyKind): string => KINDS[kind].idPrefix;

/** The word error messages use for a kind ("no person with id …"). */
export const wordOf = (kind: AnyKind): string => KINDS[kind].word;

export const newId = (kind: AnyKind): string => `${idPrefixOf(kind)}-${crypto.randomUUID()}`;
