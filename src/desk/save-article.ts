import type { DeskAttributionInput, DeskClaimPick, SaveArticleInput } from '../domain/desk-inputs';
import { itemsError, problemAt } from '../domain/desk-items';
import { revisionOf } from '../domain/desk-revision';
import { DomainError } from '../domain/errors';
import type { FieldChange } from '../domain/history/field-changes';
import type { AttributionInput } from '../domain/inputs';
import type { GraphNode } from '../graph/records';
import * as actors from '../graph/writes/actors';
import * as claims from '../graph/writes/claims';
import * as sources from '../graph/writes/sources';
import type { WorkResult } from '../graph/writes/WriteService';
import type { WriteTx } from '../graph/writes/WriteTx';
import { currentId } from './ref-checks';
import { checkSave } from './save-checks';
import { sourceState } from './source-state';

/** What a save hands back, flat (idempotent replays store it as is): sourceId, revision, and actor:<ref>, source:<ref>, claim:<ref>, attribution:<index>. */
export type SaveIds = Record<string, string>;

/** Collects what each reused single-item write changed into the one Change of the save. */
class Collected {
  readonly changedIds: string[] = [];
  readonly fields: FieldChange[] = [];
  readonly written: Record<string, unknown>[] = [];

  /** Runs one write for the item at path; a refusal is restated at that path (nothing is committed). */
  async step<Ids extends Record<string, string>>(path: string, what: string, write: () => Promise<WorkResult<Ids>>): Promise<Ids> {
    try {
      const r = await write();
      this.changedIds.push(...r.changedIds);
      this.fields.push(...(r.fields ?? []));
      this.written.push({ what, path, ...r.ids });
      return r.ids;
    } catch (e) {
      if (e instanceof DomainError && e.code !== 'UNAVAILABLE') throw itemsError([problemAt(path, e)]);
      throw e;
    }
  }
}

/**
 * The desk's save: checks every item first (see save-checks), then writes with the single
 * mutations' own code, in the transaction WriteService opened, so one Change records it all.
 */
export async function saveArticle(w: WriteTx, input: SaveArticleInput): Promise<WorkResult<SaveIds>> {
  const { found } = await checkSave(w, input);
  const c = new Collected();
  const ids: SaveIds = {};
  const refId = (kind: string, ref: string) => ids[`${kind}:${ref}`];

  for (const [i, a] of (input.actors ?? []).entries()) {
    const r = await c.step(`actors.${i}`, 'actor', () =>
      actors.addActor(w, { kind: a.kind, name: a.name, aliases: a.aliases, description: a.description, acronym: a.acronym, notDuplicateOf: a.notDuplicateOf }),
    );
    ids[`actor:${a.ref}`] = r.actorId;
  }
  const publisher = (id: string | null | undefined, ref: string | null | undefined) => (id != null ? currentId(found, id) : ref != null ? refId('actor', ref) : null);
  let sourceId = input.sourceId ?? '';
  if (input.source) {
    const s = input.source;
    const r = await c.step('source', 'source', () =>
      sources.addSource(w, {
        title: s.title, kind: s.kind ?? 'ARTICLE', text: s.text, url: s.url, publishedAt: s.publishedAt, language: s.language,
        publisherId: publisher(s.publisherId, s.publisherRef),
      }),
    );
    sourceId = r.sourceId;
  }
  for (const [i, s] of (input.citedSources ?? []).entries()) {
    const r = await c.step(`citedSources.${i}`, 'citedSource', () =>
      sources.addSource(w, { title: s.title, kind: s.kind ?? 'OTHER', url: s.url, publisherId: publisher(s.publisherId, s.publisherRef) }),
    );
    ids[`source:${s.ref}`] = r.sourceId;
  }

  const claimsByRef = new Map((input.claims ?? []).map((cl) => [cl.ref, cl]));
  for (const [i, a] of (input.attributions ?? []).entries()) {
    const attribution = attributionOf(a, sourceId, found, refId);
    const newClaim = a.claimRef != null && refId('claim', a.claimRef) === undefined ? claimsByRef.get(a.claimRef)! : null;
    if (newClaim) {
      const aboutIds = [...(newClaim.aboutIds ?? []).map((x) => currentId(found, x)), ...(newClaim.aboutRefs ?? []).map((x) => refId('actor', x))];
      const r = await c.step(`attributions.${i}`, 'claim', () => claims.addClaim(w, { text: newClaim.text, aboutIds, attribution }));
      ids[`claim:${newClaim.ref}`] = r.claimId;
      // addClaim writes the claim and its first attribution together; the attribution's id is the other changed id.
      ids[`attribution:${i}`] = c.changedIds[c.changedIds.length - 1];
    } else {
      const claimId = a.claimId != null ? currentId(found, a.claimId) : refId('claim', a.claimRef!);
      const r = await c.step(`attributions.${i}`, 'attribution', () => claims.addAttribution(w, { claimId, attribution }));
      ids[`attribution:${i}`] = r.attributionId;
    }
  }

  const claimOf = (p: DeskClaimPick) => (p.id != null ? currentId(found, p.id) : refId('claim', p.ref!));
  for (const [i, l] of (input.links ?? []).entries()) {
    await c.step(`links.${i}`, 'link', () => claims.linkClaims(w, { fromId: claimOf(l.from), toId: claimOf(l.to), kind: l.kind, basis: l.basis }));
  }

  const state = await sourceState((q, p) => w.run(q, p), sourceId);
  ids.sourceId = sourceId;
  ids.revision = state ? revisionOf(state) : '';
  return {
    ids,
    changedIds: [...new Set(c.changedIds)],
    details: { sourceId, written: c.written },
    fields: c.fields,
  };
}

/** One desk attribution as the single mutations take it: its exact quote, picked by its start offset. */
function attributionOf(a: DeskAttributionInput, sourceId: string, found: Map<string, GraphNode>, refId: (kind: string, ref: string) => string): AttributionInput {
  return {
    speakerId: a.speakerId != null ? currentId(found, a.speakerId) : refId('actor', a.speakerRef!),
    sourceId,
    mode: a.mode,
    quote: a.quote,
    start: a.start,
    saidAt: a.saidAt,
    onBehalfOfId: a.onBehalfOfId != null ? currentId(found, a.onBehalfOfId) : null,
    viaIds: [...(a.viaIds ?? []), ...(a.viaRefs ?? []).map((r) => refId('source', r))],
  };
}
