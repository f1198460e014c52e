import fc from 'fast-check';
import { isWholeSpan, normalise, normalisationsOf, originalSpan } from '../../src/domain/quotes/normalise';

/** Characters the normaliser folds, and plain ones around them. */
const PIECES = ['a', 'B', 'c', ' ', '  ', '\n', '\t', '\u00A0', '\u00AD', '.', '...', '…', "'", '‘', '’', '"', '“', '”', '„', '-', '–', '—', '−', '😀', '👍🏽', 'é'];
const textArb = fc.array(fc.constantFrom(...PIECES), { maxLength: 40 }).map((p) => p.join(''));
const anyText = fc.oneof(textArb, fc.string({ maxLength: 60 }), fc.string({ unit: 'binary', maxLength: 40 }));

describe('normalise: the folded text and its way back', () => {
  it('folds quotes, dashes, whitespace runs, soft hyphens and "..."', () => {
    expect(normalise('“It’s – well…\u00A0 a soft\u00ADhyphen...”').text).toBe('"It\'s - well... a softhyphen..."');
  });

  it('maps every folded character to its original span', () => {
    const s = 'a \n\u00A0b…c\u00ADd';
    const n = normalise(s);
    expect(n.text).toBe('a b...cd');
    expect(n.starts).toEqual([0, 1, 4, 5, 5, 5, 6, 8]);
    expect(n.ends).toEqual([1, 4, 5, 6, 6, 6, 7, 9]);
    const { start, end } = originalSpan(n, 1, 6);
    expect(s.slice(start, end)).toBe(' \n\u00A0b…');
    expect(isWholeSpan(n, 1, 6)).toBe(true);
    expect(isWholeSpan(n, 1, 5)).toBe(false);
    expect(isWholeSpan(n, 4, 7)).toBe(false);
  });

  it('keeps a soft hyphen inside a whitespace run out of the run’s end when it trails', () => {
    const n = normalise('a \u00AD b\u00AD');
    expect(n.text).toBe('a b');
    expect(n.ends).toEqual([1, 4, 5]);
  });

  it('has one increasing pair of offsets per folded character (property)', () => {
    fc.assert(
      fc.property(anyText, (s) => {
        const n = normalise(s);
        expect(n.starts).toHaveLength(n.text.length);
        expect(n.ends).toHaveLength(n.text.length);
        for (let i = 0; i < n.text.length; i++) {
          expect(n.starts[i]).toBeLessThan(n.ends[i]);
          // Either the same original character (an expanded "…") or the next one on.
          const shared = i > 0 && n.starts[i - 1] === n.starts[i] && n.ends[i - 1] === n.ends[i];
          if (i > 0 && !shared) expect(n.ends[i - 1]).toBeLessThanOrEqual(n.starts[i]);
        }
        if (n.text.length) expect(n.ends[n.text.length - 1]).toBeLessThanOrEqual(s.length);
      }),
      { numRuns: 2000 },
    );
  });

  it('each original chunk folds to exactly the characters it stands for (property)', () => {
    fc.assert(
      fc.property(anyText, (s) => {
        const n = normalise(s);
        for (let i = 0; i < n.text.length; ) {
          let j = i + 1;
          while (j < n.text.length && n.starts[j] === n.starts[i]) j++;
          expect(normalise(s.slice(n.starts[i], n.ends[i])).text).toBe(n.text.slice(i, j));
          i = j;
        }
      }),
      { numRuns: 1000 },
    );
  });

  it('drops only soft hyphens and whitespace beyond the first of a run (property)', () => {
    fc.assert(
      fc.property(anyText, (s) => {
        const n = normalise(s);
        const covered = new Set<number>();
        n.starts.forEach((st, i) => {
          for (let k = st; k < n.ends[i]; k++) covered.add(k);
        });
        for (let k = 0; k < s.length; k++) if (!covered.has(k)) expect(s[k] === '\u00AD' || /\s/.test(s[k])).toBe(true);
      }),
      { numRuns: 1000 },
    );
  });

  it('is idempotent (property)', () => {
    fc.assert(fc.property(anyText, (s) => expect(normalise(normalise(s).text).text).toBe(normalise(s).text)), { numRuns: 1000 });
  });

  it('names what it folded between a quote and the text it matched', () => {
    const text = 'She said: “We’re done — for now…”';
    const quote = '"We\'re done - for now..."';
    const nt = normalise(text);
    const nq = normalise(quote);
    const at = nt.text.indexOf(nq.text);
    expect(at).toBeGreaterThan(-1);
    expect(normalisationsOf(quote, nq, text, nt, at).sort()).toEqual(['dashes', 'ellipsis', 'quotes']);
  });

  it('names soft hyphens and whitespace, and nothing when the spellings agree', () => {
    const text = 'a co\u00ADoperative  deal';
    const quote = 'cooperative deal';
    const nt = normalise(text);
    const nq = normalise(quote);
    const at = nt.text.indexOf(nq.text);
    expect(normalisationsOf(quote, nq, text, nt, at).sort()).toEqual(['soft-hyphens', 'whitespace']);
    const same = normalise('deal');
    expect(normalisationsOf('deal', same, text, nt, nt.text.indexOf('deal'))).toEqual([]);
  });
});
