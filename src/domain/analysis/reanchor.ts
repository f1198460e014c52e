import { occurrencesOf } from '../quote-span';

/** What an attribution knows about where its words were: a W3C TextQuoteSelector plus its old position. */
export interface Anchor {
  quote: string;
  prefix?: string | null;
  suffix?: string | null;
  start: number;
}

export interface Reanchored {
  start: number;
  end: number;
  /** The words now at that span (equal to the quote unless the publisher edited them slightly). */
  quote: string;
  exact: boolean;
}

/** Up to this share of a quote's characters may differ and it still counts as the same quote. */
export const MAX_EDIT_SHARE = 0.1;
/** Fuzzy search is quadratic: beyond this many cells (quote × text) only exact matches are tried. */
const MAX_CELLS = 30_000_000;

const contextScore = (text: string, at: number, end: number, a: Anchor): number => {
  let score = 0;
  if (a.prefix && text.slice(Math.max(0, at - a.prefix.length), at) === a.prefix) score += 2;
  if (a.suffix && text.slice(end, end + a.suffix.length) === a.suffix) score += 2;
  return score;
};

/**
 * Finds an attribution's quote in a new version of its source: the exact words where
 * they occur (the occurrence whose prefix/suffix match, then the one nearest the old
 * position), else the closest approximate match with at most 10% of characters edited;
 * null when the quote is gone.
 */
export function reanchor(text: string, a: Anchor): Reanchored | null {
  if (a.quote === '') return null;
  const hits = occurrencesOf(text, a.quote);
  if (hits.length > 0) {
    const len = a.quote.length;
    const best = [...hits].sort((x, y) => contextScore(text, y, y + len, a) - contextScore(text, x, x + len, a) || Math.abs(x - a.start) - Math.abs(y - a.start))[0];
    return { start: best, end: best + len, quote: a.quote, exact: true };
  }
  const near = approximateMatch(text, a.quote, Math.floor(a.quote.length * MAX_EDIT_SHARE));
  return near ? { ...near, quote: text.slice(near.start, near.end), exact: false } : null;
}

/** Sellers' algorithm: the substring of text with the least edit distance to the pattern, within maxErrors. */
export function approximateMatch(text: string, pattern: string, maxErrors: number): { start: number; end: number; errors: number } | null {
  const m = pattern.length;
  if (m === 0 || maxErrors < 1 || m * text.length > MAX_CELLS) return null;
  // col[i]: distance of pattern[0..i) to the best substring ending here; from[i]: where that substring starts.
  let col = Array.from({ length: m + 1 }, (_, i) => i);
  let from = new Array<number>(m + 1).fill(0);
  let best: { start: number; end: number; errors: number } | null = null;
  for (let j = 1; j <= text.length; j++) {
    const next = [0];
    const nextFrom = [j];
    for (let i = 1; i <= m; i++) {
      const sub = col[i - 1] + (pattern[i - 1] === text[j - 1] ? 0 : 1);
      const del = col[i] + 1;
      const ins = next[i - 1] + 1;
      const [cost, origin] = sub <= del && sub <= ins ? [sub, from[i - 1]] : del <= ins ? [del, from[i]] : [ins, nextFrom[i - 1]];
      next[i] = cost;
      nextFrom[i] = origin;
    }
    col = next;
    from = nextFrom;
    if (col[m] <= maxErrors && (!best || col[m] < best.errors)) best = { start: from[m], end: j, errors: col[m] };
  }
  return best;
}
