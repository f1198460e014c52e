import { DomainError, invalid } from './errors';
import { partialDateProps } from './partial-date';
import { anchorQuote } from './quotes/anchor-quote';
import { refuseLoneSurrogates } from './quotes/characters';
import type { Normalisation } from './quotes/normalise';

/** What a caller says about one act of saying; ids and links are the caller's business. */
export interface AttributionDraft {
  mode: string;
  quote: string;
  occurrence?: number | null;
  /** Picks one of several matching spans by its start offset. */
  start?: number | null;
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
  return anchoredAttribution(a, source).props;
}

/**
 * The same, and what had to be folded to find the quote: the stored quote is always the
 * source's own span, so it may differ from the quote sent in quotes, dashes or spacing.
 */
export function anchoredAttribution(a: AttributionDraft, source: QuoteSource): { props: Record<string, unknown>; normalised: Normalisation[] } {
  const { quote, normalised, ...span } = anchor(a, source);
  return { props: { mode: a.mode, quote, ...span, status: 'ACTIVE', ...saidAt(a.saidAt) }, normalised };
}

function anchor(a: AttributionDraft, source: QuoteSource) {
  if (source.text !== null) return anchorQuote(source.text, a.quote, { occurrence: a.occurrence, start: a.start });
  if (a.occurrence != null) throw invalid('attribution', 'occurrence', `source "${source.id}" holds no text to count occurrences in`);
  if (a.start != null) throw invalid('attribution', 'start', `source "${source.id}" holds no text to find offsets in`);
  refuseLoneSurrogates(a.quote, null);
  return { quote: a.quote, start: null, end: null, prefix: null, suffix: null, normalised: [] as Normalisation[] };
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
