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
  // Claims this suite makes: 200 share a word, each a word longer than the one before (so each
  // scores lower), and only every fiftieth is active; 150 more have the same text (equal
  // scores), more than even the deeper read takes for a small page; 12 more tie too.
  await cypher(
    h,
    `UNWIND range(1, 200) AS i
     CREATE (:Node:Claim {id: 'bounded-hidden-' + right('00' + toString(i), 3), text: 'zorblaxian' + reduce(t = '', k IN range(1, i) | t + ' harbour'),
                          status: CASE WHEN i % 50 = 0 THEN 'ACTIVE' ELSE 'RETRACTED' END})`,
  );
  await cypher(
    h,
    `UNWIND range(1, 150) AS i
     CREATE (:Node:Claim {id: 'bounded-tie-' + right('00' + toString(i), 3), text: 'quuxwidget tariffs rose', status: 'ACTIVE'})`,
  );
  await cypher(
    h,
    `UNWIND range(1, 12) AS i
     CREATE (:Node:Claim {id: 'bounded-few-' + right('0' + toString(i), 2), text: 'frobnitz tariffs rose', status: 'ACTIVE'})`,
  );
  // Five people named by the tied claims' word: a name alone scores far above a word of a claim.
  await cypher(h, `UNWIND range(1, 5) AS i CREATE (:Node:Actor:Person {id: 'bounded-person-' + toString(i), name: 'Quuxwidget', status: 'ACTIVE'})`);
});

afterAll(async () => {
  await cypher(h, `MATCH (n:Node) WHERE n.id STARTS WITH 'bounded-' DETACH DELETE n`);
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
    // Three of the four active claims, found behind 147 retracted ones that score higher.
    expect(r.got.map(([id]) => id)).toEqual(['bounded-hidden-050', 'bounded-hidden-100', 'bounded-hidden-150']);
    expect(r.got).toEqual(r.exact);
  });

  it('shows everything to includeRetracted without the fallback', async () => {
    const r = await both('zorblaxian', { kinds: ['CLAIM'], limit: 3, statuses: ['ACTIVE', 'RETRACTED', 'SUPERSEDED'] });
    expect(r.ran).toEqual(['search/bounded']);
    expect(r.got.map(([id]) => id)).toEqual(['bounded-hidden-001', 'bounded-hidden-002', 'bounded-hidden-003']);
    expect(r.got).toEqual(r.exact);
  });

  it('falls back when hits tie with the last one read, so the id order decides the window', async () => {
    const r = await both('quuxwidget', { kinds: ['CLAIM'], limit: 4 });
    expect(r.ran).toEqual(['search/bounded', 'search/all']);
    expect(r.got.map(([id]) => id)).toEqual(['bounded-tie-001', 'bounded-tie-002', 'bounded-tie-003', 'bounded-tie-004']);
    expect(r.got).toEqual(r.exact);
  });

  it('needs no deeper read where an index ties only below the window (the tied claims rank under five names)', async () => {
    const r = await both('quuxwidget', { kinds: ['PERSON', 'CLAIM'], limit: 4 });
    expect(r.ran).toEqual(['search/bounded']);
    expect(r.got.map(([id]) => id)).toEqual(['bounded-person-1', 'bounded-person-2', 'bounded-person-3', 'bounded-person-4']);
    expect(r.got).toEqual(r.exact);
  });

  it('reads deeper when the first hits tie, and proves the page there (12 tied hits)', async () => {
    const r = await both('frobnitz', { kinds: ['CLAIM'], limit: 4 });
    expect(r.ran).toEqual(['search/bounded']);
    expect(r.got.map(([id]) => id)).toEqual(['bounded-few-01', 'bounded-few-02', 'bounded-few-03', 'bounded-few-04']);
    expect(r.got).toEqual(r.exact);
  });

  it('falls back for a deep page of tied hits too, and agrees page by page', async () => {
    for (const skip of [0, 4, 8, 140]) {
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
