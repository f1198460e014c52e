import { invalid } from '../../domain/errors';
import type { RetractInput } from '../../domain/inputs';
import type { AddReviewInput } from '../../domain/review-inputs';
import { newId } from '../../domain/kinds';
import { defineQuery } from '../query';
import type { WorkResult } from './WriteService';
import type { WriteTx } from './WriteTx';
import { UPDATE_PROPS, current, dateProps } from './common';

/** A review, linked to the claim it judges, its reviewer and the evidence it rests on. */
const CREATE_REVIEW = defineQuery<{ props: Record<string, unknown>; claimId: string; reviewerId: string; evidenceIds: string[] }, { id: string }>(
  'write/createReview',
  ['props', 'claimId', 'reviewerId', 'evidenceIds'],
);
const REVIEW_CLAIM = defineQuery<{ id: string }, { claimId: string }>('write/reviewClaim', ['id']);

/** A fact-checker's verdict on a claim, resting on evidence (claims and sources). */
export async function addReview(w: WriteTx, input: AddReviewInput): Promise<WorkResult<{ reviewId: string; claimId: string }>> {
  await w.lock([input.claimId]);
  const found = await w.refs([
    { entity: 'review', field: 'claimId', ids: [input.claimId], kinds: ['CLAIM'] },
    { entity: 'review', field: 'reviewerId', ids: [input.reviewerId], kinds: ['ORGANISATION'] },
    { entity: 'review', field: 'evidenceIds', ids: input.evidenceIds ?? [], kinds: ['CLAIM', 'SOURCE'] },
  ]);
  const id = newId('REVIEW');
  const props = {
    id,
    ratingLabel: input.ratingLabel,
    ratingValue: input.ratingValue ?? null,
    bestRating: input.bestRating ?? null,
    worstRating: input.worstRating ?? null,
    rationale: input.rationale ?? null,
    url: input.url,
    status: 'ACTIVE',
    // A verdict without a date is dated the day it is recorded.
    ...dateProps('publishedAt', input.publishedAt ?? w.at.slice(0, 10)),
    ...w.audit(),
  };
  const evidenceIds = [...new Set((input.evidenceIds ?? []).map((e) => current(found, e)))];
  const reviewerId = current(found, input.reviewerId);
  await w.run(CREATE_REVIEW, { props, claimId: input.claimId, reviewerId, evidenceIds });
  return {
    ids: { reviewId: id, claimId: input.claimId },
    changedIds: [id, input.claimId],
    details: { after: { ...props, claimId: input.claimId, reviewerId, evidenceIds } },
  };
}

export async function retractReview(w: WriteTx, input: RetractInput): Promise<WorkResult<{ reviewId: string; claimId: string }>> {
  await w.lock([input.id]);
  const review = await w.target(input.id, ['REVIEW']);
  if (review.status !== 'ACTIVE') throw invalid('review', 'id', `review "${review.id}" is already retracted`);
  const [row] = await w.run(REVIEW_CLAIM, { id: review.id });
  const claimId = row?.claimId ?? '';
  const after = { status: 'RETRACTED', statusReason: input.reason, statusChangedAt: w.at, statusChangedBy: w.by };
  await w.run(UPDATE_PROPS, { id: review.id, props: { ...after, updatedAt: w.at } });
  return { ids: { reviewId: review.id, claimId }, changedIds: [review.id], details: { before: { status: 'ACTIVE' }, after } };
}
