import { DomainError, invalid } from './errors';
import { sha256 } from './sha256';

/** One attribution in a source, as the desk's revision and conflict reports see it. */
export interface DeskAttributionState {
  id: string;
  start: number | null;
  end: number | null;
  quote: string;
  mode: string;
  status: string;
  speakerId: string | null;
  speakerName: string | null;
  claimId: string | null;
  claimText: string | null;
  claimStatus: string | null;
  createdBy: string | null;
  createdAt: string | null;
  statusChangedAt: string | null;
  claimStatusChangedAt: string | null;
}

export interface SourceState {
  textSha256: string | null;
  attributions: DeskAttributionState[];
}

/** The latest moment anything counted by the revision happened (ISO texts compare in time order). */
function latest(state: SourceState): string {
  let t = '0';
  for (const a of state.attributions) for (const x of [a.createdAt, a.statusChangedAt, a.claimStatusChangedAt]) if (x && x > t) t = x;
  return t;
}

/**
 * An opaque token that changes whenever an attribution in the source, or its claim, is added
 * or changes status (or the text is replaced). It carries the time of the latest such change,
 * so a conflict can say what happened since. Derived from the graph, so writes made outside
 * the desk (addClaim, retractAttribution, imports) change it too.
 */
export function revisionOf(state: SourceState): string {
  const parts = state.attributions.map((a) => [a.id, a.status, a.claimId, a.claimStatus, a.start, a.end]).sort((x, y) => String(x[0]).localeCompare(String(y[0])));
  const hash = sha256(JSON.stringify([state.textSha256, parts])).slice(0, 20);
  return Buffer.from(`${latest(state)}|${hash}`, 'utf8').toString('base64url');
}

/** The time a revision token carries; BAD_USER_INPUT when the token is not one. */
export function revisionTime(token: string): string {
  const [time, hash] = Buffer.from(token, 'base64url').toString('utf8').split('|');
  if (!time || !hash || !/^[0-9a-f]{20}$/.test(hash)) throw invalid('source', 'baseRevision', 'is not a revision deskSource gave');
  return time;
}

/**
 * A save over newer work: CONFLICT with the current revision, what was added or retracted
 * since the base, and every current attribution, so the desk can merge instead of losing work.
 */
export function staleRevision(base: string, state: SourceState): DomainError | null {
  const current = revisionOf(state);
  if (current === base) return null;
  const since = revisionTime(base);
  const added = state.attributions.filter((a) => (a.createdAt ?? '') > since);
  const retracted = state.attributions.filter((a) => a.status !== 'ACTIVE' && ((a.statusChangedAt ?? '') > since || (a.claimStatusChangedAt ?? '') > since));
  const who = [...new Set([...added, ...retracted].map((a) => a.createdBy).filter(Boolean))];
  return new DomainError(
    'CONFLICT',
    `This article changed since you opened it (${added.length} attribution(s) added, ${retracted.length} retracted${who.length ? ` by ${who.join(', ')}` : ''}); merge and save again with the current revision`,
    { reason: 'STALE_REVISION', currentRevision: current, baseRevision: base, added, retracted, attributions: state.attributions },
    { entity: 'source', field: 'baseRevision' },
  );
}
