import DataLoader from 'dataloader';
import { JSONObjectResolver } from 'graphql-scalars';
import { retractInput } from '../../domain/inputs';
import { addReviewInput } from '../../domain/review-inputs';
import { toGraphNodes, visibleStatuses, type GraphNode } from '../../graph/records';
import { StandardsReader } from '../../graph/repositories/StandardsReader';
import * as reviews from '../../graph/writes/reviews';
import { buildAnnotation } from '../../formats/web-annotation';
import type { Context } from '../context';
import type { Loaders } from '../loaders';
import { LIST_DEFAULT, listLimit } from '../limits/list-bound';
import { auditFields, loadAll, loadLinked } from './node';
import { mutation } from './mutation';
import type { Resolvers } from '../generated/resolvers-types';
import { CLAIM_STATUSES } from '../../domain/kinds';
import { optNumber, optString, storedEnum, stringList } from '../stored';
import { REVIEWS_BY_CLAIMS } from '../../graph/repositories/shared-batches';

// Per-request loaders live beside ctx.loaders and are dropped with it after a mutation.
const reviewLoaders = new WeakMap<Loaders, Map<string, DataLoader<string, unknown>>>();

function loaderFor<T>(ctx: Context, key: string, batch: (ids: readonly string[]) => Promise<T[]>): DataLoader<string, T> {
  let map = reviewLoaders.get(ctx.loaders);
  if (!map) reviewLoaders.set(ctx.loaders, (map = new Map()));
  let loader = map.get(key) as DataLoader<string, T> | undefined;
  if (!loader) map.set(key, (loader = new DataLoader<string, T>(batch) as DataLoader<string, T>) as DataLoader<string, unknown>);
  return loader;
}

const reviewById = (ctx: Context, id: string) =>
  loaderFor(ctx, 'byId', (ids) => new StandardsReader(ctx.reads).reviews([...ids])).load(id);

export const reviewsOfClaim = (ctx: Context, claimId: string, includeRetracted: boolean, limit: number) =>
  loaderFor(ctx, `byClaim:${includeRetracted}:${limit}`, async (ids) =>
    (await ctx.reads.batch(REVIEWS_BY_CLAIMS, ids, 'items', { statuses: visibleStatuses(includeRetracted), limit })).map((v) => toGraphNodes(v)),
  ).load(claimId);

/** A review loaded as a plain node (node(id), payloads) lacks its links; fetch them once. */
const full = async (r: GraphNode, ctx: Context): Promise<GraphNode> => ('claimId' in r && r.claimId ? r : ((await reviewById(ctx, r.id)) ?? r));

export const reviewResolvers: Resolvers = {
  JSONObject: JSONObjectResolver,
  Review: {
    createdBy: auditFields.createdBy,
    createdAt: auditFields.createdAt,
    claim: async (r, _, ctx) => loadLinked(ctx, (await full(r, ctx)).claimId),
    reviewer: async (r, _, ctx) => {
      const { reviewerId } = await full(r, ctx);
      return reviewerId ? ctx.loaders.nodes.load(String(reviewerId)) : null;
    },
    ratingValue: (r) => optNumber(r.ratingValue),
    bestRating: (r) => optNumber(r.bestRating),
    worstRating: (r) => optNumber(r.worstRating),
    rationale: (r) => optString(r.rationale),
    publishedAt: (r) => optString(r.publishedAt),
    status: (r) => storedEnum(CLAIM_STATUSES, r.status, 'ACTIVE'),
    statusReason: (r) => optString(r.statusReason),
    evidence: async (r, args, ctx) => loadAll(ctx, stringList((await full(r, ctx)).evidenceIds).slice(0, listLimit(ctx, args.first, LIST_DEFAULT.items))),
    claimReview: async (r, _, ctx) => {
      const doc = await new StandardsReader(ctx.reads).claimReview(r.id);
      if (!doc) throw new Error(`review ${r.id} has no ClaimReview`);
      return doc;
    },
  },
  Claim: {
    reviews: (c, args, ctx) =>
      reviewsOfClaim(ctx, c.id, args.includeRetracted ?? false, listLimit(ctx, args.first, LIST_DEFAULT.items)),
  },
  Attribution: {
    annotation: async (a, _, ctx) => {
      if (typeof a.start !== 'number' || typeof a.end !== 'number') return null;
      const [text, claim, source] = await Promise.all([
        ctx.loaders.sourceText(String(a.sourceId)),
        ctx.loaders.nodes.load(String(a.claimId)),
        ctx.loaders.nodes.load(String(a.sourceId)),
      ]);
      if (text === null) return null;
      return buildAnnotation({
        id: a.id,
        quote: String(a.quote),
        start: a.start,
        end: a.end,
        createdAt: typeof a.createdAt === 'string' ? a.createdAt : null,
        createdBy: typeof a.createdBy === 'string' ? a.createdBy : null,
        claim: { id: String(a.claimId), text: String(claim?.text ?? '') },
        source: { id: String(a.sourceId), url: typeof source?.url === 'string' ? source.url : null, title: String(source?.title ?? '') },
        text,
      });
    },
  },
  Query: {
    review: (_, args, ctx) => reviewById(ctx, args.id),
    provenanceDocument: (_, args, ctx) => new StandardsReader(ctx.reads).provenanceDocument(args.claimId),
  },
  Mutation: {
    addReview: mutation('addReview', 'editor', addReviewInput, reviews.addReview),
    retractReview: mutation('retractReview', 'admin', retractInput, reviews.retractReview),
  },
  ReviewPayload: {
    review: (r, _, ctx) => loadLinked(ctx, r.ids.reviewId),
    claim: (r, _, ctx) => loadLinked(ctx, r.ids.claimId),
    change: (r, _, ctx) => loadLinked(ctx, r.changeId),
  },
};
