import { z } from 'zod';
import { isPartialDate } from './partial-date';

/** Validation of addReview's input (ids are checked for existence in the transaction). */
const id = z.string().min(1, 'must not be empty').max(200, 'must be at most 200 characters');
const rating = z.number().int('must be a whole number').min(-1000, 'must be at least -1000').max(1000, 'must be at most 1000').nullish();
const httpUrl = z
  .string()
  .max(2000, 'must be at most 2000 characters')
  .refine((u) => {
    try {
      return ['http:', 'https:'].includes(new URL(u).protocol);
    } catch {
      return false;
    }
  }, 'must be an absolute http(s) URL');

export const addReviewInput = z
  .strictObject({
    claimId: id,
    reviewerId: id,
    ratingLabel: z.string().trim().min(1, 'must not be empty').max(200, 'must be at most 200 characters'),
    ratingValue: rating,
    bestRating: rating,
    worstRating: rating,
    rationale: z.string().trim().max(10_000, 'must be at most 10,000 characters').nullish(),
    // ClaimReview consumers require the page that publishes the verdict.
    url: httpUrl,
    publishedAt: z.string().refine(isPartialDate, 'must be a date as YYYY, YYYY-MM or YYYY-MM-DD').nullish(),
    evidenceIds: z.array(id).max(50, 'must list at most 50 ids').nullish(),
    idempotencyKey: z.string().min(8, 'must be at least 8 characters').max(200, 'must be at most 200 characters').nullish(),
  })
  // A numeric rating only means something on its scale, so the three come together.
  .refine((i) => i.ratingValue == null || (i.bestRating != null && i.worstRating != null), {
    path: ['ratingValue'],
    message: 'needs bestRating and worstRating, the scale it is on',
  })
  .refine((i) => i.bestRating == null || i.worstRating == null || i.bestRating !== i.worstRating, {
    path: ['bestRating'],
    message: 'must differ from worstRating',
  })
  .refine(
    (i) => i.ratingValue == null || i.bestRating == null || i.worstRating == null ||
      (i.ratingValue >= Math.min(i.bestRating, i.worstRating) && i.ratingValue <= Math.max(i.bestRating, i.worstRating)),
    { path: ['ratingValue'], message: 'must lie between worstRating and bestRating' },
  );

export type AddReviewInput = z.infer<typeof addReviewInput>;
