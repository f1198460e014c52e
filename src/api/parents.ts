import type { OriginGroup } from '../domain/analysis/origins';
import type { Drift } from '../domain/analysis/drift';
import type { Impact } from '../domain/analysis/impact';
import type { GraphNode } from '../graph/records';
import type { ClaimReport } from '../graph/repositories/AnalysisReader';

/**
 * What the fact-checker and analysis views hand to their field resolvers: the data a
 * query read, not the SDL's shape. codegen.ts maps each GraphQL type to one of these.
 */

/** One attribution of a provenance, with the source ids of each chain behind it. */
/** Shaped whole by the provenance resolver from its one statement: no field resolver runs below it. */
export interface ProvenanceEntryParent {
  attribution: GraphNode;
  source: GraphNode;
  /** [source, relied-on source, …, origin], longest first. */
  chains: GraphNode[][];
  origins: GraphNode[];
}

export interface ProvenanceParent {
  claim: GraphNode;
  entryCount: number;
  /** Cut at the largest `first` the operation asks; each selection takes its own. */
  entries: ProvenanceEntryParent[];
}

export interface DisputeParent {
  id: string;
  basis: string;
  claim: GraphNode;
  counterclaim: GraphNode;
  /** Whether the disputes were asked with includeRetracted: both sides' attributions follow it. */
  includeRetracted: boolean;
}

export interface CorroborationParent {
  claim: GraphNode;
  attributionCount: number;
  independentOriginCount: number;
  groups: OriginGroup[];
}

export interface QuoteVariantParent extends Drift {
  attributionId: string;
  spellings: string[];
}

export interface QuoteDriftParent {
  claim: GraphNode;
  baseline: ClaimReport | null;
  baselineSpellings: string[];
  variants: QuoteVariantParent[];
}

export interface AffectedDisputeParent {
  id: string;
  claimId: string;
  counterclaimId: string;
}

export interface ImpactParent extends Omit<Impact, 'disputesAffected'> {
  nodeId: string;
  disputesAffected: AffectedDisputeParent[];
}
