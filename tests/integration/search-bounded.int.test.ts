import { rankedHits } from '../../src/api/resolvers/search';
import { toLuceneQuery } from '../../src/domain/search-query';
import { NODE_KINDS } from '../../src/domain/kinds';
import { defineQuery, type QueryDef } from '../../src/graph/query';
import { ReadRepository } from '../../src/graph/repositories/ReadRepository';
import { cypher, openHarness, resetToSeed, type Harness } from '../support/harness';

/**
 * search/bounded reads each index's first hits only and must prove its page exact; when it
 * cannot, search/all runs. Either way the page must be search/all's, hit for hit.
 */

type Hit = { node: unknown; score: number; matchedOn: string };
const EXACT = defineQuery<{ lucene: string; kinds: string[]; statuses: string[]; skip: number; limit: number }, Hit>('search/all', [
  'lucene', 'kinds', 'statuses', 'skip', 'limit',
]);

let h: Harness;
let repo: ReadRepository;

beforeAll(async () => {
  h = await openHarness();
  await resetToSeed(h);
  repo = new ReadRepository(h.executor, h.catalogue);
  // Claims this suite makes: 80 share a word, each a word longer than the one before (so each
  // scores lower), and only every twentieth is active; 60 more have the same text (equal
  // scores), more than even the deeper read takes for a small page; 12 more tie too.
  await cypher(
    h,
    `UNWIND range(1, 80) AS i
     CREATE (:Node:Claim {id: 'bounded-hidden-' + right('0' + toString(i), 2), text: 'zorblaxian' + reduce(t = '', k IN range(1, i) | t + ' harbour'),
                          status: CASE WHEN i % 20 = 0 THEN 'ACTIVE' ELSE 'RETRACTED' END})`,
  );
  await cypher(
    h,
    `UNWIND range(1, 60) AS i
     CREATE (:Node:Claim {id: 'bounded-tie-' + right('0' + toString(i), 2), text: 'quuxwidget tariffs rose', status: 'ACTIVE'})`,
  );
  await cypher(
    h,
    `UNWIND range(1, 12) AS i
     CREATE (:Node:Claim {id: 'bounded-few-' + right('0' + toString(i), 2), text: 'frobnitz tariffs rose', status: 'ACTIVE'})`,
  );
});

afterAll(async () => {
  await cypher(h, `MATCH (c:Claim) WHERE c.id STARTS WITH 'bounded-' DETACH DELETE c`);
  await h.close();
});

/** Runs rankedHits, noting which statements it sent, and the exact statement alone. */
async function both(query: string, opts: { kinds?: string[]; skip?: number; limit: number; statuses?: string[] }) {
  const ran: string[] = [];
  const recording: Pick<ReadRepository, 'run'> = {
    run: <P extends object, R extends object>(q: QueryDef<P, R>, p: P) => {
      ran.push(q.name);
      return repo.run(q, p);
    },
  };
  const params = { lucene: toLuceneQuery(query)!, kinds: opts.kinds ?? [...NODE_KINDS], statuses: opts.statuses ?? ['ACTIVE'], skip: opts.skip ?? 0, limit: opts.limit };
  const got = await rankedHits(recording, params);
  const exact = await repo.run(EXACT, params);
  const view = (hits: Hit[]) => hits.map((x) => [(x.node as { id: string }).id, x.score, x.matchedOn]);
  return { ran, got: view(got), exact: view(exact) };
}

describe('bounded search', () => {
  it('answers from the first hits when they prove the page (seed graph, a common word)', async () => {
    const r = await both('human rights', { limit: 3 });
    expect(r.exact.length).toBe(3);
    expect(r.ran).toEqual(['search/bounded']);
    expect(r.got).toEqual(r.exact);
  });

  it('answers from the first hits when an index has no more (a rare word)', async () => {
    const r = await both('Moskalkova', { limit: 50 });
    expect(r.exact.length).toBeGreaterThan(0);
    expect(r.ran).toEqual(['search/bounded']);
    expect(r.got).toEqual(r.exact);
  });

  it('falls back to the exact statement when the filters remove most first hits', async () => {
    const r = await both('zorblaxian', { kinds: ['CLAIM'], limit: 3 });
    expect(r.ran).toEqual(['search/bounded', 'search/all']);
    // Three of the four active claims, found behind 57 retracted ones that score higher.
    expect(r.got.map(([id]) => id)).toEqual(['bounded-hidden-20', 'bounded-hidden-40', 'bounded-hidden-60']);
    expect(r.got).toEqual(r.exact);
  });

  it('shows everything to includeRetracted without the fallback', async () => {
    const r = await both('zorblaxian', { kinds: ['CLAIM'], limit: 3, statuses: ['ACTIVE', 'RETRACTED', 'SUPERSEDED'] });
    expect(r.ran).toEqual(['search/bounded']);
    expect(r.got.map(([id]) => id)).toEqual(['bounded-hidden-01', 'bounded-hidden-02', 'bounded-hidden-03']);
    expect(r.got).toEqual(r.exact);
  });

  it('falls back when hits tie with the last one read, so the id order decides the window', async () => {
    const r = await both('quuxwidget', { kinds: ['CLAIM'], limit: 4 });
    expect(r.ran).toEqual(['search/bounded', 'search/all']);
    expect(r.got.map(([id]) => id)).toEqual(['bounded-tie-01', 'bounded-tie-02', 'bounded-tie-03', 'bounded-tie-04']);
    expect(r.got).toEqual(r.exact);
  });

  it('reads deeper when the first hits tie, and proves the page there (12 tied hits)', async () => {
    const r = await both('frobnitz', { kinds: ['CLAIM'], limit: 4 });
    expect(r.ran).toEqual(['search/bounded']);
    expect(r.got.map(([id]) => id)).toEqual(['bounded-few-01', 'bounded-few-02', 'bounded-few-03', 'bounded-few-04']);
    expect(r.got).toEqual(r.exact);
  });

  it('falls back for a deep page of tied hits too, and agrees page by page', async () => {
    for (const skip of [0, 4, 8, 52]) {
      const r = await both('quuxwidget', { kinds: ['CLAIM'], skip, limit: 4 });
      expect(r.got).toEqual(r.exact);
    }
  });

  it('proves a window once fewer hits exist than it reads, ties or not', async () => {
    const r = await both('frobnitz', { kinds: ['CLAIM'], limit: 20 });
    expect(r.ran).toEqual(['search/bounded']);
    expect(r.got).toHaveLength(12);
    expect(r.got).toEqual(r.exact);
  });
});
