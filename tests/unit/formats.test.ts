import { appearanceOrder, buildClaimReview } from '../../src/formats/claim-review';
import { buildAnnotation, codePointOffset } from '../../src/formats/web-annotation';
import type { ClaimProvenance } from '../../src/formats/types';

describe('formats: Web Annotation positions', () => {
  it('counts a surrogate pair as one code point', () => {
    const text = 'a😀b𝒳c';
    expect(codePointOffset(text, text.indexOf('b'))).toBe(2);
    expect(codePointOffset(text, text.indexOf('c'))).toBe(4);
    expect(codePointOffset(text, text.length)).toBe([...text].length);
  });

  it('gives selectors that slice the quote out of the text by code points, with prefix and suffix never split', () => {
    const text = `${'😀'.repeat(40)}quote here${'🎉'.repeat(40)}`;
    const start = text.indexOf('quote');
    const a = buildAnnotation({
      id: 'attr-1', quote: 'quote here', start, end: start + 10, createdAt: null, createdBy: null,
      claim: { id: 'claim-1', text: 'c' }, source: { id: 'src-1', url: null, title: 't' }, text,
    }) as { target: { source: string; selector: [{ exact: string; prefix: string; suffix: string }, { start: number; end: number }] } };
    const [q, p] = a.target.selector;
    expect([...text].slice(p.start, p.end).join('')).toBe('quote here');
    expect(p.start).toBe(40);
    expect(q.prefix).toBe('😀'.repeat(32));
    expect(q.suffix).toBe('🎉'.repeat(32));
    expect(a.target.source).toBe('urn:claimgraph:src-1');
  });
});

describe('formats: ClaimReview appearances', () => {
  const src = (id: string, publishedAt: string | null = null) => ({ id, title: id, url: null, publishedAt, publisher: null });
  const p: ClaimProvenance = {
    claim: { id: 'claim-1', text: 'Something.' },
    quotes: [
      { id: 'a1', mode: 'REPORTED', quote: 'q', saidAt: null, speaker: { id: 'org-x', kind: 'ORGANISATION', name: 'X' }, onBehalfOf: null, sourceId: 'src-article', viaIds: ['src-origin'], chains: [['src-article', 'src-middle', 'src-origin']] },
      { id: 'a2', mode: 'DIRECT_QUOTE', quote: 'r', saidAt: '2020-05', speaker: { id: 'person-y', kind: 'PERSON', name: 'Y' }, onBehalfOf: null, sourceId: 'src-other', viaIds: [], chains: [['src-other']] },
    ],
    sources: new Map([src('src-article'), src('src-middle'), src('src-origin', '2019'), src('src-other', '2021')].map((s) => [s.id, s])),
  };

  it('lists the earliest origin first, then each chain from its origin back to the source read', () => {
    expect(appearanceOrder(p)).toEqual(['src-origin', 'src-other', 'src-middle', 'src-article']);
  });

  it('names both speakers as the claim\'s authors and dates the claim by its earliest saying', () => {
    const doc = buildClaimReview({ id: 'review-1', ratingLabel: 'False', ratingValue: null, bestRating: null, worstRating: null, rationale: null, url: 'https://x.example/r', publishedAt: '2024', reviewer: null }, p) as any;
    expect(doc.itemReviewed.author.map((a: { name: string }) => a.name)).toEqual(['X', 'Y']);
    expect(doc.itemReviewed.datePublished).toBe('2020-05');
    expect(doc.itemReviewed.firstAppearance['@id']).toBe('urn:claimgraph:src-origin');
    expect(doc.reviewRating).toEqual({ '@type': 'Rating', alternateName: 'False' });
  });
});
