import { badInput } from '../../domain/errors';
import { findCandidates } from '../../graph/resolution/candidates';
import { duplicatePairs } from '../../graph/resolution/duplicates';
import type { RunResolution } from '../../graph/resolution/queries';
import type { Context } from '../context';
import type { Resolvers } from '../generated/resolvers-types';
import { loadLinked } from './node';

const MAX_CANDIDATES = 50;
const MAX_PAIRS = 100;

const reads = (ctx: Context): RunResolution => (query, params) => ctx.reads.run(query, params);

function bounded(first: number | null | undefined, fallback: number, max: number, field: string): number {
  const n = first ?? fallback;
  if (!Number.isInteger(n) || n < 0 || n > max) throw badInput(`${field}: must be a whole number from 0 to ${max}`, { field });
  return n;
}

export const resolutionResolvers: Resolvers = {
  Query: {
    actorCandidates: async (_, args, ctx) => {
      if (args.name.length > 300) throw badInput('name: must be at most 300 characters', { field: 'name' });
      const first = bounded(args.first, 5, MAX_CANDIDATES, 'first');
      if (first === 0) return [];
      const kinds = args.kind ? [args.kind] : (['PERSON', 'ORGANISATION'] as const);
      return findCandidates(reads(ctx), { names: [args.name], kinds, first });
    },
    duplicateActors: async (_, args, ctx) => {
      const first = bounded(args.first, 20, MAX_PAIRS, 'first');
      return first === 0 ? [] : duplicatePairs(reads(ctx), first);
    },
  },
  ActorCandidate: {
    actor: (c, _, ctx) => loadLinked(ctx, c.id),
  },
  DuplicateActorPair: {
    a: (p, _, ctx) => loadLinked(ctx, p.a.id),
    b: (p, _, ctx) => loadLinked(ctx, p.b.id),
  },
};
