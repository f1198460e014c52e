import { DomainError } from '../../src/domain/errors';

/** What a domain rule said, as one line — "CODE entity.field: reason" — or "accepted" when it let the data through. */
export function refusal(rule: () => unknown): string {
  try {
    rule();
  } catch (e) {
    if (!(e instanceof DomainError)) throw e;
    return `${e.code} ${e.subject?.entity}.${e.subject?.field}: ${e.message}`;
  }
  return 'accepted';
}

/** The DomainError a call throws, so its code, message and details can be checked. */
export function thrown(f: () => unknown): DomainError {
  try {
    f();
  } catch (e) {
    if (e instanceof DomainError) return e;
    throw e;
  }
  throw new Error('expected a DomainError, nothing was thrown');
}
