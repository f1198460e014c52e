import { invalid } from '../errors';
import { refuseLoneSurrogates, refuseSplitClusters } from './characters';
import { nearestPassages } from './nearest';
import { isWholeSpan, normalise, normalisationsOf, originalSpan, type Normalisation } from './normalise';

/** Where a quote sits in its source text: always the text's own characters. */
export interface AnchoredQuote {
  start: number;
  end: number;
  /** text.slice(start, end): what is stored as the quote. */
  quote: string;
  prefix: string;
  suffix: string;
  /** What had to be folded to find it; empty when the quote occurs as sent. */
  normalised: Normalisation[];
}

/** Which of several spans: the 1-based occurrence, or the span's start offset. */
export interface QuotePick {
  occurrence?: number | null;
  start?: number | null;
}

interface Candidate {
  start: number;
  end: number;
  normalised: Normalisation[];
}

const CONTEXT = 32;
const SHOWN_CONTEXT = 24;

/** Every start offset of needle in haystack (UTF-16 code units, as JavaScript strings count). */
export function occurrencesOf(haystack: string, needle: string): number[] {
  const found: number[] = [];
  if (needle.length === 0) return found;
  for (let i = haystack.indexOf(needle); i !== -1; i = haystack.indexOf(needle, i + 1)) found.push(i);
  return found;
}

/** The quote as sent, and with the case of its first letter flipped, when that is one code unit either way. */
function firstLetterVariants(q: string): string[] {
  const i = q.search(/\p{L}/u);
  if (i === -1) return [q];
  const variants = new Set([q]);
  for (const c of [q[i].toLowerCase(), q[i].toUpperCase()]) if (c.length === 1) variants.add(q.slice(0, i) + c + q.slice(i + 1));
  return [...variants];
}

/** Spans of text the quote matches once typographic variants are folded on both sides. */
function normalisedCandidates(text: string, quote: string): Candidate[] {
  const nt = normalise(text);
  const nq = normalise(quote);
  if (nq.text.length === 0) return [];
  const byStart = new Map<number, Candidate>();
  for (const variant of firstLetterVariants(nq.text)) {
    for (const at of occurrencesOf(nt.text, variant)) {
      if (!isWholeSpan(nt, at, at + variant.length)) continue;
      const span = originalSpan(nt, at, at + variant.length);
      if (!byStart.has(span.start)) byStart.set(span.start, { ...span, normalised: normalisationsOf(quote, nq, text, nt, at) });
    }
  }
  return [...byStart.values()].sort((a, b) => a.start - b.start);
}

/** An offset moved off the second half of a surrogate pair, so context never shows half a character. */
const whole = (text: string, i: number) => (i > 0 && i < text.length && /[\uDC00-\uDFFF]/.test(text[i]) && /[\uD800-\uDBFF]/.test(text[i - 1]) ? i - 1 : i);

const excerpt = (text: string, c: { start: number; end: number }) => {
  const from = whole(text, Math.max(0, c.start - SHOWN_CONTEXT));
  const to = whole(text, Math.min(text.length, c.end + SHOWN_CONTEXT));
  return `${from > 0 ? '…' : ''}${text.slice(from, c.start)}[${text.slice(c.start, c.end)}]${text.slice(c.end, to)}${to < text.length ? '…' : ''}`;
};

function refuseMiss(text: string, quote: string, hint: number | null | undefined): never {
  const nearest = nearestPassages(text, quote, { hint });
  const list = nearest.map((p, i) => `${i + 1}. at ${p.start}–${p.end} (score ${p.score}): ${JSON.stringify(p.text)}`).join('; ');
  throw invalid(
    'attribution',
    'quote',
    `quote does not occur in the source text, even with quotes, dashes, spaces, "..." and the first letter's case folded: ${JSON.stringify(quote)}. ` +
      (nearest.length ? `Nearest passages: ${list}` : 'No passage of the text comes close.'),
    { quote, nearest },
  );
}

function pick(text: string, candidates: Candidate[], p: QuotePick): Candidate {
  const spans = () => candidates.map((c) => ({ start: c.start, end: c.end, text: text.slice(c.start, c.end), context: excerpt(text, c) }));
  if (p.start != null) {
    const found = candidates.find((c) => c.start === p.start);
    if (found) return found;
    throw invalid('attribution', 'start', `no match of the quote starts at ${p.start}; it starts at ${candidates.map((c) => c.start).join(', ')}`, { spans: spans() });
  }
  if (p.occurrence == null) {
    if (candidates.length === 1) return candidates[0];
    const list = spans().map((s, i) => `${i + 1}. at ${s.start}: ${s.context}`).join('; ');
    throw invalid(
      'attribution',
      'occurrence',
      `quote occurs ${candidates.length} times in the source text; say which with occurrence (1 to ${candidates.length}) or start: ${list}`,
      { spans: spans() },
    );
  }
  const index = p.occurrence - 1;
  if (!Number.isInteger(index) || index < 0 || index >= candidates.length) {
    throw invalid('attribution', 'occurrence', `occurrence ${p.occurrence} is out of range: the quote occurs ${candidates.length} time(s)`, { spans: spans() });
  }
  return candidates[index];
}

/**
 * Anchors a quote in a source text. Offsets come from the quote itself, never from a
 * person. The quote as sent is tried first; when it does not occur, both sides are folded
 * (quotes, dashes, whitespace, soft hyphens, "...", first letter's case) and a match gives
 * the text's own span. Several matches need occurrence or start; none gives the nearest passages.
 */
export function anchorQuote(text: string, quote: string, p: QuotePick = {}): AnchoredQuote {
  if (quote.length === 0) throw invalid('attribution', 'quote', 'quote must not be empty');
  refuseLoneSurrogates(quote, text);
  const exact = occurrencesOf(text, quote).map((start) => ({ start, end: start + quote.length, normalised: [] }));
  const candidates = exact.length > 0 ? exact : normalisedCandidates(text, quote);
  if (candidates.length === 0) refuseMiss(text, quote, p.start);
  const c = pick(text, candidates, p);
  refuseSplitClusters(text, c.start, c.end);
  return {
    start: c.start,
    end: c.end,
    quote: text.slice(c.start, c.end),
    prefix: text.slice(Math.max(0, c.start - CONTEXT), c.start),
    suffix: text.slice(c.end, c.end + CONTEXT),
    normalised: c.normalised,
  };
}
