import { findQuoteSpan } from '../../src/domain/quote-span';

const text = 'She said “no”. Later she said “no” again — and ENRI agreed.';

describe('quote spans', () => {
  it('finds the offsets from the quote itself', () => {
    const span = findQuoteSpan(text, 'ENRI agreed');
    expect(text.slice(span.start, span.end)).toBe('ENRI agreed');
    expect(span.prefix.endsWith('and ')).toBe(true);
  });
  it('refuses a quote that is not in the text', () => {
    expect(() => findQuoteSpan(text, 'ENNHRI agreed')).toThrow(/does not occur/);
  });
  it('refuses a repeated quote without an occurrence', () => {
    expect(() => findQuoteSpan(text, '“no”')).toThrow(/occurs 2 times/);
  });
  it('takes the occurrence asked for', () => {
    const second = findQuoteSpan(text, '“no”', 2);
    expect(second.start).toBe(text.lastIndexOf('“no”'));
  });
  it('refuses an occurrence out of range', () => {
    expect(() => findQuoteSpan(text, '“no”', 3)).toThrow(/out of range/);
  });
  it('counts offsets in UTF-16 code units, as JavaScript does', () => {
    const emoji = 'a 😀 b said x';
    const span = findQuoteSpan(emoji, 'said x');
    expect(span.start).toBe(emoji.indexOf('said x'));
    expect(span.start).toBe(7);
  });
});
