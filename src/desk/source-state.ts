import type { DeskAttributionState, SourceState } from '../domain/desk-revision';
import { defineQuery, type QueryDef } from '../graph/query';

interface StateRow {
  id: string;
  text: string | null;
  textSha256: string | null;
  attributions: Record<string, unknown>[];
}

export const SOURCE_STATE = defineQuery<{ id: string }, StateRow>('desk/sourceState', ['id']);

/** Runs a declared statement: the read repository outside a write, the write's own transaction inside one. */
export type RunDeclared = <P extends object, R extends object>(query: QueryDef<P, R>, params: P) => Promise<R[]>;

const str = (v: unknown): string | null => (v == null ? null : String(v));
const num = (v: unknown): number | null => (v == null ? null : Number(v));

function toState(a: Record<string, unknown>): DeskAttributionState {
  return {
    id: String(a.id),
    start: num(a.start),
    end: num(a.end),
    quote: String(a.quote ?? ''),
    mode: String(a.mode ?? ''),
    status: String(a.status ?? 'ACTIVE'),
    speakerId: str(a.speakerId),
    speakerName: str(a.speakerName),
    claimId: str(a.claimId),
    claimText: str(a.claimText),
    claimStatus: str(a.claimStatus),
    createdBy: str(a.createdBy),
    createdAt: str(a.createdAt),
    statusChangedAt: str(a.statusChangedAt),
    claimStatusChangedAt: str(a.claimStatusChangedAt),
  };
}

/** A source's text and attributions as the desk sees them; null when no source has the id. */
export async function sourceState(run: RunDeclared, id: string): Promise<(SourceState & { id: string; text: string | null }) | null> {
  const [row] = await run(SOURCE_STATE, { id });
  if (!row) return null;
  return { id: row.id, text: row.text, textSha256: row.textSha256, attributions: row.attributions.map(toState) };
}
