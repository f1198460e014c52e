import type { FieldChange } from '../../domain/history/field-changes';
import type { Resolvers } from '../generated/resolvers-types';
import type { MutationResult } from '../../graph/writes/WriteService';
import type { Context } from '../context';
import { loadLinked } from './node';

const parsed = (v: unknown): unknown => (typeof v === 'string' ? JSON.parse(v) : (v ?? null));

/** What the write's Change recorded about its quote; read from the Change, so a replayed call answers the same. */
async function quoteNormalised(r: MutationResult<Record<string, string>>, _: unknown, ctx: Context): Promise<string[] | null> {
  const details = parsed((await loadLinked(ctx, r.changeId)).details) as { quoteNormalised?: string[] } | null;
  return details?.quoteNormalised ?? null;
}

export const changeFieldResolvers: Resolvers = {
  Change: {
    fields: (c) => ((parsed(c.fields) as FieldChange[] | null) ?? []).map((f) => ({ ...f, before: f.before ?? null, after: f.after ?? null })),
  },
  ClaimPayload: { quoteNormalised },
  AttributionPayload: { quoteNormalised },
};
