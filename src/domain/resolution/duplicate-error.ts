import { DomainError } from '../errors';
import type { MatchReason } from './score';

export interface SuspectedDuplicate {
  id: string;
  name: string;
  score: number;
  reasons: MatchReason[];
}

/**
 * DUPLICATE_SUSPECTED: the name matches existing actors. extensions.candidates lists them
 * ({id, name, score, reasons}); notDuplicateOf with their ids lets the write go ahead.
 */
export function duplicateSuspected(candidates: readonly SuspectedDuplicate[]): DomainError {
  const best = candidates[0];
  const others = candidates.length > 1 ? ` and ${candidates.length - 1} other(s)` : '';
  return new DomainError(
    'DUPLICATE_SUSPECTED',
    `This looks like an actor already in the graph: "${best.name}" (${best.id}, score ${best.score})${others}. ` +
      'Use that actor, merge, or repeat the request with notDuplicateOf listing the ids of those that are different actors.',
    { candidates: candidates.map((c) => ({ id: c.id, name: c.name, score: c.score, reasons: c.reasons })) },
    { entity: 'actor', field: 'name' },
  );
}
