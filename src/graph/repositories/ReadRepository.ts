import type { Executor } from '../Executor';
import type { QueryCatalogue } from '../QueryCatalogue';
import { declaredQueries, type QueryDef } from '../query';

/**
 * The read side's single door to the executor: a declared statement and its parameters.
 * Declarations live next to the code that runs them; all those imported are checked against
 * the catalogue here, when the repository is made at start-up.
 */
export class ReadRepository {
  constructor(
    private readonly executor: Executor,
    private readonly catalogue: QueryCatalogue,
  ) {
    catalogue.checkAll(declaredQueries());
  }

  run<P extends object, R extends object>(query: QueryDef<P, R>, params: P): Promise<R[]> {
    return this.executor.read(this.catalogue.bind(query), params);
  }

  /** Runs a batch statement and returns its rows' `field` in the order of ids (undefined where absent). */
  async batch<P extends { ids: readonly string[] }, R extends { id: string }, F extends keyof R>(
    query: QueryDef<P, R>,
    ids: readonly string[],
    field: F,
    params: Omit<P, 'ids'>,
  ): Promise<(R[F] | undefined)[]> {
    // Omit<P, 'ids'> plus ids is P; TypeScript cannot see through Omit on a type parameter.
    const all = { ...params, ids: [...new Set(ids)] } as unknown as P;
    const rows = await this.executor.read(this.catalogue.bind(query), all);
    const byId = new Map(rows.map((r) => [r.id, r[field]]));
    return ids.map((id) => byId.get(id));
  }
}
