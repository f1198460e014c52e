import type { Embedder } from '../../matching/embedder';
import { luceneOr, mergeCandidates, type Hit } from '../../matching/fusion';
import { byScore, scoreCandidate, type Candidate, type Scored } from '../../matching/score';
import { normalisedHash, wordsOf } from '../../matching/text';
import { MATCHING, thresholdsFor, type MatchingMode, type Thresholds } from '../../matching/thresholds';
import type { Executor } from '../Executor';
import { type QueryCatalogue, bindAll } from '../QueryCatalogue';
import { defineQuery } from '../query';

/** The three signals for one text in one round trip, and the cosines the vector ranking missed. */
export const GATHER = defineQuery<
  { hash: string; lucene: string | null; vector: number[] | null; statuses: string[]; limit: number; exactLimit: number },
  { exact: Hit[]; bm25: Hit[]; nearest: (Hit & { cosine: number })[]; cosines: { id: string; cosine: number }[] }
>('matching/gather', ['hash', 'lucene', 'vector', 'statuses', 'limit', 'exactLimit']);

export interface MatchOptions {
  first: number;
  /** Lowest score returned; the mode's suggestion threshold when absent. */
  minScore?: number | null;
  statuses: string[];
  /** Left out of the answer (Claim.similar leaves out the claim itself). */
  excludeId?: string | null;
}

export interface MatchAnswer {
  mode: MatchingMode;
  matches: Scored[];
}

/** The three signals' raw answers for one text, before scoring: the evaluation ranks each alone. */
export interface Gathered {
  candidates: Candidate[];
  bm25: Hit[];
  nearest: (Hit & { cosine: number })[];
}

const asFloats = (v: Float32Array): number[] => Array.from(v, (x) => (Number.isInteger(x) ? x + 1e-12 : x));

/**
 * Finds claims the graph already holds for a statement: an exact hash of the normalised
 * text, BM25 over claim texts, and the nearest sentence embeddings, fused and scored (see
 * src/matching). Without the model it answers from the first two, and says so (mode).
 */
export class ClaimMatcher {
  private readonly q;

  constructor(
    private readonly executor: Executor,
    catalogue: QueryCatalogue,
    private readonly embedder: Embedder | null,
  ) {
    this.q = bindAll(catalogue, { gather: GATHER });
  }

  get mode(): MatchingMode {
    return this.embedder ? 'hybrid' : 'lexical-only';
  }

  async gather(text: string, statuses: string[], perSignal: number = MATCHING.candidatesPerSignal): Promise<Gathered> {
    const lucene = luceneOr(wordsOf(text));
    const vector = this.embedder ? asFloats((await this.embedder.embed([text]))[0]) : null;
    // One statement for all three signals and the missing cosines: one round trip, not four.
    const [row] = await this.executor.read(this.q.gather, { hash: normalisedHash(text), lucene, vector, statuses, limit: perSignal, exactLimit: 10 });
    const hits = (xs: Hit[]): Hit[] => xs.map((h) => ({ id: h.id, text: h.text }));
    const bm25 = hits(row.bm25);
    const nearest = row.nearest.map((h) => ({ id: h.id, text: h.text, cosine: h.cosine }));
    const candidates = mergeCandidates(hits(row.exact), bm25, nearest);
    const cos = new Map(row.cosines.map((r) => [r.id, r.cosine]));
    for (const c of candidates) if (c.cosine === null) c.cosine = cos.get(c.claimId) ?? null;
    return { candidates, bm25, nearest };
  }

  /** Scores every candidate; the caller cuts and filters. */
  rank(text: string, candidates: Candidate[], t: Thresholds = thresholdsFor(this.mode), cosineWeight?: number): Scored[] {
    return candidates.map((c) => scoreCandidate(text, c, this.mode, t, cosineWeight)).sort(byScore);
  }

  async match(text: string, opts: MatchOptions): Promise<MatchAnswer> {
    const t = thresholdsFor(this.mode);
    const floor = opts.minScore ?? t.suggest;
    const { candidates } = await this.gather(text, opts.statuses);
    const matches = this.rank(text, candidates, t)
      .filter((m) => m.claimId !== opts.excludeId && m.score >= floor)
      .slice(0, opts.first);
    return { mode: this.mode, matches };
  }
}
