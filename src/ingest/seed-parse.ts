import type { z } from 'zod';
import {
  actorSchema, attributionSchema, claimSchema, eventSchema, heldSourceSchema, membershipSchema, mentionSchema, positionSchema, relationSchema, sourceSchema,
  type SharedDoc, type SourceDoc,
} from './seed-schema';

export interface SchemaIssue {
  path: PropertyKey[];
  message: string;
}

type Report = (issues: SchemaIssue[]) => void;
type Claim = SourceDoc['claims'][number];

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** One value against one schema; its issues are reported under prefix. */
function one<T>(schema: z.ZodType<T>, value: unknown, prefix: PropertyKey[], report: Report): T | null {
  const r = schema.safeParse(value);
  if (r.success) return r.data;
  report(r.error.issues.map((i) => ({ path: [...prefix, ...i.path], message: i.message })));
  return null;
}

/** The valid entries of a list, each checked alone, so one bad entry hides no problem of another. */
function entries<T>(schema: z.ZodType<T>, doc: Record<string, unknown>, key: string, report: Report): T[] {
  const list = doc[key];
  if (list == null) return [];
  if (!Array.isArray(list)) {
    report([{ path: [key], message: 'must be a list' }]);
    return [];
  }
  return list.flatMap((v, i) => one(schema, v, [key, i], report) ?? []);
}

/** A claim checked apart from its attributions, then each attribution alone. */
function claim(value: unknown, at: PropertyKey[], report: Report): Claim | null {
  const base = one(claimSchema.omit({ attributions: true }), value, at, report);
  const raw = isObject(value) ? value.attributions : undefined;
  if (raw != null && !Array.isArray(raw)) report([{ path: [...at, 'attributions'], message: 'must be a list' }]);
  const attributions = Array.isArray(raw) ? raw.flatMap((a, i) => one(attributionSchema, a, [...at, 'attributions', i], report) ?? []) : [];
  return base ? { ...base, attributions } : null;
}

/** shared.yaml with every entry checked on its own; what is wrong is reported, what is right is kept. */
export function parseShared(value: unknown, report: Report): SharedDoc {
  if (!isObject(value)) {
    report([{ path: [], message: 'must be a mapping (actors:, events:, sources: …)' }]);
    return { actors: [], events: [], sources: [], positions: [], memberships: [], relations: [] };
  }
  return {
    actors: entries(actorSchema, value, 'actors', report),
    events: entries(eventSchema, value, 'events', report),
    sources: entries(sourceSchema, value, 'sources', report),
    positions: entries(positionSchema, value, 'positions', report),
    memberships: entries(membershipSchema, value, 'memberships', report),
    relations: entries(relationSchema, value, 'relations', report),
  };
}

/** One article's annotations, checked entry by entry; null when its source entry is unusable. */
export function parseSourceDoc(value: unknown, report: Report): SourceDoc | null {
  if (!isObject(value)) {
    report([{ path: [], message: 'must be a mapping (source:, mentions:, claims:, relations:)' }]);
    return null;
  }
  const source = one(heldSourceSchema, value.source, ['source'], report);
  const claims = Array.isArray(value.claims) ? value.claims.flatMap((c, i) => claim(c, ['claims', i], report) ?? []) : entries(claimSchema, value, 'claims', report);
  const doc = { source, mentions: entries(mentionSchema, value, 'mentions', report), claims, relations: entries(relationSchema, value, 'relations', report) };
  return doc.source ? { ...doc, source: doc.source } : null;
}
