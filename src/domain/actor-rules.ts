import { invalid } from './errors';

/** The state of an actor a rule needs. */
export interface ActorState {
  id: string;
  kind: string;
}

interface OrganisationFields {
  acronym?: unknown;
  orgKind?: unknown;
  country?: unknown;
}

const hasOrganisationFields = (input: OrganisationFields) => Boolean(input.acronym || input.orgKind || input.country);

/** Acronym, kind and country are an organisation's; a new person given one is refused. */
export function checkNewActor(kind: string, input: OrganisationFields): void {
  if (kind !== 'ORGANISATION' && hasOrganisationFields(input)) throw invalid('actor', 'kind', 'acronym, orgKind and country apply to organisations only');
}

/** People hold positions; organisations have memberships and organisation fields. */
export function checkActorUpdate(kind: string, input: OrganisationFields & { addPositions?: unknown[] | null; addMemberships?: unknown[] | null }): void {
  if (kind !== 'ORGANISATION' && (hasOrganisationFields(input) || input.addMemberships?.length)) {
    throw invalid('actor', null, 'acronym, orgKind, country and addMemberships apply to organisations only');
  }
  if (kind === 'ORGANISATION' && input.addPositions?.length) throw invalid('actor', 'addPositions', 'positions are held by people, not organisations');
}

/**
 * A merge joins two distinct, current actors of one kind. `requested` is what the caller
 * named; survivor and merged are what those ids resolve to now (a merged id resolves to its survivor).
 */
export function checkMerge(requested: { survivorId: string; mergedId: string }, survivor?: ActorState, merged?: ActorState): void {
  if (requested.survivorId === requested.mergedId) throw invalid('merge', 'mergedId', 'an actor cannot be merged into itself');
  if (!survivor || !merged) return;
  if (merged.id !== requested.mergedId) throw invalid('merge', 'mergedId', `"${requested.mergedId}" was already merged into ${merged.id}`);
  if (survivor.id !== requested.survivorId) throw invalid('merge', 'survivorId', `"${requested.survivorId}" was merged into ${survivor.id}; merge into that`);
  if (survivor.id === merged.id) throw invalid('merge', 'mergedId', 'both ids already name the same actor');
  if (survivor.kind !== merged.kind) throw invalid('merge', 'mergedId', `cannot merge a ${merged.kind.toLowerCase()} into a ${survivor.kind.toLowerCase()}`);
}
