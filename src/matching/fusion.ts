import type { Candidate } from './score';

export interface Hit {
  id: string;
  text: string;
}

/**
 * Merges the three signals' hits into one candidate per claim, remembering each claim's rank
 * in each ranking (1-based; null where a ranking missed it) and its cosine when the vector
 * ranking found it.
 */
export function mergeCandidates(exact: Hit[], bm25: Hit[], nearest: (Hit & { cosine: number })[]): Candidate[] {
  const byId = new Map<string, Candidate>();
  const entry = (h: Hit): Candidate => {
    let c = byId.get(h.id);
    if (!c) byId.set(h.id, (c = { claimId: h.id, text: h.text, exact: false, bm25Rank: null, vectorRank: null, cosine: null }));
    return c;
  };
  for (const h of exact) entry(h).exact = true;
  bm25.forEach((h, i) => (entry(h).bm25Rank = i + 1));
  nearest.forEach((h, i) => {
    const c = entry(h);
    c.vectorRank = i + 1;
    c.cosine = h.cosine;
  });
  return [...byId.values()];
}

/** A full-text query that ORs the text's words: BM25 ranks by how many rare ones a claim shares. */
export function luceneOr(words: string[]): string | null {
  // Letters and digits only: nothing a Lucene parser could read as syntax.
  const terms = [...new Set(words.map((w) => w.replace(/[^\p{L}\p{N}]/gu, '')).filter((w) => w.length > 1 || /\d/.test(w)))];
  return terms.length === 0 ? null : terms.slice(0, 64).join(' OR ');
}
