/**
 * Typed descriptors of catalogue statements. A module declares the statements it runs next
 * to the code that runs them, with their parameters and the shape of their rows; the catalogue
 * checks each declaration against its statement at load (see QueryCatalogue.bind), and the
 * Executor hands rows back as the declared type, the one place that trusts the database's shape.
 */
export type Params = Record<string, unknown>;
export type Row = Record<string, unknown>;

declare const shape: unique symbol;

export interface QueryDef<P extends object = Params, R extends object = Row> {
  /** cypher/queries/<name>.cypher */
  readonly name: string;
  /** Every $parameter the statement uses: checked both ways at load. */
  readonly params: readonly string[];
  /** A batch takes $ids and returns `id`, one row per key it found (the dataloader contract). */
  readonly batch: boolean;
  /** Types only: never set. */
  readonly [shape]?: { params: P; row: R };
}

/** A declared statement bound to its text. */
export interface Statement<P extends object = Params, R extends object = Row> extends QueryDef<P, R> {
  readonly text: string;
}

export type ParamsOf<Q> = Q extends QueryDef<infer P, object> ? P : never;
export type RowOf<Q> = Q extends QueryDef<object, infer R> ? R : never;

const declared = new Map<string, QueryDef<object, object>>();

function declare<P extends object, R extends object>(def: QueryDef<P, R>): QueryDef<P, R> {
  const before = declared.get(def.name);
  if (before && JSON.stringify([...before.params].sort()) !== JSON.stringify([...def.params].sort())) {
    throw new Error(`${def.name} is declared twice with different parameters`);
  }
  declared.set(def.name, def);
  return Object.freeze(def);
}

/** A statement `name` taking `params` and returning rows of type R. */
export function defineQuery<P extends object, R extends object>(name: string, params: readonly (keyof P & string)[]): QueryDef<P, R> {
  return declare({ name, params: [...params], batch: false });
}

/** A batch statement: takes $ids (plus `params`) and returns one row per found id, with `id`. */
export function defineBatch<P extends { ids: readonly string[] }, R extends { id: string }>(
  name: string,
  params: readonly Exclude<keyof P & string, 'ids'>[] = [],
): QueryDef<P, R> {
  return declare({ name, params: ['ids', ...params], batch: true });
}

/** Every statement declared so far (by the modules imported): checked together at start-up. */
export function declaredQueries(): QueryDef<object, object>[] {
  return [...declared.values()];
}
