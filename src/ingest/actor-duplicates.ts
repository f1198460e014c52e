import type { ActorKind } from '../domain/resolution/name-key';
import { DUPLICATE_THRESHOLD, describeReason, keysOf, scoreCandidate } from '../domain/resolution/score';
import type { Executor, Tx } from '../graph/Executor';
import type { QueryCatalogue } from '../graph/QueryCatalogue';
import { findCandidates } from '../graph/resolution/candidates';
import { RESOLUTION, type RunResolution } from '../graph/resolution/queries';
import type { Problem } from './import-problems';
import type { RawSeed } from './seed-files';
import { actorSchema } from './seed-schema';

/** An actor as a seed or import file declares it, with the actors it says it is not. */
export interface DeclaredActor {
  id: string;
  kind: ActorKind;
  names: string[];
  notDuplicateOf: string[];
}

/** The actors of shared.yaml (already validated by planSeed; entries it would refuse are skipped). */
export function declaredActors(raw: RawSeed): DeclaredActor[] {
  const actors = (raw.annotations.get('shared.yaml') as { actors?: unknown[] } | undefined)?.actors ?? [];
  return actors.flatMap((a) => {
    const r = actorSchema.safeParse(a);
    if (!r.success) return [];
    const names = [r.data.name, ...(r.data.aliases ?? []), r.data.type === 'ORGANISATION' ? r.data.acronym : null].filter((n): n is string => Boolean(n));
    return [{ id: r.data.id, kind: r.data.type, names, notDuplicateOf: r.data.notDuplicateOf }];
  });
}

/** notDuplicateOf must name an actor of the files or (import) of the database. */
export function notDuplicateProblems(actors: readonly DeclaredActor[], knownActorIds: ReadonlySet<string> = new Set()): Problem[] {
  const declared = new Set(actors.map((a) => a.id));
  return actors.flatMap((a) =>
    a.notDuplicateOf
      .filter((id) => id === a.id || (!declared.has(id) && !knownActorIds.has(id)))
      .map((id) => ({
        file: 'shared.yaml', entry: `actor ${a.id}`, id: a.id, field: 'notDuplicateOf',
        message: `"${id}" ${id === a.id ? 'is the actor itself' : 'is no actor of these files or of the database'}`,
      })),
  );
}

const said = (a: DeclaredActor, b: { id: string }) => a.notDuplicateOf.includes(b.id);

/**
 * An import's new actors that look like an actor already in the database, or like another
 * new actor of the same files, unless notDuplicateOf says they are different: one problem
 * each, naming the candidates. Actors the database already has are re-declarations, not new.
 */
export async function suspectedDuplicates(executor: Executor, catalogue: QueryCatalogue, actors: readonly DeclaredActor[], knownIds: ReadonlySet<string>): Promise<Problem[]> {
  const run: RunResolution = (query, params) => executor.read(catalogue.bind(query), params);
  const fresh = actors.filter((a) => !knownIds.has(a.id));
  const problems: Problem[] = [];
  for (const a of fresh) {
    const exclude = new Set([a.id, ...a.notDuplicateOf, ...actors.filter((b) => said(b, a)).map((b) => b.id)]);
    const inDb = await findCandidates(run, { names: a.names, kinds: [a.kind], exclude, first: 5, floor: DUPLICATE_THRESHOLD });
    const inFiles = fresh
      .filter((b) => b.id < a.id && b.kind === a.kind && !exclude.has(b.id))
      .map((b) => ({ id: b.id, ...scoreCandidate(keysOf(a.names, a.kind), keysOf(b.names, b.kind)) }))
      .filter((c) => c.score >= DUPLICATE_THRESHOLD);
    const all = [...inDb, ...inFiles].sort((x, y) => y.score - x.score);
    if (all.length === 0) continue;
    const listed = all.map((c) => `${c.id} (${describeReason(c.reasons[0])})`).join('; ');
    problems.push({
      file: 'shared.yaml', entry: `actor ${a.id}`, id: a.id, field: 'name',
      message: `DUPLICATE_SUSPECTED: looks like ${listed}; use that id, or add notDuplicateOf: [${all.map((c) => c.id).join(', ')}] if they are different actors`,
    });
  }
  return problems;
}

/** Writes the DIFFERENT_FROM pairs the files declare, in the load's own transaction. */
export async function writeDifferentPairs(tx: Tx, catalogue: QueryCatalogue, actors: readonly DeclaredActor[], at: string, by: string): Promise<void> {
  const pairs = actors.flatMap((a) => a.notDuplicateOf.map((to) => ({ from: a.id, to })));
  if (pairs.length > 0) await tx.run(catalogue.bind(RESOLUTION.markDifferent), { pairs, at, by });
}
