import type { z } from 'zod';
import { DomainError } from '../../src/domain/errors';
import {
  addActorInput,
  addClaimInput,
  addSourceInput,
  addSourceVersionInput,
  linkClaimsInput,
  retractInput,
  setAboutInput,
  validate,
} from '../../src/domain/inputs';
import { addReviewInput } from '../../src/domain/review-inputs';

/** The refusal of an input as "CODE field: message" plus its details, or the parsed value. */
function outcome<T>(schema: z.ZodType<T>, value: unknown): { refused: string; details: Record<string, unknown> } | { accepted: T } {
  try {
    return { accepted: validate(schema, value) };
  } catch (e) {
    if (e instanceof DomainError) return { refused: `${e.code} ${e.message}`, details: e.details };
    throw e;
  }
}
const refusal = <T>(schema: z.ZodType<T>, value: unknown) => {
  const o = outcome(schema, value);
  return 'refused' in o ? o.refused : 'accepted';
};

const attribution = { speakerId: 'person-a', sourceId: 'src-a', mode: 'PARAPHRASE', quote: 'words' };
const claim = (change: Record<string, unknown>) => ({ text: 'A claim.', attribution: { ...attribution, ...change } });
const review = { claimId: 'claim-a', reviewerId: 'org-a', ratingLabel: 'False', url: 'https://example.org/review' };

describe('inputs: a refusal names the field, nested or not', () => {
  it('gives BAD_USER_INPUT with the dotted path from input', () => {
    expect(refusal(addClaimInput, claim({ quote: '' }))).toBe('BAD_USER_INPUT input.attribution.quote: must not be empty');
    expect(refusal(setAboutInput, { claimId: 'c', aboutIds: ['ok', ''] })).toBe('BAD_USER_INPUT input.aboutIds.1: must not be empty');
  });

  it('puts the field and every problem in the details', () => {
    const o = outcome(addActorInput, { kind: 'PERSON', name: ' ', country: 'Russia' });
    expect('refused' in o && o.details).toEqual({
      field: 'input.name',
      problems: ['input.name: must not be empty', 'input.country: must be an ISO 3166 alpha-2 code such as RU'],
    });
  });

  it('hands back the parsed value, trimmed, when everything is right', () => {
    expect(outcome(linkClaimsInput, { fromId: 'a', toId: 'b', kind: 'SUPPORTS', basis: '  both report it  ' })).toEqual({
      accepted: { fromId: 'a', toId: 'b', kind: 'SUPPORTS', basis: 'both report it' },
    });
  });
});

describe('inputs: formats', () => {
  it.each([
    ['a URL that is not absolute', addSourceInput, { title: 't', kind: 'ARTICLE', url: 'example.org/x' }, 'input.url: must be an absolute http(s) URL'],
    ['a URL of another scheme', addSourceInput, { title: 't', kind: 'ARTICLE', url: 'javascript:alert(1)' }, 'input.url: must be an absolute http(s) URL'],
    ['a date in another format', addSourceInput, { title: 't', kind: 'ARTICLE', publishedAt: '01/04/2023' }, 'input.publishedAt: must be a date as YYYY, YYYY-MM or YYYY-MM-DD'],
    ['a date-time without offset', addSourceInput, { title: 't', kind: 'ARTICLE', retrievedAt: '2024-01-01T10:00:00' }, 'input.retrievedAt: must be an ISO 8601 date-time'],
    ['a language that is not BCP 47', addSourceInput, { title: 't', kind: 'ARTICLE', language: 'English' }, 'input.language: must be a BCP 47 tag such as en or ru'],
    ['an unknown source kind', addSourceInput, { title: 't', kind: 'TWEETSTORM' }, 'input.kind: '],
    ['a Wikidata id without Q', addActorInput, { kind: 'PERSON', name: 'n', wikidataId: '7747' }, 'input.wikidataId: must look like Q7747'],
    ['a short idempotency key', addActorInput, { kind: 'PERSON', name: 'n', idempotencyKey: 'short' }, 'input.idempotencyKey: must be at least 8 characters'],
    ['an occurrence of 0', addClaimInput, claim({ occurrence: 0 }), 'input.attribution.occurrence: must be 1 or more'],
    ['an occurrence of 1.5', addClaimInput, claim({ occurrence: 1.5 }), 'input.attribution.occurrence: must be a whole number'],
    ['a blank reason', retractInput, { id: 'x', reason: '   ' }, 'input.reason: must not be empty'],
    ['51 about ids', setAboutInput, { claimId: 'c', aboutIds: Array.from({ length: 51 }, (_, i) => `id-${i}`) }, 'input.aboutIds: must list at most 50 ids'],
  ])('refuses %s', (_what, schema, value, message) => {
    expect(refusal(schema as z.ZodType<unknown>, value)).toMatch(new RegExp(`^BAD_USER_INPUT ${message.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`));
  });

  it.each([
    ['partial dates', addSourceInput, { title: 't', kind: 'ARTICLE', publishedAt: '2023-04' }],
    ['a regional language tag', addSourceInput, { title: 't', kind: 'ARTICLE', language: 'pt-BR' }],
    ['null for optional fields', addActorInput, { kind: 'ORGANISATION', name: 'n', country: null, acronym: null }],
    ['an occurrence of 2', addClaimInput, claim({ occurrence: 2 })],
  ])('accepts %s', (_what, schema, value) => {
    expect(refusal(schema as z.ZodType<unknown>, value)).toBe('accepted');
  });

  it('turns a DateTime scalar’s Date into ISO text for a source version', () => {
    const o = outcome(addSourceVersionInput, { sourceId: 's', text: 'x', capturedAt: new Date('2024-05-01T12:00:00Z') });
    expect('accepted' in o && o.accepted.capturedAt).toBe('2024-05-01T12:00:00.000Z');
  });
});

describe('inputs: addReview keeps a numeric rating on its scale', () => {
  it('accepts a label alone, or a value between worst and best in either order', () => {
    expect(refusal(addReviewInput, review)).toBe('accepted');
    expect(refusal(addReviewInput, { ...review, ratingValue: 2, bestRating: 5, worstRating: 1 })).toBe('accepted');
    expect(refusal(addReviewInput, { ...review, ratingValue: 2, bestRating: 1, worstRating: 5 })).toBe('accepted');
  });

  it.each([
    ['a value without its scale', { ratingValue: 2 }, 'input.ratingValue: needs bestRating and worstRating, the scale it is on'],
    ['a scale of one point', { ratingValue: 1, bestRating: 1, worstRating: 1 }, 'input.bestRating: must differ from worstRating'],
    ['a value off the scale', { ratingValue: 6, bestRating: 5, worstRating: 1 }, 'input.ratingValue: must lie between worstRating and bestRating'],
    ['a fractional value', { ratingValue: 2.5, bestRating: 5, worstRating: 1 }, 'input.ratingValue: must be a whole number'],
    ['a page that is not http(s)', { url: 'ftp://example.org/r' }, 'input.url: must be an absolute http(s) URL'],
    ['a blank label', { ratingLabel: '  ' }, 'input.ratingLabel: must not be empty'],
  ])('refuses %s', (_what, change, message) => {
    expect(refusal(addReviewInput, { ...review, ...change })).toBe(`BAD_USER_INPUT ${message}`);
  });
});
