import { z } from 'zod';
import { addActorInput, addSourceInput, attributionInput, linkClaimsInput, MAX_SOURCE_TEXT_CHARS } from './inputs';
import { ATTRIBUTION_MODES, CLAIM_RELATION_KINDS, SOURCE_KINDS } from './kinds';

/**
 * Validation of saveArticle's input (the curation desk). Field rules are those of the single
 * mutations (addSource, addActor, addClaim, linkClaims), taken from their zod objects so the two
 * never drift; what is new is refs, exact offsets and the one-of pairs.
 */
const a = addActorInput.shape;
const s = addSourceInput.shape;
const id = linkClaimsInput.shape.fromId;
const ids = (max: number) => z.array(id).max(max, `must list at most ${max} ids`);
const ref = z.string().regex(/^[A-Za-z0-9_.:-]{1,64}$/, 'must be 1 to 64 letters, digits or _ . : -');
const refs = (max: number) => z.array(ref).max(max, `must list at most ${max} refs`);
const offset = z.number().int('must be a whole number').nonnegative('must be 0 or more');

export const deskSourceInput = z.strictObject({
  title: s.title,
  text: z.string().min(1, 'must not be empty').refine((t) => t.length <= MAX_SOURCE_TEXT_CHARS, 'must be at most 1,000,000 characters'),
  kind: z.enum(SOURCE_KINDS).nullish(),
  url: s.url,
  publishedAt: s.publishedAt,
  language: s.language,
  publisherId: id.nullish(),
  publisherRef: ref.nullish(),
});
export type DeskSourceInput = z.infer<typeof deskSourceInput>;

export const deskActorInput = z.strictObject({
  ref,
  kind: a.kind,
  name: a.name,
  aliases: a.aliases,
  description: a.description,
  acronym: a.acronym,
  notDuplicateOf: a.notDuplicateOf,
});
export type DeskActorInput = z.infer<typeof deskActorInput>;

export const deskCitedSourceInput = z.strictObject({
  ref,
  title: s.title,
  kind: z.enum(SOURCE_KINDS).nullish(),
  url: s.url,
  publisherId: id.nullish(),
  publisherRef: ref.nullish(),
});
export type DeskCitedSourceInput = z.infer<typeof deskCitedSourceInput>;

export const deskClaimInput = z.strictObject({
  ref,
  text: z.string().trim().min(1, 'must not be empty').refine((t) => t.length <= 5000, 'must be at most 5000 characters'),
  aboutIds: ids(50).nullish(),
  aboutRefs: refs(50).nullish(),
});
export type DeskClaimInput = z.infer<typeof deskClaimInput>;

export const deskAttributionInput = z.strictObject({
  speakerId: id.nullish(),
  speakerRef: ref.nullish(),
  start: offset,
  end: offset,
  quote: attributionInput.shape.quote,
  mode: z.enum(ATTRIBUTION_MODES),
  claimId: id.nullish(),
  claimRef: ref.nullish(),
  saidAt: attributionInput.shape.saidAt,
  onBehalfOfId: id.nullish(),
  viaIds: ids(20).nullish(),
  viaRefs: refs(20).nullish(),
});
export type DeskAttributionInput = z.infer<typeof deskAttributionInput>;

const deskClaimPick = z.strictObject({ id: id.nullish(), ref: ref.nullish() });
export type DeskClaimPick = z.infer<typeof deskClaimPick>;

export const deskLinkInput = z.strictObject({
  from: deskClaimPick,
  to: deskClaimPick,
  kind: z.enum(CLAIM_RELATION_KINDS),
  basis: linkClaimsInput.shape.basis,
});
export type DeskLinkInput = z.infer<typeof deskLinkInput>;

export const saveArticleInput = z.strictObject({
  source: deskSourceInput.nullish(),
  sourceId: id.nullish(),
  baseRevision: z.string().min(1, 'must not be empty').max(200, 'must be at most 200 characters').nullish(),
  actors: z.array(deskActorInput).max(200, 'must list at most 200 actors').nullish(),
  citedSources: z.array(deskCitedSourceInput).max(100, 'must list at most 100 sources').nullish(),
  claims: z.array(deskClaimInput).max(500, 'must list at most 500 claims').nullish(),
  attributions: z.array(deskAttributionInput).max(500, 'must list at most 500 attributions').nullish(),
  links: z.array(deskLinkInput).max(500, 'must list at most 500 links').nullish(),
  idempotencyKey: addSourceInput.shape.idempotencyKey,
});
export type SaveArticleInput = z.infer<typeof saveArticleInput>;
