import type { Params, Row } from '../Executor';

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
