import type { Suggestion } from './extraction';

export interface Curated {
  quote: string;
  start: number;
  end: number;
  speakerId: string;
  mode: string;
}

export interface ExtractionScore {
  candidates: number;
  right: number;
  directQuotes: number;
  directQuotesFound: number;
  spanMatches: number;
  speakerRight: number;
  precision: number;
  recall: number;
  speakerAccuracy: number;
}

type Range = { start: number; end: number };
const overlap = (c: Range, q: Range) => Math.max(0, Math.min(c.end, q.end) - Math.max(c.start, q.start));

/** The rule: the candidate's span covers at least 80% of the curated quote. */
export const spansAgree = (c: Range, q: Range): boolean => overlap(c, q) >= 0.8 * (q.end - q.start);
/** A stricter rule, reported alongside: 80% both ways, so a sentence does not match a clause of it. */
export const spansAgreeStrictly = (c: Range, q: Range): boolean => spansAgree(c, q) && overlap(c, q) >= 0.8 * (c.end - c.start);

const ratio = (a: number, b: number) => (b === 0 ? 1 : Math.round((a / b) * 1000) / 1000);

/**
 * Scores suggestions against curated attributions of the same texts. A candidate is right
 * when its span agrees with a curated quote's (80% both ways) and its speaker is that quote's.
 * Precision: right candidates / candidates. Recall: curated DIRECT_QUOTEs with a right
 * candidate. Speaker accuracy: of candidates whose span agrees with some quote, the share
 * whose speaker is right.
 */
export function scoreExtraction(docs: { suggestions: Suggestion[]; curated: Curated[] }[], agree = spansAgree): ExtractionScore {
  let candidates = 0, right = 0, directQuotes = 0, directQuotesFound = 0, spanMatches = 0, speakerRight = 0;
  for (const { suggestions, curated } of docs) {
    candidates += suggestions.length;
    for (const s of suggestions) {
      const agreeing = curated.filter((q) => agree(s, q));
      if (agreeing.length === 0) continue;
      spanMatches++;
      if (agreeing.some((q) => q.speakerId === s.speakerId)) {
        right++;
        speakerRight++;
      }
    }
    for (const q of curated.filter((x) => x.mode === 'DIRECT_QUOTE')) {
      directQuotes++;
      if (suggestions.some((s) => agree(s, q) && s.speakerId === q.speakerId)) directQuotesFound++;
    }
  }
  return {
    candidates,
    right,
    directQuotes,
    directQuotesFound,
    spanMatches,
    speakerRight,
    precision: ratio(right, candidates),
    recall: ratio(directQuotesFound, directQuotes),
    speakerAccuracy: ratio(speakerRight, spanMatches),
  };
}
