import { invalid } from './errors';

export interface QuoteSpan {
  start: number;
  end: number;
  prefix: string;
  suffix: string;
}

const CONTEXT = 32;

/** Every start offset of needle in haystack (UTF-16 code units, as JavaScript strings count). */
export function occurrencesOf(haystack: string, needle: string): number[] {
  const found: number[] = [];
  if (needle.length === 0) return found;
  for (let i = haystack.indexOf(needle); i !== -1; i = haystack.indexOf(needle, i + 1)) found.push(i);
  return found;
}

/**
 * Anchors a quote in a source text. Offsets come from the quote itself, never from a
 * person: a quote that is absent, or that repeats without an occurrence (1-based), is refused.
 */
export function findQuoteSpan(text: string, quote: string, occurrence?: number | null): QuoteSpan {
  if (quote.length === 0) throw invalid('attribution', 'quote', 'quote must not be empty');
  const starts = occurrencesOf(text, quote);
  if (starts.length === 0) {
    throw invalid('attribution', 'quote', `quote does not occur in the source text: ${JSON.stringify(abbreviate(quote))}`);
  }
  if (occurrence == null && starts.length > 1) {
    throw invalid('attribution', 'occurrence', `quote occurs ${starts.length} times in the source text; say which with occurrence (1 to ${starts.length})`);
  }
  const index = (occurrence ?? 1) - 1;
  if (!Number.isInteger(index) || index < 0 || index >= starts.length) {
    throw invalid('attribution', 'occurrence', `occurrence ${occurrence} is out of range: the quote occurs ${starts.length} time(s)`);
  }
  const start = starts[index];
  const end = start + quote.length;
  return { start, end, prefix: text.slice(Math.max(0, start - CONTEXT), start), suffix: text.slice(end, end + CONTEXT) };
}

const abbreviate = (s: string) => (s.length > 80 ? `${s.slice(0, 77)}…` : s);
