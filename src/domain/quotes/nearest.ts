import search from 'approx-string-match';
import { normalise, originalSpan } from './normalise';

/** A passage of the source text close to a quote that does not occur in it. */
export interface NearPassage {
  start: number;
  end: number;
  text: string;
  /** 0..1, as Hypothesis scores an anchor. */
  score: number;
}

export interface QuoteContext {
  prefix?: string | null;
  suffix?: string | null;
  /** Where the caller expects the quote (an offset), if anywhere. */
  hint?: number | null;
}

/** Hypothesis's weights (src/annotator/anchoring/match-quote.ts): the quote counts most, position least. */
const WEIGHT = { quote: 50, prefix: 20, suffix: 20, position: 2 };
const MAX_ERRORS = 256;

/** 1 minus the share of edits needed to find str in text (1: present as it is). */
function matchScore(text: string, str: string): number {
  if (str.length === 0 || text.length === 0) return 0;
  const found = search(text, str, str.length);
  return found.length === 0 ? 0 : 1 - Math.min(...found.map((m) => m.errors)) / str.length;
}

/**
 * The passages nearest a quote, best first, found with approx-string-match on the
 * normalised texts (so typographic variants cost nothing) and scored on quote, context and
 * position the way Hypothesis anchors an annotation. Overlapping passages keep the best.
 */
export function nearestPassages(text: string, quote: string, context: QuoteContext = {}, limit = 3): NearPassage[] {
  const nt = normalise(text);
  const nq = normalise(quote);
  if (nq.text.length === 0 || nt.text.length === 0) return [];
  const maxErrors = Math.min(MAX_ERRORS, Math.floor(nq.text.length / 2));
  const scored = search(nt.text, nq.text, maxErrors)
    .filter((m) => m.end > m.start)
    .map((m) => {
      const { start, end } = originalSpan(nt, m.start, m.end);
      const prefix = context.prefix ? matchScore(text.slice(Math.max(0, start - context.prefix.length), start), context.prefix) : 1;
      const suffix = context.suffix ? matchScore(text.slice(end, end + context.suffix.length), context.suffix) : 1;
      const position = context.hint == null ? 1 : 1 - Math.abs(start - context.hint) / text.length;
      const raw = WEIGHT.quote * (1 - m.errors / nq.text.length) + WEIGHT.prefix * prefix + WEIGHT.suffix * suffix + WEIGHT.position * position;
      return { start, end, text: text.slice(start, end), score: raw / (WEIGHT.quote + WEIGHT.prefix + WEIGHT.suffix + WEIGHT.position) };
    })
    .sort((a, b) => b.score - a.score || a.start - b.start);
  const kept: NearPassage[] = [];
  for (const p of scored) {
    if (kept.some((k) => p.start < k.end && p.end > k.start)) continue;
    kept.push({ ...p, score: Math.round(p.score * 1000) / 1000 });
    if (kept.length === limit) break;
  }
  return kept;
}
