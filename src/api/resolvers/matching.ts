import { groupOrigins, type Report } from '../../domain/analysis/origins';
import { badInput } from '../../domain/errors';
import { MatchReader } from '../../graph/matching/MatchReader';
import { visibleStatuses, type GraphNode } from '../../graph/records';
import type { Context } from '../context';
import { LIST_DEFAULT, listLimit } from '../limits/list-bound';
import type { ClaimMatchParent, NewReportParent } from '../matching-parents';
import type { Resolvers } from '../generated/resolvers-types';
import { optString } from '../stored';
import { corroborationOf } from './analysis';
import { reviewsOfClaim } from './review';

/** The longest statement matched: a claim's own cap (addClaim's text). */
export const MAX_MATCH_TEXT = 5000;

function checkText(text: string): string {
  const t = text.trim();
  if (t.length === 0) throw badInput('text: must not be empty', { field: 'text' });
  if (t.length > MAX_MATCH_TEXT) throw badInput(`text: must be at most ${MAX_MATCH_TEXT.toLocaleString('en')} characters`, { field: 'text' });
  return t;
}

async function matches(ctx: Context, text: string, first: number, minScore: number | null | undefined, statuses: string[], excludeId: string | null): Promise<ClaimMatchParent[]> {
  if (minScore != null && !(minScore >= 0 && minScore <= 1)) throw badInput('minScore: must be from 0 to 1', { field: 'minScore' });
  const answer = await ctx.matching.matcher.match(text, { first, minScore, statuses, excludeId });
  ctx.matchingMode = answer.mode;
  const nodes = await ctx.loaders.nodes.loadMany(answer.matches.map((m) => m.claimId));
  return answer.matches.flatMap((match, i) => {
    const claim = nodes[i];
    return claim && !(claim instanceof Error) ? [{ match, claim }] : [];
  });
}

const verdictLine = (review: GraphNode, reviewer: GraphNode | null): string =>
  `already checked: ${String(review.ratingLabel)}${reviewer ? `, by ${String(reviewer.name)}` : ''}${review.publishedAt ? `, on ${String(review.publishedAt)}` : ''}`;

/** The corroboration rules applied to the reports held plus one more: does it join a group, or stand alone? */
async function assessNewReport(ctx: Context, claimId: string, args: { sourceId?: string | null; speakerId?: string | null; viaIds?: readonly string[] | null }): Promise<NewReportParent> {
  const c = await corroborationOf(ctx, claimId, true);
  const reports = c?.reports ?? [];
  if (!args.sourceId && !args.speakerId) {
    return reports.length === 0
      ? { independent: true, joins: null, reason: 'no report of this claim is held yet: a new one would be its first origin' }
      : { independent: false, joins: null, reason: `already said in ${c!.independentOriginCount} independent origin(s); name the new report's sourceId and speakerId to tell whether it adds one` };
  }
  if ((args.viaIds?.length ?? 0) > 20) throw badInput('viaIds: name at most 20 sources', { field: 'viaIds' });
  const chains = args.sourceId ? await new MatchReader(ctx.reads).chainsOf(args.sourceId, [...(args.viaIds ?? [])]) : null;
  if (args.sourceId && !chains) throw badInput(`sourceId: no source with id "${args.sourceId}"`, { field: 'sourceId' });
  const NEW = '~new-report';
  const candidate: Report = { attributionId: NEW, speakerId: args.speakerId ?? NEW, sourceId: args.sourceId ?? NEW, chains: chains ?? [[NEW]], date: '' };
  const group = groupOrigins([...reports, candidate]).find((g) => g.attributionIds.includes(NEW))!;
  const held = group.attributionIds.filter((id) => id !== NEW);
  if (held.length === 0) return { independent: true, joins: null, reason: 'no report held shares its speaker, relays it or relies on a common earlier source: a new independent origin' };
  const sameSpeaker = reports.some((r) => held.includes(r.attributionId) && r.speakerId === candidate.speakerId);
  const joins = { ...group, attributionIds: held, speakerIds: group.speakerIds.filter((s) => s !== NEW) };
  const why = sameSpeaker ? 'the same speaker already said it' : 'it relays, or relies on a source behind, a report already held';
  return { independent: false, joins: held.length ? joins : null, reason: `not independent: ${why} (origin ${group.originId === NEW ? 'this source' : group.originId})` };
}

export const matchingResolvers: Resolvers = {
  Query: {
    similarClaims: (_, args, ctx) =>
      matches(ctx, checkText(args.text), listLimit(ctx, args.first, 10), args.minScore, visibleStatuses(args.includeRetracted), null),
  },
  Claim: {
    similar: (c, args, ctx) => matches(ctx, String(c.text ?? ''), listLimit(ctx, args.first, 5), null, visibleStatuses(false), c.id),
  },
  ClaimMatch: {
    claim: (m) => m.claim,
    score: (m) => m.match.score,
    tier: (m) => m.match.tier,
    reasons: (m) => m.match.reasons,
    reviews: (m, args, ctx) => reviewsOfClaim(ctx, m.claim.id, false, listLimit(ctx, args.first, LIST_DEFAULT.items)).then((r) => r.slice(0, listLimit(ctx, args.first, 5))),
    verdicts: async (m, _, ctx) => {
      const reviews = await reviewsOfClaim(ctx, m.claim.id, false, LIST_DEFAULT.items);
      const reviewers = await ctx.loaders.nodes.loadMany(reviews.map((r) => optString(r.reviewerId) ?? ''));
      return reviews.map((r, i) => verdictLine(r, reviewers[i] instanceof Error ? null : (reviewers[i] ?? null)));
    },
    corroboration: async (m, _, ctx) => (await corroborationOf(ctx, m.claim.id, m.claim.status !== 'ACTIVE'))!,
    newReport: (m, args, ctx) => assessNewReport(ctx, m.claim.id, args),
  },
};
