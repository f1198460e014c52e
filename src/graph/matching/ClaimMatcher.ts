import type { Embedder } from '../../matching/embedder';
import { luceneOr, mergeCandidates, type Hit } from '../../matching/fusion';
import { byScore, scoreCandidate, type Candidate, type Scored } from '../../matching/score';
import { normalisedHash, wordsOf } from '../../matching/text';
import { MATCHING, thresholdsFor, type MatchingMode, type Thresholds } from '../../matching/thresholds';
import type { Executor } from '../Executor';
import { type QueryCatalogue, queriesOf } from '../QueryCatalogue';

const QUERIES = {
  byHash: 'matching/byHash',
  fulltext: 'matching/fulltext',
  nearest: 'matching/nearest',
  cosines: 'matching/cosines',
} as const;

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
    this.q = queriesOf(catalogue, QUERIES);
  }

  get mode(): MatchingMode {
    return this.embedder ? 'hybrid' : 'lexical-only';
  }

  async gather(text: string, statuses: string[], perSignal: number = MATCHING.candidatesPerSignal): Promise<Gathered> {
    const lucene = luceneOr(wordsOf(text));
    const vector = this.embedder ? asFloats((await this.embedder.embed([text]))[0]) : null;
    const [exact, bm25, nearest] = await Promise.all([
      this.executor.read(this.q.byHash, { hash: normalisedHash(text), statuses, limit: 10 }),
      lucene ? this.executor.read(this.q.fulltext, { lucene, statuses, limit: perSignal }) : Promise.resolve([]),
      vector ? this.executor.read(this.q.nearest, { vector, statuses, limit: perSignal }) : Promise.resolve([]),
    ]);
    const hit = (r: Record<string, unknown>): Hit => ({ id: String(r.id), text: String(r.text) });
    const near = nearest.map((r) => ({ ...hit(r), cosine: Number(r.cosine) }));
    const candidates = mergeCandidates(exact.map(hit), bm25.map(hit), near);
    const missing = candidates.filter((c) => c.cosine === null).map((c) => c.claimId);
    if (vector && missing.length > 0) {
      const rows = await this.executor.read(this.q.cosines, { ids: missing, vector });
      const cos = new Map(rows.map((r) => [String(r.id), Number(r.cosine)]));
      for (const c of candidates) if (c.cosine === null) c.cosine = cos.get(c.claimId) ?? null;
    }
    return { candidates, bm25: bm25.map(hit), nearest: near };
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
