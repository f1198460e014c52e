import fc from 'fast-check';
import { DomainError } from '../../src/domain/errors';
import { clusterAround, loneSurrogates, refuseLoneSurrogates, refuseSplitClusters } from '../../src/domain/quotes/characters';

describe('quotes respect characters', () => {
  it('finds lone surrogates and only those', () => {
    expect(loneSurrogates('a😀b')).toEqual([]);
    expect(loneSurrogates('a\uD83D')).toEqual([1]);
    expect(loneSurrogates('\uDE00b\uD83D\uDE00')).toEqual([0]);
    expect(() => refuseLoneSurrogates('ok 😀', 'ok 😀')).not.toThrow();
    expect(() => refuseLoneSurrogates('x\uDE00y', null)).toThrow(/^the quote holds half a character: U\+DE00 at quote offset 1/);
  });

  it('names the cluster an offset falls inside: skin tone, flag, family', () => {
    const t = 'a👍🏽b🇺🇦c👨‍👩‍👧d';
    expect(clusterAround(t, 3)).toEqual({ start: 1, end: 5, cluster: '👍🏽' });
    expect(clusterAround(t, 8)).toEqual({ start: 6, end: 10, cluster: '🇺🇦' });
    expect(clusterAround(t, t.indexOf('👩'))?.cluster).toBe('👨‍👩‍👧');
    expect(clusterAround(t, 5)).toBeNull();
    expect(clusterAround(t, 0)).toBeNull();
    expect(clusterAround(t, t.length)).toBeNull();
  });

  it('refuses a span exactly when an end is not a grapheme boundary (property)', () => {
    const seg = new Intl.Segmenter(undefined, { granularity: 'grapheme' });
    const pieces = fc.array(fc.constantFrom('a', ' ', 'é', 'e\u0301', '😀', '👍🏽', '🇺🇦', '👨‍👩‍👧', '\n'), { minLength: 1, maxLength: 12 });
    fc.assert(
      fc.property(pieces, fc.nat(), fc.nat(), (ps, i, j) => {
        const text = ps.join('');
        const bounds = new Set([...seg.segment(text)].map((s) => s.index).concat(text.length));
        const a = i % (text.length + 1);
        const b = a + (j % (text.length - a + 1));
        let refused = false;
        try {
          refuseSplitClusters(text, a, b);
        } catch (e) {
          expect(e).toBeInstanceOf(DomainError);
          refused = true;
        }
        expect(refused).toBe(!bounds.has(a) || !bounds.has(b));
      }),
      { numRuns: 2000 },
    );
  });
});
