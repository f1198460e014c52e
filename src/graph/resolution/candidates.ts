import { shortlistQuery } from '../../domain/resolution/index-terms';
import type { ActorKind } from '../../domain/resolution/name-key';
import { CANDIDATE_FLOOR, keysOf, scoreCandidate, type MatchReason } from '../../domain/resolution/score';
import { RESOLUTION, actorNamesOf, type ActorNames, type RunResolution } from './queries';

export interface Candidate {
  id: string;
  kind: ActorKind;
  name: string;
  score: number;
  reasons: MatchReason[];
}

/** How many actors the index hands over for rescoring, per kind and query. */
const SHORTLIST = 50;

export interface CandidateQuery {
  /** The spellings asked about: a name, or a new actor's name, aliases and acronym. */
  names: readonly string[];
  kinds: readonly ActorKind[];
  /** Never these (the actor itself, those said to be different). */
  exclude?: ReadonlySet<string>;
  first: number;
  floor?: number;
}

/** Existing actors that may be the one named, best first: shortlisted by the index, scored here. */
export async function findCandidates(run: RunResolution, query: CandidateQuery): Promise<Candidate[]> {
  const queries = query.kinds
    .map((kind) => ({ key: kind, lucene: shortlistQuery(kind, keysOf(query.names, kind)) }))
    .filter((q) => q.lucene !== null);
  if (queries.length === 0) return [];
  const rows = await run(RESOLUTION.shortlist, { queries, limit: SHORTLIST });
  const seen = new Map<string, ActorNames>();
  for (const r of rows) if (r.key === r.kind) seen.set(r.id, actorNamesOf(r));
  const floor = query.floor ?? CANDIDATE_FLOOR;
  return [...seen.values()]
    .filter((a) => !query.exclude?.has(a.id))
    .map((a) => ({ id: a.id, kind: a.kind, name: a.name, ...scoreCandidate(keysOf(query.names, a.kind), keysOf(a.names, a.kind)) }))
    .filter((c) => c.score >= floor)
    .sort((a, b) => b.score - a.score || a.id.localeCompare(b.id))
    .slice(0, query.first);
}

/** The actors each of these is marked different from, both ways round. */
export async function differentFrom(run: RunResolution, ids: readonly string[]): Promise<Map<string, Set<string>>> {
  const out = new Map<string, Set<string>>(ids.map((id) => [id, new Set<string>()]));
  if (ids.length === 0) return out;
  for (const r of await run(RESOLUTION.differentFrom, { ids: [...new Set(ids)] })) out.set(r.id, new Set(r.others ?? []));
  return out;
}
