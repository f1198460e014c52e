/**
 * The calibrated constants of claim matching. Tuned on the tuning half of the labelled set
 * (bench/matching/) by `npm run eval:matching` (its "Calibrated on the tuning half" line); the held-out half only reports.
 * See docs/matching.md for the figures behind them.
 */
export const MATCHING = {
  /** Hybrid score = COSINE_WEIGHT · cosine + (1 − COSINE_WEIGHT) · term overlap. */
  cosineWeight: 0.85,
  hybrid: { suggest: 0.41, nearCertain: 0.91 },
  /** Without the model the score is the term overlap alone, with its own thresholds. */
  lexical: { suggest: 0.18, nearCertain: 0.87 },
  /** Statements shorter than this never reach NEAR_CERTAIN. */
  minWordsNearCertain: 8,
  /** Reciprocal-rank fusion's constant (the usual 60). */
  rrfK: 60,
  /** How many hits each ranking (full-text, vector) contributes to the candidates. */
  candidatesPerSignal: 50,
} as const;

export type MatchingMode = 'hybrid' | 'lexical-only';

export interface Thresholds {
  suggest: number;
  nearCertain: number;
}

export const thresholdsFor = (mode: MatchingMode): Thresholds => (mode === 'hybrid' ? MATCHING.hybrid : MATCHING.lexical);
