import { defineBatch, defineQuery, type QueryDef } from '../query';

/** An actor's id, kind and every spelling it is known by, as resolution/_names projects it. */
export interface NamesRow {
  id: string;
  kind: string;
  name: string;
  names: string[] | null;
}

type Count = { count: number };

/** The statements entity resolution sends; a read, a mutation's WriteTx and a bulk load all run them. */
export const RESOLUTION = {
  shortlist: defineQuery<{ queries: { key: string; lucene: string | null }[]; limit: number }, NamesRow & { key: string }>('resolution/shortlist', [
    'queries',
    'limit',
  ]),
  /** duplicateActors: a page's shortlists and the actors each is marked different from, in one statement. */
  duplicateShortlist: defineQuery<
    { queries: { key: string; lucene: string | null }[]; limit: number },
    NamesRow & { key: string; different: string[] }
  >('resolution/duplicateShortlist', ['queries', 'limit']),
  names: defineBatch<{ ids: readonly string[] }, NamesRow>('resolution/namesByIds'),
  setKeys: defineQuery<{ rows: { id: string; text: string }[]; version: number }, Count>('resolution/setKeys', ['rows', 'version']),
  page: defineQuery<{ after: string; limit: number }, NamesRow & { version: number | null }>('resolution/page', ['after', 'limit']),
  differentFrom: defineBatch<{ ids: readonly string[] }, { id: string; others: string[] | null }>('resolution/differentFrom'),
  markDifferent: defineQuery<{ pairs: { from: string; to: string }[]; at: string; by: string }, Count>('resolution/markDifferent', ['pairs', 'at', 'by']),
  moveDifferentFrom: defineQuery<{ mergedId: string; survivorId: string }, Count>('resolution/moveDifferentFrom', ['mergedId', 'survivorId']),
};

/** Runs one of them in whatever transaction the caller holds (a read, a mutation's WriteTx, a bulk load). */
export type RunResolution = <P extends object, R extends object>(query: QueryDef<P, R>, params: P) => Promise<R[]>;

/** An actor as resolution reads it. */
export interface ActorNames {
  id: string;
  kind: 'PERSON' | 'ORGANISATION';
  name: string;
  names: string[];
}

export const actorNamesOf = (r: NamesRow): ActorNames => ({
  id: r.id,
  kind: r.kind === 'PERSON' ? 'PERSON' : 'ORGANISATION',
  name: r.name,
  names: r.names ?? [],
});
