import { anchorQuote, occurrencesOf } from './quotes/anchor-quote';

export { occurrencesOf };

export interface QuoteSpan {
  start: number;
  end: number;
  prefix: string;
  suffix: string;
}

/**
 * Anchors a quote in a source text (see quotes/anchor-quote): a quote that is absent, or
 * that repeats without an occurrence (1-based), is refused.
 */
export function findQuoteSpan(text: string, quote: string, occurrence?: number | null): QuoteSpan {
  const { start, end, prefix, suffix } = anchorQuote(text, quote, { occurrence });
  return { start, end, prefix, suffix };
}
