import fc from 'fast-check';
import { DomainError } from '../../src/domain/errors';
import { anchorQuote } from '../../src/domain/quotes/anchor-quote';
import { normalise } from '../../src/domain/quotes/normalise';

const refusal = (f: () => unknown): DomainError => {
  try {
    f();
  } catch (e) {
    if (e instanceof DomainError) return e;
    throw e;
  }
  throw new Error('expected a refusal');
};

describe('anchorQuote: forgiving matching, exact storage', () => {
  const text = 'The ombudsman said: “We’re not leaving — not now…” Then she left.';

  it('takes a quote that occurs as sent, with nothing folded', () => {
    const a = anchorQuote(text, 'Then she left');
    expect(a).toMatchObject({ start: text.indexOf('Then'), quote: 'Then she left', normalised: [] });
  });

  it('stores the typographic span when the quote was typed with straight quotes, hyphens and dots', () => {
    const a = anchorQuote(text, '"We\'re not leaving - not now..."');
    expect(a.quote).toBe('“We’re not leaving — not now…”');
    expect(text.slice(a.start, a.end)).toBe(a.quote);
    expect(a.normalised.sort()).toEqual(['dashes', 'ellipsis', 'quotes']);
  });

  it('folds whitespace runs, NBSP and soft hyphens', () => {
    const t = 'a long\u00A0\n  co\u00ADoperation agreement';
    const a = anchorQuote(t, 'long cooperation agreement');
    expect(a.quote).toBe('long\u00A0\n  co\u00ADoperation agreement');
    expect(a.normalised.sort()).toEqual(['soft-hyphens', 'whitespace']);
  });

  it('folds the case of the first letter only', () => {
    expect(anchorQuote(text, 'then she left')).toMatchObject({ quote: 'Then she left', normalised: ['first-letter-case'] });
    expect(refusal(() => anchorQuote(text, 'then She left')).message).toMatch(/does not occur/);
  });

  it('refuses an ambiguous folded quote, listing each span with context; occurrence or start picks one', () => {
    const t = 'He said “yes”. Later, he said ‘yes’ — and „yes“ again.';
    const e = refusal(() => anchorQuote(t, '"yes"'));
    expect(e.subject).toEqual({ entity: 'attribution', field: 'occurrence' });
    const spans = e.details.spans as { start: number; end: number; text: string; context: string }[];
    expect(spans.map((s) => s.text)).toEqual(['“yes”', '„yes“']);
    expect(e.message).toContain('1. at 8: He said [“yes”]. Later, he said ‘yes’ —…');
    expect(anchorQuote(t, '"yes"', { occurrence: 2 }).quote).toBe('„yes“');
    expect(anchorQuote(t, '"yes"', { start: spans[0].start }).start).toBe(8);
    expect(refusal(() => anchorQuote(t, '"yes"', { start: 9 })).subject?.field).toBe('start');
    expect(refusal(() => anchorQuote(t, '"yes"', { occurrence: 3 })).message).toMatch(/out of range/);
  });

  it('refuses a miss naming the nearest passages and the whole quote sent', () => {
    const t = `${'Filler words that say nothing at all. '.repeat(5)}The council adopted the resolution on Tuesday. ${'More filler here. '.repeat(5)}`;
    const quote = `The council adopted a resolution on Tuesday ${'and this part was never in the article at all '.repeat(2)}`.trim();
    const e = refusal(() => anchorQuote(t, 'The council adopted a resolution on Tuesday'));
    expect(e.code).toBe('BAD_USER_INPUT');
    const nearest = e.details.nearest as { start: number; end: number; text: string; score: number }[];
    expect(nearest[0].text).toContain('The council adopted the resolution on Tuesday');
    expect(t.slice(nearest[0].start, nearest[0].end)).toBe(nearest[0].text);
    const long = refusal(() => anchorQuote(t, quote));
    expect(long.message).toContain(JSON.stringify(quote));
  });

  it('refuses a quote with half a surrogate pair, naming the whole character', () => {
    const t = 'Smile 😀 please';
    const e = refusal(() => anchorQuote(t, 'Smile \uD83D'));
    expect(e.message).toMatch(/ends inside a character: U\+D83D .* half of a UTF-16 surrogate pair \(the text has "😀", U\+1F600, there\)/);
    expect(refusal(() => anchorQuote(t, '\uDE00 please')).message).toMatch(/starts inside a character/);
  });

  it('refuses a quote that cuts a grapheme cluster, naming it', () => {
    const t = 'Thumbs 👍🏽 up and the flag 🇺🇦 waved';
    const e = refusal(() => anchorQuote(t, 'Thumbs 👍'));
    expect(e.message).toContain('cuts through "👍🏽" (U+1F44D U+1F3FD)');
    expect(e.details.cluster).toBe('👍🏽');
    expect(refusal(() => anchorQuote(t, '🇦 waved')).message).toContain('"🇺🇦"');
    expect(anchorQuote(t, 'flag 🇺🇦 waved').quote).toBe('flag 🇺🇦 waved');
  });

  it('always stores the text’s own span, and that span folds to the folded quote (property)', () => {
    const PIECES = ['a', 'b', 'C', ' ', '\u00A0', '\n', '\u00AD', '.', '...', '…', "'", '’', '"', '“', '”', '-', '–', '—', 'é', '😀'];
    const SWAP: Record<string, string[]> = { '’': ["'"], '“': ['"'], '”': ['"'], '–': ['-', '—'], '—': ['-'], '…': ['...'], '\u00A0': [' '], '\n': [' '], '\u00AD': [''] };
    const pieces = fc.array(fc.constantFrom(...PIECES), { minLength: 1, maxLength: 30 });
    fc.assert(
      fc.property(pieces, fc.nat(), fc.nat(), fc.array(fc.nat(), { maxLength: 30 }), (ps, i, j, choices) => {
        const text = ps.join('');
        const from = i % ps.length;
        const to = from + 1 + (j % (ps.length - from));
        // The quote as a person might type it: some pieces swapped for a variant.
        const typed = ps.slice(from, to).map((p, k) => (SWAP[p] ? [p, ...SWAP[p]][(choices[k] ?? 0) % (SWAP[p].length + 1)] : p)).join('');
        if (normalise(typed).text.trim() === '') return;
        let a;
        try {
          a = anchorQuote(text, typed);
        } catch (e) {
          // Repeats need a pick; nothing else may be refused.
          expect(e).toBeInstanceOf(DomainError);
          expect((e as DomainError).subject?.field).toBe('occurrence');
          return;
        }
        expect(text.slice(a.start, a.end)).toBe(a.quote);
        expect(normalise(a.quote).text.toLowerCase()).toBe(normalise(typed).text.toLowerCase());
      }),
      { numRuns: 3000 },
    );
  });
});
