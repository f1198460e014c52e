import { invalid } from './errors';

/** The state of a claim a rule needs: its id and status. */
export interface ClaimState {
  id: string;
  status: string;
}

const word = (status: string) => status.toLowerCase();

/** CONTRADICTS reads the same both ways: a link in the other direction is the same link. SUPPORTS has a direction. */
export const readsBothWays = (kind: 'CONTRADICTS' | 'SUPPORTS'): boolean => kind === 'CONTRADICTS';

/** A claim cannot contradict or support itself. */
export function checkClaimLink(fromId: string, toId: string): void {
  if (fromId === toId) throw invalid('link', 'toId', 'a claim cannot be linked to itself');
}

/** Only an active claim takes new attributions: a retracted or superseded one points to its replacement. */
export function checkCanAttribute(claim: ClaimState): void {
  if (claim.status !== 'ACTIVE') throw invalid('claim', 'claimId', `claim "${claim.id}" is ${word(claim.status)}; attribute its replacement instead`);
}

export function checkCanRetractClaim(claim: ClaimState): void {
  if (claim.status !== 'ACTIVE') throw invalid('claim', 'id', `claim "${claim.id}" is already ${word(claim.status)}`);
}

/**
 * No claim without provenance: an active claim keeps at least one active attribution,
 * so its last one cannot be retracted (retract the claim instead).
 */
export function checkCanRetractAttribution(attribution: ClaimState, claim: ClaimState & { activeAttributions: number }): void {
  if (attribution.status !== 'ACTIVE') throw invalid('attribution', 'id', `attribution "${attribution.id}" is already retracted`);
  if (claim.status === 'ACTIVE' && claim.activeAttributions <= 1) {
    throw invalid('attribution', 'id', `"${attribution.id}" is the last active attribution of claim "${claim.id}"; retract the claim instead`);
  }
}

/** A claim cannot supersede itself, and only an active claim can supersede or be superseded. */
export function checkSupersede(old: ClaimState, replacement: ClaimState): void {
  if (old.id === replacement.id) throw invalid('claim', 'supersededById', 'a claim cannot supersede itself');
  if (old.status !== 'ACTIVE') throw invalid('claim', 'id', `claim "${old.id}" is already ${word(old.status)}`);
  if (replacement.status !== 'ACTIVE') throw invalid('claim', 'supersededById', `claim "${replacement.id}" is not active`);
}
