import type { Gathered, ClaimMatcher } from '../../src/graph/matching/ClaimMatcher';
import { scoreCandidate } from '../../src/matching/score';
import { wordCount } from '../../src/matching/text';
import { MATCHING, type Thresholds } from '../../src/matching/thresholds';
import type { Split } from './labelled';

export interface Judged {
  text: string;
  kind: string;
  targetId: string | null;
  role: 'positive' | 'negative' | 'unrelated';
  split: Split;
  gathered: Gathered;
}

export interface EvalConfig {
  cosineWeight: number;
  hybrid: Thresholds;
  lexical: Thresholds;
  /** Embeddings alone call a match near-certain at this cosine (no lexical checks). */
  cosineNearCertain: number;
}

/** One candidate's features, computed once: scores for any weight follow from them. */
interface Features {
  id: string;
  exact: boolean;
  cosine: number;
  overlap: number;
  conflicts: number;
  longEnough: boolean;
  rrf: number;
  bm25Rank: number | null;
  vectorRank: number | null;
}

const cache = new WeakMap<Judged, Features[]>();
function featuresOf(j: Judged): Features[] {
  let f = cache.get(j);
  if (!f) {
    const qWords = wordCount(j.text);
    f = j.gathered.candidates.map((c) => {
      const s = scoreCandidate(j.text, c, 'hybrid', MATCHING.hybrid);
      return {
        id: c.claimId, exact: c.exact, cosine: c.cosine ?? 0, overlap: s.overlap, conflicts: s.conflicts.length,
        longEnough: Math.min(qWords, wordCount(c.text)) >= MATCHING.minWordsNearCertain, rrf: s.rrf, bm25Rank: c.bm25Rank, vectorRank: c.vectorRank,
      };
    });
    cache.set(j, f);
  }
  return f;
}

const hybridScore = (f: Features, w: number) => (f.exact ? 1 : w * Math.max(0, f.cosine) + (1 - w) * f.overlap);
const lexicalScore = (f: Features) => (f.exact ? 1 : f.overlap);
const nearCertain = (f: Features, score: number, t: Thresholds) => score >= t.nearCertain && (f.exact || (f.conflicts === 0 && f.longEnough));

/** A method's answer to one query: the ranking, and per item its score and whether it is near-certain. */
interface Answer {
  ranked: { id: string; score: number; nc: boolean }[];
  suggest: number | null;
}

type Method = (j: Judged, cfg: EvalConfig) => Answer;

const sortBy = <T>(items: T[], key: (x: T) => number) => [...items].sort((a, b) => key(b) - key(a));

export const METHODS: Record<string, Method> = {
  'BM25 alone': (j, cfg) => ({
    ranked: featuresOf(j)
      .filter((f) => f.bm25Rank !== null)
      .sort((a, b) => a.bm25Rank! - b.bm25Rank!)
      .map((f) => ({ id: f.id, score: lexicalScore(f), nc: nearCertain(f, lexicalScore(f), cfg.lexical) })),
    suggest: null,
  }),
  'Lexical-only mode (hash + BM25, term-overlap score)': (j, cfg) => ({
    ranked: sortBy(featuresOf(j).filter((f) => f.exact || f.bm25Rank !== null), lexicalScore).map((f) => ({ id: f.id, score: lexicalScore(f), nc: nearCertain(f, lexicalScore(f), cfg.lexical) })),
    suggest: cfg.lexical.suggest,
  }),
  'Embeddings alone': (j, cfg) => ({
    ranked: featuresOf(j)
      .filter((f) => f.vectorRank !== null)
      .sort((a, b) => a.vectorRank! - b.vectorRank!)
      .map((f) => ({ id: f.id, score: f.cosine, nc: f.cosine >= cfg.cosineNearCertain })),
    suggest: null,
  }),
  'Hybrid, RRF order': (j, cfg) => ({
    ranked: sortBy(featuresOf(j), (f) => f.rrf).map((f) => ({ id: f.id, score: hybridScore(f, cfg.cosineWeight), nc: nearCertain(f, hybridScore(f, cfg.cosineWeight), cfg.hybrid) })),
    suggest: null,
  }),
  'Hybrid (as served)': (j, cfg) => ({
    ranked: sortBy(featuresOf(j), (f) => hybridScore(f, cfg.cosineWeight) + f.rrf * 1e-3).map((f) => ({
      id: f.id, score: hybridScore(f, cfg.cosineWeight), nc: nearCertain(f, hybridScore(f, cfg.cosineWeight), cfg.hybrid),
    })),
    suggest: cfg.hybrid.suggest,
  }),
};

export interface Scores {
  n: number;
  map5: number;
  p1: number;
  r10: number;
  ncRecall: number;
  servedR10: number | null;
  negatives: number;
  hnErrors: number;
  unrelated: number;
  unrelatedEmpty: number | null;
}

export function scoresOf(method: Method, judged: Judged[], cfg: EvalConfig): Scores {
  const pos = judged.filter((j) => j.role === 'positive');
  const neg = judged.filter((j) => j.role === 'negative');
  const unr = judged.filter((j) => j.role === 'unrelated');
  let map5 = 0, p1 = 0, r10 = 0, ncRecall = 0, served = 0, hn = 0, empty = 0;
  let suggest: number | null = null;
  for (const j of pos) {
    const a = method(j, cfg);
    suggest = a.suggest;
    const rank = a.ranked.findIndex((r) => r.id === j.targetId) + 1;
    if (rank >= 1 && rank <= 5) map5 += 1 / rank;
    if (rank === 1) p1 += 1;
    if (rank >= 1 && rank <= 10) r10 += 1;
    if (rank === 1 && a.ranked[0].nc) ncRecall += 1;
    if (a.suggest !== null && rank >= 1 && rank <= 10 && a.ranked.filter((r) => r.score >= a.suggest!).findIndex((r) => r.id === j.targetId) >= 0) served += 1;
  }
  for (const j of neg) if (method(j, cfg).ranked.some((r) => r.nc)) hn += 1;
  for (const j of unr) {
    const a = method(j, cfg);
    suggest = a.suggest;
    if (a.suggest !== null && !a.ranked.some((r) => r.score >= a.suggest!)) empty += 1;
  }
  const share = (x: number, n: number) => (n === 0 ? 0 : x / n);
  return {
    n: pos.length, map5: share(map5, pos.length), p1: share(p1, pos.length), r10: share(r10, pos.length), ncRecall: share(ncRecall, pos.length),
    servedR10: suggest === null ? null : share(served, pos.length), negatives: neg.length, hnErrors: share(hn, neg.length),
    unrelated: unr.length, unrelatedEmpty: suggest === null ? null : share(empty, unr.length),
  };
}

const pc = (x: number | null) => (x === null ? '–' : `${(x * 100).toFixed(1)}%`);
const f3 = (x: number) => x.toFixed(3);

export function methodRows(_m: ClaimMatcher, judged: Judged[], cfg: EvalConfig, perKind = false): string[][] {
  const head = ['method', 'queries', 'MAP@5', 'P@1', 'recall@10', 'NEAR_CERTAIN top-1', 'recall@10 above suggestion threshold', 'hard negatives', 'hard-negative NEAR_CERTAIN errors', 'unrelated → empty list'];
  const row = (name: string, s: Scores) => [name, String(s.n), f3(s.map5), f3(s.p1), f3(s.r10), pc(s.ncRecall), pc(s.servedR10), String(s.negatives), pc(s.hnErrors), pc(s.unrelatedEmpty)];
  if (!perKind) return [head, ...Object.entries(METHODS).map(([name, m]) => row(name, scoresOf(m, judged, cfg)))];
  const hybrid = METHODS['Hybrid (as served)'];
  const kinds = [...new Set(judged.filter((j) => j.role !== 'unrelated').map((j) => `${j.role === 'positive' ? '' : 'hard negative: '}${j.kind}`))];
  return [
    head,
    ...kinds.map((k) => row(k, scoresOf(hybrid, judged.filter((j) => (j.role === 'positive' ? j.kind : `hard negative: ${j.kind}`) === k), cfg))),
  ];
}

export function renderTable(rows: string[][]): string {
  return [`| ${rows[0].join(' | ')} |`, `|${rows[0].map(() => '---').join('|')}|`, ...rows.slice(1).map((r) => `| ${r.join(' | ')} |`)].join('\n');
}

const grid = (from: number, to: number, step: number) => Array.from({ length: Math.round((to - from) / step) + 1 }, (_, i) => Math.round((from + i * step) * 1000) / 1000);

/**
 * Calibrates on the tuning half only: the cosine weight that ranks best (MAP@5, then P@1);
 * the lowest near-certain threshold whose hard-negative error stays at or under 1% (half the
 * goal, a margin for the held-out half); the suggestion threshold that best balances finding
 * the target in the list against leaving unrelated statements with an empty list.
 */
export function calibrate(_m: ClaimMatcher, judged: Judged[]): EvalConfig & { cosineNearCertain: number } {
  const tune = judged.filter((j) => j.split === 'tune');
  const base: EvalConfig = { cosineWeight: MATCHING.cosineWeight, hybrid: MATCHING.hybrid, lexical: MATCHING.lexical, cosineNearCertain: 0.9 };
  let best = { w: base.cosineWeight, map: -1, p1: -1 };
  for (const w of grid(0.3, 0.9, 0.05)) {
    const s = scoresOf(METHODS['Hybrid (as served)'], tune, { ...base, cosineWeight: w });
    if (s.map5 > best.map + 1e-9 || (Math.abs(s.map5 - best.map) < 1e-9 && s.p1 > best.p1)) best = { w, map: s.map5, p1: s.p1 };
  }
  const cfg: EvalConfig = { ...base, cosineWeight: best.w };
  const lowestSafe = (method: string, set: (cfg: EvalConfig, t: number) => EvalConfig) =>
    grid(0.5, 0.99, 0.01).find((t) => scoresOf(METHODS[method], tune, set(cfg, t)).hnErrors <= 0.01) ?? 0.99;
  // The lexical checks caught every tuning hard negative; so that one they miss elsewhere is not waved
  // through by a low bar, the bar also keeps at least half the hard negatives out on score alone.
  const ungated = (t: number) => tune.filter((j) => j.role === 'negative' && featuresOf(j).some((f) => hybridScore(f, cfg.cosineWeight) >= t)).length / Math.max(1, tune.filter((j) => j.role === 'negative').length);
  const gatedOk = (t: number) => scoresOf(METHODS['Hybrid (as served)'], tune, { ...cfg, hybrid: { ...cfg.hybrid, nearCertain: t } }).hnErrors <= 0.01;
  const hybridNc = grid(0.5, 0.99, 0.01).find((t) => gatedOk(t) && ungated(t) <= 0.5) ?? 0.99;
  const lexUngated = (t: number) => tune.filter((j) => j.role === 'negative' && featuresOf(j).some((f) => lexicalScore(f) >= t)).length / Math.max(1, tune.filter((j) => j.role === 'negative').length);
  const lexicalNc = grid(0.5, 0.99, 0.01).find((t) => lexUngated(t) <= 0.5 && lowestSafe('Lexical-only mode (hash + BM25, term-overlap score)', (c, x) => ({ ...c, lexical: { ...c.lexical, nearCertain: Math.max(x, t) } })) <= t) ?? 0.99;
  const cosineNc = lowestSafe('Embeddings alone', (c, t) => ({ ...c, cosineNearCertain: t }));
  const bestSuggest = (method: string, nc: number, set: (c: EvalConfig, t: Thresholds) => EvalConfig) => {
    let top = { t: 0.3, v: -1 };
    for (const t of grid(0.15, Math.min(nc - 0.01, 0.8), 0.01)) {
      const s = scoresOf(METHODS[method], tune, set(cfg, { suggest: t, nearCertain: nc }));
      const v = (s.servedR10 ?? 0) + (s.unrelatedEmpty ?? 0);
      if (v > top.v + 1e-9) top = { t, v };
    }
    return top.t;
  };
  return {
    cosineWeight: best.w,
    hybrid: { suggest: bestSuggest('Hybrid (as served)', hybridNc, (c, t) => ({ ...c, hybrid: t })), nearCertain: hybridNc },
    lexical: { suggest: bestSuggest('Lexical-only mode (hash + BM25, term-overlap score)', lexicalNc, (c, t) => ({ ...c, lexical: t })), nearCertain: lexicalNc },
    cosineNearCertain: cosineNc,
  };
}

/** The tuning half's hard negatives that reach NEAR_CERTAIN, for looking at (never the held-out half). */
export function tuningFailures(judged: Judged[], cfg: EvalConfig): string[] {
  return judged
    .filter((j) => j.split === 'tune' && j.role === 'negative')
    .flatMap((j) => {
      const top = METHODS['Hybrid (as served)'](j, cfg).ranked.find((r) => r.nc);
      return top ? [`${j.kind}: "${j.text}" → ${top.id} (${top.score.toFixed(3)})`] : [];
    });
}
