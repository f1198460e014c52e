import { mergedAliases, uniqueNames, updatedNames, type Names } from '../../domain/actor-names';
import { checkActorUpdate, checkMerge, checkNewActor } from '../../domain/actor-rules';
import type { AddActorInput, MergeActorsInput, UpdateActorInput } from '../../domain/inputs';
import { newId } from '../../domain/kinds';
import { dateRange } from '../../domain/partial-date';
import { defineQuery } from '../query';
import { LINKS, REFRESH_SEARCH_NAMES } from '../repositories/bulk-queries';
import type { WorkResult } from './WriteService';
import type { WriteTx } from './WriteTx';
import { UPDATE_PROPS, createNode, current, defined, diff } from './common';
import { afterMerge, afterNamesChanged, notDuplicateIds, refuseDuplicate } from './actor-resolution';

const CREATE_PERSON = createNode('write/createPerson');
const CREATE_ORGANISATION = createNode('write/createOrganisation');
/** Moves the merged actor's links to the survivor and keeps it as a :MergedActor pointing there. */
const MERGE_ACTORS = defineQuery<{ survivorId: string; mergedId: string; aliases: string[]; at: string; by: string }, { id: string }>('write/mergeActors', [
  'survivorId',
  'mergedId',
  'aliases',
  'at',
  'by',
]);

const namesOf = (actor: Record<string, unknown>): Names => ({ name: String(actor.name), aliases: (actor.aliases as string[] | undefined) ?? [] });

export async function addActor(w: WriteTx, input: AddActorInput): Promise<WorkResult<{ actorId: string }>> {
  const isOrg = input.kind === 'ORGANISATION';
  checkNewActor(input.kind, input);
  const different = await notDuplicateIds(w, input.notDuplicateOf);
  await refuseDuplicate(w, input.kind, [input.name, ...(input.aliases ?? []), isOrg ? input.acronym : null], different);
  const id = newId(input.kind);
  const props = {
    id,
    name: input.name,
    aliases: uniqueNames(input.aliases ?? [], input.name),
    description: input.description ?? null,
    wikidataId: input.wikidataId ?? null,
    ...(isOrg ? { acronym: input.acronym ?? null, orgKind: input.orgKind ?? 'OTHER', country: input.country ?? null } : {}),
    ...w.audit(),
  };
  await w.run(isOrg ? CREATE_ORGANISATION : CREATE_PERSON, { props });
  await w.run(REFRESH_SEARCH_NAMES, { ids: [id] });
  await afterNamesChanged(w, id, different);
  return { ids: { actorId: id }, changedIds: [id], details: { after: props, ...(different.length ? { differentFrom: different } : {}) } };
}

export async function updateActor(w: WriteTx, input: UpdateActorInput): Promise<WorkResult<{ actorId: string }>> {
  await w.lock([input.id]);
  const actor = await w.target(input.id, ['PERSON', 'ORGANISATION']);
  const isOrg = actor.kind === 'ORGANISATION';
  checkActorUpdate(actor.kind, input);
  const different = await notDuplicateIds(w, input.notDuplicateOf);
  // Only spellings the actor did not have yet can make it look like another one.
  const fresh = [input.name, ...(input.addAliases ?? []), isOrg ? input.acronym : null].filter((n) => n && n !== actor.name && !namesOf(actor).aliases.includes(n));
  await refuseDuplicate(w, actor.kind === 'PERSON' ? 'PERSON' : 'ORGANISATION', fresh, different, actor.id);
  await w.lockRefs([...(input.addPositions ?? []).map((p) => p.organisationId), ...(input.addMemberships ?? []).map((m) => m.organisationId)]);
  const found = await w.refs([
    { entity: 'actor', field: 'addPositions.organisationId', ids: (input.addPositions ?? []).map((p) => p.organisationId), kinds: ['ORGANISATION'] },
    { entity: 'actor', field: 'addMemberships.organisationId', ids: (input.addMemberships ?? []).map((m) => m.organisationId), kinds: ['ORGANISATION'] },
  ]);
  const changes = defined({
    ...updatedNames(namesOf(actor), input),
    description: input.description ?? undefined,
    wikidataId: input.wikidataId ?? undefined,
    ...(isOrg ? { acronym: input.acronym ?? undefined, orgKind: input.orgKind ?? undefined, country: input.country ?? undefined } : {}),
  });
  const { before, after } = diff(actor, changes);
  await w.run(UPDATE_PROPS, { id: actor.id, props: { ...changes, updatedAt: w.at } });
  if (input.addPositions?.length) {
    await w.run(LINKS.positions, {
      rows: input.addPositions.map((p) => ({ from: actor.id, to: current(found, p.organisationId), props: { title: p.title, ...dateRange(p) } })),
    });
  }
  if (input.addMemberships?.length) {
    await w.run(LINKS.memberships, { rows: input.addMemberships.map((m) => ({ from: actor.id, to: current(found, m.organisationId), props: dateRange(m) })) });
  }
  await w.run(REFRESH_SEARCH_NAMES, { ids: [actor.id] });
  await afterNamesChanged(w, actor.id, different);
  return {
    ids: { actorId: actor.id },
    changedIds: [actor.id],
    details: { before, after, ...(different.length ? { differentFrom: different } : {}), addPositions: input.addPositions ?? undefined, addMemberships: input.addMemberships ?? undefined },
  };
}

export async function mergeActors(w: WriteTx, input: MergeActorsInput): Promise<WorkResult<{ actorId: string }>> {
  checkMerge(input);
  // Lock first, then read: a concurrent merge of the same pair sees the first one's result.
  await w.lock([input.survivorId, input.mergedId]);
  const survivor = await w.target(input.survivorId, ['PERSON', 'ORGANISATION']);
  const merged = await w.target(input.mergedId, ['PERSON', 'ORGANISATION']);
  checkMerge(input, survivor, merged);
  const before = namesOf(survivor).aliases;
  const aliases = mergedAliases(namesOf(survivor), namesOf(merged));
  await w.run(MERGE_ACTORS, { survivorId: survivor.id, mergedId: merged.id, aliases, at: w.at, by: w.by });
  await w.run(REFRESH_SEARCH_NAMES, { ids: [survivor.id] });
  await afterMerge(w, survivor.id, merged.id);
  const { searchNames: _s, resolutionText: _r, resolutionVersion: _v, ...mergedRecord } = merged;
  return {
    ids: { actorId: survivor.id },
    changedIds: [survivor.id, merged.id],
    details: { before: { aliases: before }, after: { aliases }, merged: mergedRecord },
  };
}
