import type { Params, Row } from '../Executor';
import { untypedQuery } from '../query';

/** The statements entity resolution sends, by short name; WriteTx knows them too. */
export const RESOLUTION_QUERIES = {
  resolutionShortlist: 'resolution/shortlist',
  resolutionNames: 'resolution/namesByIds',
  resolutionSetKeys: 'resolution/setKeys',
  resolutionPage: 'resolution/page',
  differentFrom: 'resolution/differentFrom',
  markDifferent: 'resolution/markDifferent',
  moveDifferentFrom: 'resolution/moveDifferentFrom',
} as const;

export type ResolutionQuery = keyof typeof RESOLUTION_QUERIES;

/** The same statements for the read side's door (ReadRepository.run). */
export const RESOLUTION_READS = Object.fromEntries(
  Object.entries(RESOLUTION_QUERIES).map(([key, name]) => [key, untypedQuery(name)]),
) as Record<ResolutionQuery, ReturnType<typeof untypedQuery>>;

/** Runs one of them in whatever transaction the caller holds (a read, a mutation's WriteTx, a bulk load). */
export type RunResolution = (query: ResolutionQuery, params: Params) => Promise<Row[]>;

/** An actor as resolution reads it. */
export interface ActorNames {
  id: string;
  kind: 'PERSON' | 'ORGANISATION';
  name: string;
  names: string[];
}

export const actorNamesOf = (r: Row): ActorNames => ({
  id: String(r.id),
  kind: r.kind === 'PERSON' ? 'PERSON' : 'ORGANISATION',
  name: String(r.name),
  names: (r.names as string[] | null) ?? [],
});
