import { DomainError, invalid } from './errors';
import { partialDateProps } from './partial-date';
import { findQuoteSpan } from './quote-span';

/** What a caller says about one act of saying; ids and links are the caller's business. */
export interface AttributionDraft {
  mode: string;
  quote: string;
  occurrence?: number | null;
  saidAt?: string | null;
}

/** The source the quote is read in: its id (for messages) and its text, when held. */
export interface QuoteSource {
  id: string;
  text: string | null;
}

/**
 * An attribution's own properties, built one way for the seed and for mutations: the quote
 * anchored in the source text (no span when the source holds no text), ACTIVE, and its date.
 * Refusals name the attribution's field.
 */
export function attributionProps(a: AttributionDraft, source: QuoteSource): Record<string, unknown> {
  return { mode: a.mode, quote: a.quote, ...anchor(a, source), status: 'ACTIVE', ...saidAt(a.saidAt) };
}

function anchor(a: AttributionDraft, source: QuoteSource) {
  if (source.text !== null) return findQuoteSpan(source.text, a.quote, a.occurrence);
  if (a.occurrence != null) throw invalid('attribution', 'occurrence', `source "${source.id}" holds no text to count occurrences in`);
  return { start: null, end: null, prefix: null, suffix: null };
}

/** Explicit nulls when undated, so reloading a seed entry clears a date it no longer has. */
function saidAt(value: string | null | undefined) {
  if (value == null) return { saidAt: null, saidAtFrom: null, saidAtTo: null };
  try {
    return partialDateProps('saidAt', value);
  } catch (e) {
    if (e instanceof DomainError) throw invalid('attribution', 'saidAt', e.message);
    throw e;
  }
}
