import { shortlistQuery } from '../../domain/resolution/index-terms';
import { DUPLICATE_THRESHOLD, keysOf, scoreCandidate, type MatchReason } from '../../domain/resolution/score';
import { RESOLUTION, actorNamesOf, type ActorNames, type RunResolution } from './queries';

export interface DuplicatePair {
  a: ActorNames;
  b: ActorNames;
  score: number;
  reasons: MatchReason[];
}

const PAGE = 200;
const SHORTLIST = 20;

/**
 * Likely duplicate pairs already in the graph, best first, leaving out pairs marked
 * different. Walks every actor a page at a time and shortlists each through the index,
 * so its cost grows with the number of actors (one index query each), not with its square.
 * Two statements per page: the page, then every actor's shortlist and different-from list.
 */
export async function duplicatePairs(run: RunResolution, first: number, minScore = DUPLICATE_THRESHOLD): Promise<DuplicatePair[]> {
  const pairs = new Map<string, DuplicatePair>();
  let after = '';
  for (;;) {
    const page = (await run(RESOLUTION.page, { after, limit: PAGE })).map(actorNamesOf);
    if (page.length === 0) break;
    after = page[page.length - 1].id;
    const queries = page
      .map((a) => ({ key: a.id, lucene: shortlistQuery(a.kind, keysOf(a.names, a.kind)) }))
      .filter((q) => q.lucene !== null);
    const rows = queries.length > 0 ? await run(RESOLUTION.duplicateShortlist, { queries, limit: SHORTLIST }) : [];
    const byId = new Map(page.map((a) => [a.id, a]));
    for (const r of rows) {
      const a = byId.get(r.key);
      const b = actorNamesOf(r);
      if (!a || a.id === b.id || a.kind !== b.kind || r.different.includes(b.id)) continue;
      const key = a.id < b.id ? `${a.id} ${b.id}` : `${b.id} ${a.id}`;
      if (pairs.has(key)) continue;
      const [ka, kb] = [keysOf(a.names, a.kind), keysOf(b.names, b.kind)];
      const [ab, ba] = [scoreCandidate(ka, kb), scoreCandidate(kb, ka)];
      const s = ab.score >= ba.score ? ab : ba;
      if (s.score >= minScore) pairs.set(key, a.id < b.id ? { a, b, ...s } : { a: b, b: a, ...s });
    }
    // A short page is the last: no round trip to find the next one empty.
    if (page.length < PAGE) break;
  }
  return [...pairs.values()].sort((x, y) => y.score - x.score || x.a.id.localeCompare(y.a.id) || x.b.id.localeCompare(y.b.id)).slice(0, first);
}
