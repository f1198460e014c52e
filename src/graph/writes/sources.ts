import { conflict } from '../../domain/errors';
import { checkTextUpdate } from '../../domain/source-rules';
import type { AddSourceInput, UpdateSourceInput } from '../../domain/inputs';
import { newId } from '../../domain/kinds';
import { defineQuery } from '../query';
import { LINKS } from '../repositories/bulk-queries';
import type { WorkResult } from './WriteService';
import type { WriteTx } from './WriteTx';
import { sha256 } from '../../domain/sha256';
import { UPDATE_PROPS, createNode, current, dateProps, defined, diff } from './common';

const CREATE_SOURCE = createNode('write/createSource');
/** Sources that already hold this URL or this text (by its SHA-256). */
export const SOURCE_DUPLICATES = defineQuery<{ url: string | null; sha: string | null }, { id: string; field: 'url' | 'text' }>('write/sourceDuplicates', [
  'url',
  'sha',
]);
/** Replaces a source's publisher. */
const SET_PUBLISHER = defineQuery<{ sourceId: string; publisherId: string }, { id: string }>('write/setPublisher', ['sourceId', 'publisherId']);

async function refuseDuplicates(w: WriteTx, url: string | null, sha: string | null, except?: string): Promise<void> {
  const dups = (await w.run(SOURCE_DUPLICATES, { url, sha })).filter((d) => d.id !== except);
  if (dups.length > 0) {
    const d = dups[0];
    throw conflict(`A source with this ${d.field === 'url' ? 'URL' : 'text'} already exists: ${d.id}`, { existingId: d.id }, {
      entity: 'source',
      field: d.field === 'url' ? 'url' : 'text',
    });
  }
}

export async function addSource(w: WriteTx, input: AddSourceInput): Promise<WorkResult<{ sourceId: string }>> {
  await w.lockRefs([input.publisherId, ...(input.authorIds ?? [])]);
  const found = await w.refs([
    { entity: 'source', field: 'publisherId', ids: [input.publisherId], kinds: ['ORGANISATION'] },
    { entity: 'source', field: 'authorIds', ids: input.authorIds ?? [], kinds: ['PERSON'] },
    { entity: 'source', field: 'citesIds', ids: input.citesIds ?? [], kinds: ['SOURCE'] },
  ]);
  const sha = input.text ? sha256(input.text) : null;
  await refuseDuplicates(w, input.url ?? null, sha);
  const id = newId('SOURCE');
  const props = {
    id,
    title: input.title,
    kind: input.kind,
    text: input.text ?? null,
    textSha256: sha,
    url: input.url ?? null,
    language: input.language ?? 'en',
    retrievedAt: input.retrievedAt ?? null,
    ...dateProps('publishedAt', input.publishedAt),
    ...w.audit(),
  };
  await w.run(CREATE_SOURCE, { props });
  if (input.publisherId) await w.run(LINKS.publishedBy, { rows: [{ from: id, to: current(found, input.publisherId) }] });
  if (input.authorIds?.length) await w.run(LINKS.authoredBy, { rows: input.authorIds.map((a) => ({ from: id, to: current(found, a) })) });
  if (input.citesIds?.length) await w.run(LINKS.cites, { rows: input.citesIds.map((c) => ({ from: id, to: current(found, c) })) });
  const { text: _text, ...recorded } = props;
  return { ids: { sourceId: id }, changedIds: [id], details: { after: { ...recorded, textLength: input.text?.length ?? 0 } } };
}

export async function updateSource(w: WriteTx, input: UpdateSourceInput): Promise<WorkResult<{ sourceId: string }>> {
  await w.lock([input.id]);
  const source = await w.target(input.id, ['SOURCE']);
  await w.lockRefs([input.publisherId]);
  const found = await w.refs([
    { entity: 'source', field: 'publisherId', ids: [input.publisherId], kinds: ['ORGANISATION'] },
    { entity: 'source', field: 'addCitesIds', ids: input.addCitesIds ?? [], kinds: ['SOURCE'] },
  ]);
  const changes: Record<string, unknown> = defined({
    title: input.title ?? undefined,
    kind: input.kind ?? undefined,
    url: input.url ?? undefined,
    language: input.language ?? undefined,
    ...(input.publishedAt ? dateProps('publishedAt', input.publishedAt) : {}),
  });
  if (input.text != null) {
    checkTextUpdate(typeof source.text === 'string' ? source.text : null, input.text);
    changes.text = input.text;
    changes.textSha256 = sha256(input.text);
  }
  await refuseDuplicates(w, (changes.url as string | undefined) ?? null, (changes.textSha256 as string | undefined) ?? null, source.id);
  const { before, after } = diff({ ...source, kind: source.sourceKind }, changes);
  await w.run(UPDATE_PROPS, { id: source.id, props: { ...changes, updatedAt: w.at } });
  if (input.publisherId) await w.run(SET_PUBLISHER, { sourceId: source.id, publisherId: current(found, input.publisherId) });
  if (input.addCitesIds?.length) await w.run(LINKS.cites, { rows: input.addCitesIds.map((c) => ({ from: source.id, to: current(found, c) })) });
  if ('text' in after) after.text = { length: (after.text as string).length };
  if ('text' in before && before.text) before.text = { length: (before.text as string).length };
  return {
    ids: { sourceId: source.id },
    changedIds: [source.id],
    details: { before, after, publisherId: input.publisherId ?? undefined, addCitesIds: input.addCitesIds ?? undefined },
  };
}
