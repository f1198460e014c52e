import { z } from 'zod';
import { ATTRIBUTION_MODES, CLAIM_RELATION_KINDS, ORGANISATION_KINDS, SOURCE_KINDS } from '../domain/kinds';

/** The annotation format of seeds/README.md, checked field by field before anything is written. */
const id = z.string().regex(/^[a-z0-9][a-z0-9-]*$/, 'ids are lower-case letters, digits and dashes');
const date = z.union([z.string(), z.number(), z.date()]).transform((v) => (v instanceof Date ? v.toISOString().slice(0, 10) : String(v)));
const optionalDate = date.nullish();

export const actorSchema = z.object({
  id,
  type: z.enum(['PERSON', 'ORGANISATION']),
  name: z.string().min(1),
  aliases: z.array(z.string().min(1)).default([]),
  description: z.string().nullish(),
  wikidataId: z.string().regex(/^Q\d+$/).nullish(),
  acronym: z.string().nullish(),
  orgKind: z.enum(ORGANISATION_KINDS).nullish(),
  country: z.string().regex(/^[A-Z]{2}$/).nullish(),
  /** Ids of actors this one is not, though the names look alike: stored as DIFFERENT_FROM (docs/entity-resolution.md). */
  notDuplicateOf: z.array(id).default([]),
});

export const eventSchema = z.object({ id, name: z.string().min(1), date: optionalDate, place: z.string().nullish(), description: z.string().nullish() });

export const sourceSchema = z.object({
  id,
  title: z.string().min(1),
  kind: z.enum(SOURCE_KINDS),
  url: z.string().url().nullish(),
  publishedAt: optionalDate,
  language: z.string().nullish(),
  publisherId: id.nullish(),
  authorIds: z.array(id).default([]),
  cites: z.array(id).default([]),
  description: z.string().nullish(),
});

export const heldSourceSchema = sourceSchema.extend({ file: z.string().regex(/^[\w.-]+\.txt$/) });

export const relationSchema = z.object({ from: id, to: id, kind: z.enum(CLAIM_RELATION_KINDS), basis: z.string().min(1) });

export const attributionSchema = z.object({
  id,
  speakerId: id,
  mode: z.enum(ATTRIBUTION_MODES),
  quote: z.string().min(1),
  occurrence: z.number().int().positive().nullish(),
  saidAt: optionalDate,
  onBehalfOfId: id.nullish(),
  viaIds: z.array(id).default([]),
});

export const claimSchema = z.object({
  id,
  text: z.string().min(1),
  about: z.array(id).default([]),
  attributions: z.array(attributionSchema).default([]),
});

export const positionSchema = z.object({ personId: id, orgId: id, title: z.string().min(1), from: optionalDate, to: optionalDate });
export const membershipSchema = z.object({ memberId: id, orgId: id, from: optionalDate, to: optionalDate });
export const mentionSchema = z.object({ actorId: id, surface: z.string().min(1) });

export const sharedSchema = z.object({
  actors: z.array(actorSchema).default([]),
  events: z.array(eventSchema).default([]),
  sources: z.array(sourceSchema).default([]),
  positions: z.array(positionSchema).default([]),
  memberships: z.array(membershipSchema).default([]),
  relations: z.array(relationSchema).default([]),
});

export const sourceDocSchema = z.object({
  source: heldSourceSchema,
  mentions: z.array(mentionSchema).default([]),
  claims: z.array(claimSchema).default([]),
  relations: z.array(relationSchema).default([]),
});

export type SharedDoc = z.infer<typeof sharedSchema>;
export type SourceDoc = z.infer<typeof sourceDocSchema>;
