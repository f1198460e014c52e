import type { OriginGroup } from '../domain/analysis/origins';
import type { GraphNode } from '../graph/records';
import type { Scored } from '../matching/score';

/** A ClaimMatch's parent: the scored candidate and the matched claim's node. */
export interface ClaimMatchParent {
  match: Scored;
  claim: GraphNode;
}

export interface NewReportParent {
  independent: boolean;
  joins: OriginGroup | null;
  reason: string;
}
