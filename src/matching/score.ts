import { contentTerms, namesOf, negationsOf, normaliseText, oppositesBetween, quantitiesOf, wordCount } from './text';
import { MATCHING, type MatchingMode, type Thresholds } from './thresholds';

export type Tier = 'NEAR_CERTAIN' | 'SUGGESTED';

/** What a candidate brings: which rankings found it, at what rank, and its cosine when known. */
export interface Candidate {
  claimId: string;
  text: string;
  exact: boolean;
  /** 1-based ranks in the full-text and vector rankings; null when that ranking missed it. */
  bm25Rank: number | null;
  vectorRank: number | null;
  cosine: number | null;
}

export interface Scored extends Candidate {
  score: number;
  rrf: number;
  overlap: number;
  sharedTerms: string[];
  conflicts: string[];
  /** NEAR_CERTAIN, or SUGGESTED (also below the suggestion threshold, when a caller asks that low). */
  tier: Tier;
  reasons: string[];
}

/**
 * Term overlap: the share of both texts' content terms the other holds (Dice over the term
 * sets), with names, numbers and long words counting double: they are rarer than the rest.
 */
export function termOverlap(a: string, b: string): { overlap: number; shared: string[] } {
  const ta = new Set(contentTerms(a));
  const tb = new Set(contentTerms(b));
  const weight = (t: string) => (/\d/.test(t) || t.length >= 7 ? 2 : 1);
  let shared = 0;
  let total = 0;
  const sharedTerms: string[] = [];
  for (const t of ta) {
    total += weight(t);
    if (tb.has(t)) {
      shared += 2 * weight(t);
      sharedTerms.push(t);
    }
  }
  for (const t of tb) total += weight(t);
  return { overlap: total === 0 ? 0 : shared / total, shared: sharedTerms };
}

/** Details that differ between two wordings of one topic: a number or date, a name, a negation, an opposite. */
export function conflictsBetween(query: string, claim: string): string[] {
  const out: string[] = [];
  const qn = quantitiesOf(query);
  const cn = quantitiesOf(claim);
  const onlyQ = [...qn].filter((n) => !cn.has(n));
  const onlyC = [...cn].filter((n) => !qn.has(n));
  if (onlyQ.length > 0 || (qn.size > 0 && onlyC.length > 0)) out.push(`different number or date (${[...onlyQ, ...onlyC].join(', ')})`);
  const claimWords = new Set(normaliseText(claim).split(' '));
  const queryWords = new Set(normaliseText(query).split(' '));
  const qNames = [...namesOf(query)].filter((n) => !claimWords.has(n) && !claimWords.has(`${n}'s`));
  const cNames = [...namesOf(claim)].filter((n) => !queryWords.has(n) && !queryWords.has(`${n}'s`));
  if (qNames.length > 0 && cNames.length > 0) out.push(`different names (${qNames.join(', ')} / ${cNames.join(', ')})`);
  if (negationsOf(query) % 2 !== negationsOf(claim) % 2) out.push('one is negated');
  const opposite = oppositesBetween(query, claim);
  if (opposite.length > 0) out.push(`opposite words (${opposite.join(', ')})`);
  return out;
}

/** Reciprocal-rank fusion of the rankings that found a candidate (an exact hit ranks first). */
export const rrfOf = (c: Candidate): number =>
  [c.exact ? 1 : null, c.bm25Rank, c.vectorRank].reduce<number>((s, r) => (r === null ? s : s + 1 / (MATCHING.rrfK + r)), 0);

/** Scores, tiers and explains one candidate for a query. */
export function scoreCandidate(query: string, c: Candidate, mode: MatchingMode, t: Thresholds, cosineWeight: number = MATCHING.cosineWeight): Scored {
  const { overlap, shared } = termOverlap(query, c.text);
  const conflicts = c.exact ? [] : conflictsBetween(query, c.text);
  const cosine = mode === 'hybrid' ? (c.cosine ?? 0) : null;
  const raw = c.exact ? 1 : cosine === null ? overlap : cosineWeight * Math.max(0, cosine) + (1 - cosineWeight) * overlap;
  const score = Math.round(Math.min(1, Math.max(0, raw)) * 10_000) / 10_000;
  const longEnough = Math.min(wordCount(query), wordCount(c.text)) >= MATCHING.minWordsNearCertain;
  const tier: Tier = score >= t.nearCertain && conflicts.length === 0 && longEnough ? 'NEAR_CERTAIN' : 'SUGGESTED';
  const reasons: string[] = [];
  if (c.exact) reasons.push('same normalised text');
  const rare = shared.filter((w) => /\d/.test(w) || w.length >= 7);
  if (rare.length > 0) reasons.push(`shared rare terms: ${rare.slice(0, 8).join(', ')}`);
  else if (shared.length > 0) reasons.push(`shared terms: ${shared.slice(0, 8).join(', ')}`);
  if (cosine !== null && cosine >= 0.5) reasons.push(`close in meaning (cosine ${cosine.toFixed(2)})`);
  for (const k of conflicts) reasons.push(`but ${k}`);
  if (score < t.suggest) reasons.push(`below the suggestion threshold (${t.suggest})`);
  if (!longEnough && score >= t.nearCertain && conflicts.length === 0) reasons.push(`under ${MATCHING.minWordsNearCertain} words: at most SUGGESTED`);
  return { ...c, score, rrf: rrfOf(c), overlap, sharedTerms: shared, conflicts, tier, reasons };
}

/** Best first: score, then fused rank, then id so equal scores keep one order. */
export const byScore = (a: Scored, b: Scored): number => b.score - a.score || b.rrf - a.rrf || a.claimId.localeCompare(b.claimId);
