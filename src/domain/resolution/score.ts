import { compareNames, type MatchMethod } from './compare';
import { nameKey, type ActorKind, type NameKey } from './name-key';

/** At or above this score an add or rename is refused as a likely duplicate (tuned on bench/actor-pairs/tune.tsv). */
export const DUPLICATE_THRESHOLD = 0.85;
/** Below this a candidate is not worth showing. */
export const CANDIDATE_FLOOR = 0.5;

export interface MatchReason {
  /** The spelling asked about. */
  query: string;
  /** The candidate's name or alias it matched. */
  matched: string;
  method: MatchMethod;
  score: number;
}

export interface CandidateScore {
  score: number;
  /** Best first; at most one per spelling of the candidate. */
  reasons: MatchReason[];
}

const MAX_REASONS = 3;

/** Distinct spellings, trimmed and non-empty. */
export const spellings = (names: readonly (string | null | undefined)[]): string[] => [
  ...new Set(names.map((n) => (n ?? '').trim()).filter((n) => n !== '')),
];

/** A spelling with an aside in brackets is also compared without it: "Commonwealth of Independent (Former Soviet) States". */
const withoutAsides = (n: string) => [n, n.replace(/\s*\([^)]*\)\s*/g, ' ').trim()];

export const keysOf = (names: readonly string[], kind: ActorKind): NameKey[] =>
  spellings(spellings(names).flatMap(withoutAsides)).map((n) => nameKey(n, kind)).filter((k) => k.words.length > 0);

/** How likely an actor with these spellings is the one asked about: its best-matching pair of spellings. */
export function scoreCandidate(query: readonly NameKey[], candidate: readonly NameKey[]): CandidateScore {
  const byMatched = new Map<string, MatchReason>();
  for (const q of query) {
    for (const c of candidate) {
      const m = compareNames(q, c);
      const prev = byMatched.get(c.text);
      if (!prev || m.score > prev.score) byMatched.set(c.text, { query: q.text, matched: c.text, method: m.method, score: round(m.score) });
    }
  }
  const reasons = [...byMatched.values()]
    .sort((a, b) => b.score - a.score || a.matched.localeCompare(b.matched))
    // The best match always; others only when they are worth showing.
    .filter((r, i) => i === 0 || r.score >= CANDIDATE_FLOOR)
    .slice(0, MAX_REASONS);
  return { score: reasons[0]?.score ?? 0, reasons };
}

const round = (x: number) => Math.round(x * 1000) / 1000;

/** A reason in words, for messages and import refusals. */
export function describeReason(r: MatchReason): string {
  return `"${r.query}" ~ "${r.matched}" (${r.method.toLowerCase().replace('_', ' ')}, ${r.score})`;
}
