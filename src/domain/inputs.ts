import { z } from 'zod';
import { ATTRIBUTION_MODES, CLAIM_RELATION_KINDS, ORGANISATION_KINDS, SOURCE_KINDS } from './kinds';
import { badInput } from './errors';
import { isPartialDate } from './partial-date';

/**
 * Validation of every mutation input: lengths, formats, enums. Existence of ids is checked in the transaction.
 * Each object is strict and mirrors its SDL input type field for field (tests/unit/input-contract.test.ts),
 * so a field added to the SDL alone is refused, not silently dropped.
 */

/**
 * At most max UTF-16 code units (JavaScript's length), as documented. zod's string max counts
 * code points, which let a text of astral characters run to twice its cap and past the body limit.
 */
const atMost = (max: number, message = `must be at most ${max} characters`) => [(s: string) => s.length <= max, message] as const;
const id = z.string().min(1, 'must not be empty').refine(...atMost(200));
const ids = (max = 50) => z.array(id).max(max, `must list at most ${max} ids`);
const text = (max: number) => z.string().trim().min(1, 'must not be empty').refine(...atMost(max));
const optionalText = (max: number) => z.string().trim().refine(...atMost(max)).nullish();
const partialDate = z.string().refine(isPartialDate, 'must be a date as YYYY, YYYY-MM or YYYY-MM-DD').nullish();
const url = z
  .string()
  .refine(...atMost(2000))
  .refine((u) => {
    try {
      return ['http:', 'https:'].includes(new URL(u).protocol);
    } catch {
      return false;
    }
  }, 'must be an absolute http(s) URL')
  .nullish();
const idempotencyKey = z.string().min(8, 'must be at least 8 characters').refine(...atMost(200)).nullish();
const alias = text(300);

/** The longest source text a write accepts, in UTF-16 code units (JavaScript's string length). */
export const MAX_SOURCE_TEXT_CHARS = 1_000_000;
/**
 * The request body limit follows from the text caps: JSON may escape each code unit as
 * \uXXXX (6 bytes), and the rest of one input is far below 1 MiB. So any text within its
 * cap fits in the body, and a text over its cap is refused by name, not by size.
 */
export const MAX_BODY_BYTES = MAX_SOURCE_TEXT_CHARS * 6 + 1024 * 1024;
const sourceText = z.string().min(1, 'must not be empty').refine(...atMost(MAX_SOURCE_TEXT_CHARS, 'must be at most 1,000,000 characters')).nullish();
const language = z.string().regex(/^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/, 'must be a BCP 47 tag such as en or ru').nullish();

export const addSourceInput = z.strictObject({
  title: text(500),
  kind: z.enum(SOURCE_KINDS),
  text: sourceText,
  url,
  publishedAt: partialDate,
  retrievedAt: z.string().datetime({ offset: true, message: 'must be an ISO 8601 date-time' }).nullish(),
  language,
  publisherId: id.nullish(),
  authorIds: ids().nullish(),
  citesIds: ids().nullish(),
  idempotencyKey,
});
export type AddSourceInput = z.infer<typeof addSourceInput>;

export const updateSourceInput = z.strictObject({
  id,
  title: text(500).nullish(),
  kind: z.enum(SOURCE_KINDS).nullish(),
  text: sourceText,
  url,
  publishedAt: partialDate,
  language,
  publisherId: id.nullish(),
  addCitesIds: ids().nullish(),
  idempotencyKey,
})
  // A source relying on itself is a self-link, not provenance.
  .refine((i) => !i.addCitesIds?.includes(i.id), { path: ['addCitesIds'], message: 'must not name the source itself' });
export type UpdateSourceInput = z.infer<typeof updateSourceInput>;

export const addActorInput = z.strictObject({
  kind: z.enum(['PERSON', 'ORGANISATION']),
  name: text(300),
  aliases: z.array(alias).max(100, 'must list at most 100 aliases').nullish(),
  description: optionalText(2000),
  acronym: optionalText(50),
  orgKind: z.enum(ORGANISATION_KINDS).nullish(),
  country: z.string().regex(/^[A-Z]{2}$/, 'must be an ISO 3166 alpha-2 code such as RU').nullish(),
  wikidataId: z.string().regex(/^Q\d+$/, 'must look like Q7747').nullish(),
  notDuplicateOf: ids(20).nullish(),
  idempotencyKey,
});
export type AddActorInput = z.infer<typeof addActorInput>;

export const positionInput = z.strictObject({ organisationId: id, title: text(300), from: partialDate, to: partialDate });
export const membershipInput = z.strictObject({ organisationId: id, from: partialDate, to: partialDate });

export const updateActorInput = z.strictObject({
  id,
  name: text(300).nullish(),
  addAliases: z.array(alias).max(100).nullish(),
  removeAliases: z.array(alias).max(100).nullish(),
  description: optionalText(2000),
  acronym: optionalText(50),
  orgKind: z.enum(ORGANISATION_KINDS).nullish(),
  country: z.string().regex(/^[A-Z]{2}$/, 'must be an ISO 3166 alpha-2 code such as RU').nullish(),
  wikidataId: z.string().regex(/^Q\d+$/, 'must look like Q7747').nullish(),
  addPositions: z.array(positionInput).max(50).nullish(),
  addMemberships: z.array(membershipInput).max(50).nullish(),
  notDuplicateOf: ids(20).nullish(),
  idempotencyKey,
});
export type UpdateActorInput = z.infer<typeof updateActorInput>;

export const attributionInput = z.strictObject({
  speakerId: id,
  sourceId: id,
  mode: z.enum(ATTRIBUTION_MODES),
  quote: z.string().min(1, 'must not be empty').refine(...atMost(10_000, 'must be at most 10,000 characters')),
  occurrence: z.number().int('must be a whole number').positive('must be 1 or more').nullish(),
  start: z.number().int('must be a whole number').nonnegative('must be 0 or more').nullish(),
  saidAt: partialDate,
  onBehalfOfId: id.nullish(),
  viaIds: ids(20).nullish(),
});
export type AttributionInput = z.infer<typeof attributionInput>;

export const addClaimInput = z.strictObject({ text: text(5000), aboutIds: ids().nullish(), attribution: attributionInput, idempotencyKey });
export type AddClaimInput = z.infer<typeof addClaimInput>;
export const addAttributionInput = z.strictObject({ claimId: id, attribution: attributionInput, idempotencyKey });
export type AddAttributionInput = z.infer<typeof addAttributionInput>;
export const linkClaimsInput = z.strictObject({ fromId: id, toId: id, kind: z.enum(CLAIM_RELATION_KINDS), basis: text(5000), idempotencyKey });
export type LinkClaimsInput = z.infer<typeof linkClaimsInput>;
export const unlinkClaimsInput = z.strictObject({ fromId: id, toId: id, kind: z.enum(CLAIM_RELATION_KINDS), reason: text(2000), idempotencyKey });
export type UnlinkClaimsInput = z.infer<typeof unlinkClaimsInput>;
export const setAboutInput = z.strictObject({ claimId: id, aboutIds: ids(), idempotencyKey });
export type SetAboutInput = z.infer<typeof setAboutInput>;
export const retractInput = z.strictObject({ id, reason: text(2000), idempotencyKey });
export type RetractInput = z.infer<typeof retractInput>;
export const supersedeClaimInput = z.strictObject({ id, supersededById: id, reason: text(2000), idempotencyKey });
export type SupersedeClaimInput = z.infer<typeof supersedeClaimInput>;
export const mergeActorsInput = z.strictObject({ survivorId: id, mergedId: id, idempotencyKey });
export type MergeActorsInput = z.infer<typeof mergeActorsInput>;

/** Parses an input; the first problem becomes a BAD_USER_INPUT naming the field (input.attribution.quote: …). */
export function validate<T>(schema: z.ZodType<T>, value: unknown): T {
  const r = schema.safeParse(value);
  if (r.success) return r.data;
  const issue = r.error.issues[0];
  const field = ['input', ...issue.path.map(String)].join('.');
  throw badInput(`${field}: ${issue.message}`, { field, problems: r.error.issues.map((i) => `${['input', ...i.path.map(String)].join('.')}: ${i.message}`) });
}

export const addSourceVersionInput = z.strictObject({
  sourceId: id,
  text: z.string().min(1, 'must not be empty').refine(...atMost(MAX_SOURCE_TEXT_CHARS, 'must be at most 1,000,000 characters')),
  // The DateTime scalar hands over a Date; the graph stores ISO text.
  capturedAt: z.preprocess((v) => (v instanceof Date ? v.toISOString() : v), z.string().datetime({ offset: true, message: 'must be an ISO date-time' })).nullish(),
  idempotencyKey,
});
export type AddSourceVersionInput = z.infer<typeof addSourceVersionInput>;
