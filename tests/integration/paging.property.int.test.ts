import fc from 'fast-check';
import { loadGraph } from '../../bench/load';
import { SyntheticGraph } from '../../bench/synth';
import { toLuceneQuery } from '../../src/domain/search-query';
import { cypher, openHarness, resetToSeed, serve, type GqlResponse, type Harness, type Served } from '../support/harness';

/**
 * The paging property, for every connection of the schema: the pages walked with
 * `after: endCursor` — at any page size and with any filter — are exactly the whole list
 * (the ground truth listed by Cypher here, independently of the service's statements):
 * no duplicate, no gap, same order; one long page is its head; totalCount is its length.
 */

const CAP = 100; // MAX_PAGE_SIZE
const ALL_STATUSES = ['ACTIVE', 'RETRACTED', 'SUPERSEDED'];
const SEARCH_KINDS = ['PERSON', 'ORGANISATION', 'SOURCE', 'CLAIM', 'ATTRIBUTION', 'EVENT'];

interface Page {
  ids: string[];
  hasNext: boolean;
  endCursor: string | null;
  totalCount?: number;
}
type Fetch = (first: number, after: string | null) => Promise<Page>;

/** Reads one page of a connection from a GraphQL answer; the connection is found at `path`. */
async function pageOf(s: Served, query: string, vars: Record<string, unknown>, path: string[], idOf = (n: any) => n.id as string): Promise<Page> {
  const r: GqlResponse<any> = await s.gql(query, vars);
  if (r.errors) throw new Error(`${JSON.stringify(vars)}: ${JSON.stringify(r.errors)}`);
  const c = path.reduce((o, k) => o?.[k], r.data);
  if (!c) throw new Error(`no connection at ${path.join('.')} for ${JSON.stringify(vars)}`);
  return { ids: c.edges.map((e: any) => idOf(e.node)), hasNext: c.pageInfo.hasNextPage, endCursor: c.pageInfo.endCursor, totalCount: c.totalCount };
}

/** Follows endCursor until the last page. */
async function walk(fetch: Fetch, size: number): Promise<{ ids: string[]; totals: number[] }> {
  const ids: string[] = [];
  const totals: number[] = [];
  let after: string | null = null;
  for (let pages = 1; ; pages++) {
    const p = await fetch(size, after);
    ids.push(...p.ids);
    if (p.totalCount !== undefined) totals.push(p.totalCount);
    if (!p.hasNext) return { ids, totals };
    if (p.ids.length !== size) throw new Error(`page ${pages} has a next page but only ${p.ids.length} of ${size} items`);
    if (pages > 5000) throw new Error('the walk does not end');
    after = p.endCursor;
  }
}

const duplicates = (ids: string[]) => ids.filter((id, i) => ids.indexOf(id) !== i);

/** The property itself, for one connection, one page size and one set of arguments. */
async function checkPaging(fetch: Fetch, size: number, truth: string[]): Promise<void> {
  const { ids, totals } = await walk(fetch, size);
  expect(duplicates(ids)).toEqual([]);
  expect(ids).toEqual(truth);
  const big = await fetch(CAP, null);
  expect(big.ids).toEqual(truth.slice(0, CAP));
  expect(big.hasNext).toBe(truth.length > CAP);
  for (const t of [...totals, ...(big.totalCount === undefined ? [] : [big.totalCount])]) expect(t).toBe(truth.length);
}

const PAGE = 'totalCount edges { node { id } } pageInfo { hasNextPage endCursor }';
const Q = {
  claims: `query($filter: ClaimFilter, $first: Int, $after: String) { claims(filter: $filter, first: $first, after: $after) { ${PAGE} } }`,
  actors: `query($kind: ActorKind, $first: Int, $after: String) { actors(kind: $kind, first: $first, after: $after) { ${PAGE} } }`,
  sources: `query($first: Int, $after: String) { sources(first: $first, after: $after) { ${PAGE} } }`,
  disputes: `query($aboutId: ID, $inc: Boolean, $first: Int, $after: String) {
    disputes(aboutId: $aboutId, includeRetracted: $inc, first: $first, after: $after) { edges { node { id } } pageInfo { hasNextPage endCursor } } }`,
  statements: `query($id: ID!, $inc: Boolean, $first: Int, $after: String) {
    actor(id: $id) { statements(includeRetracted: $inc, first: $first, after: $after) { ${PAGE} } } }`,
  attributions: `query($id: ID!, $inc: Boolean, $first: Int, $after: String) {
    source(id: $id) { attributions(includeRetracted: $inc, first: $first, after: $after) { ${PAGE} } } }`,
  search: `query($q: String!, $kinds: [NodeKind!], $first: Int, $after: String) {
    search(query: $q, kinds: $kinds, first: $first, after: $after) { edges { node { id } } pageInfo { hasNextPage endCursor } } }`,
};

interface ClaimFilter {
  speakerId?: string;
  aboutId?: string;
  sourceId?: string;
  text?: string;
  saidFrom?: string;
  saidTo?: string;
  status?: string;
  includeRetracted?: boolean;
}

/** First and last day a partial date (YYYY, YYYY-MM or YYYY-MM-DD, days ≤ 28) covers. */
const firstDay = (d: string) => (d.length === 4 ? `${d}-01-01` : d.length === 7 ? `${d}-01` : d);
const lastDay = (d: string) => (d.length === 4 ? `${d}-12-31` : d.length === 7 ? `${d}-31` : d);

const ids = (rows: { id: unknown }[]) => rows.map((r) => String(r.id));

/** Claim ids whose text or any quote matches, straight from the full-text indexes (no limit). */
async function textMatches(h: Harness, text: string): Promise<string[] | null> {
  const lucene = toLuceneQuery(text);
  if (lucene === null) return null;
  return ids(
    await cypher<{ id: string }>(
      h,
      `CALL db.index.fulltext.queryNodes('claim_text', $lucene) YIELD node RETURN node.id AS id
       UNION CALL db.index.fulltext.queryNodes('attribution_quote', $lucene) YIELD node MATCH (node)-[:OF]->(c:Claim) RETURN c.id AS id`,
      { lucene },
    ),
  );
}

async function claimsTruth(h: Harness, f: ClaimFilter): Promise<string[]> {
  const matched = f.text ? await textMatches(h, f.text) : null;
  if (f.text && matched === null) return [];
  const rows = await cypher<{ id: string }>(
    h,
    `MATCH (c:Claim) WHERE c.status IN $statuses
       AND ($matched IS NULL OR c.id IN $matched)
       AND ($speakerId IS NULL OR EXISTS { (c)<-[:OF]-(a:Attribution)-[:BY]->(x {id: $speakerId}) WHERE a.status IN $aStatuses })
       AND ($sourceId IS NULL OR EXISTS { (c)<-[:OF]-(a:Attribution)-[:IN]->(x {id: $sourceId}) WHERE a.status IN $aStatuses })
       AND ($aboutId IS NULL OR EXISTS { (c)-[:ABOUT]->(x {id: $aboutId}) })
       AND (($from IS NULL AND $to IS NULL) OR EXISTS { (c)<-[:OF]-(a:Attribution)
         WHERE a.status IN $aStatuses AND ($from IS NULL OR a.saidAtTo >= $from) AND ($to IS NULL OR a.saidAtFrom <= $to) })
     RETURN c.id AS id ORDER BY id`,
    {
      statuses: f.status ? [f.status] : f.includeRetracted ? ALL_STATUSES : ['ACTIVE'],
      aStatuses: f.includeRetracted || f.status === 'RETRACTED' ? ALL_STATUSES : ['ACTIVE'],
      matched,
      speakerId: f.speakerId ?? null,
      sourceId: f.sourceId ?? null,
      aboutId: f.aboutId ?? null,
      from: f.saidFrom ? firstDay(f.saidFrom) : null,
      to: f.saidTo ? lastDay(f.saidTo) : null,
    },
  );
  return ids(rows);
}

/** Search's ranking, recomputed here from every index hit: actors ×2, a claim at its best score, score desc then id. */
async function searchTruth(h: Harness, query: string, kinds: string[] | null): Promise<string[]> {
  const lucene = toLuceneQuery(query);
  if (lucene === null) return [];
  const want = new Set(kinds?.length ? kinds : SEARCH_KINDS);
  const rows = await cypher<{ id: string; labels: string[]; score: number; status: string | null; claimId: string | null; claimStatus: string | null; index: string }>(
    h,
    `CALL db.index.fulltext.queryNodes('actor_search', $lucene) YIELD node, score
       RETURN node.id AS id, labels(node) AS labels, score, null AS status, null AS claimId, null AS claimStatus, 'actor' AS index
     UNION ALL CALL db.index.fulltext.queryNodes('claim_text', $lucene) YIELD node, score
       RETURN node.id AS id, labels(node) AS labels, score, node.status AS status, null AS claimId, null AS claimStatus, 'claim' AS index
     UNION ALL CALL db.index.fulltext.queryNodes('attribution_quote', $lucene) YIELD node, score
       MATCH (node)-[:OF]->(c:Claim)
       RETURN node.id AS id, labels(node) AS labels, score, node.status AS status, c.id AS claimId, c.status AS claimStatus, 'quote' AS index
     UNION ALL CALL db.index.fulltext.queryNodes('source_search', $lucene) YIELD node, score
       RETURN node.id AS id, labels(node) AS labels, score, null AS status, null AS claimId, null AS claimStatus, 'source' AS index
     UNION ALL CALL db.index.fulltext.queryNodes('event_search', $lucene) YIELD node, score
       RETURN node.id AS id, labels(node) AS labels, score, null AS status, null AS claimId, null AS claimStatus, 'event' AS index`,
    { lucene },
  );
  const best = new Map<string, number>();
  const hit = (id: string, score: number) => best.set(id, Math.max(score, best.get(id) ?? -Infinity));
  for (const r of rows) {
    const score = Number(r.score);
    if (r.index === 'actor' && ((want.has('PERSON') && r.labels.includes('Person')) || (want.has('ORGANISATION') && r.labels.includes('Organisation')))) hit(r.id, score * 2);
    if (r.index === 'claim' && want.has('CLAIM') && r.status === 'ACTIVE') hit(r.id, score);
    if (r.index === 'quote' && r.status === 'ACTIVE' && r.claimStatus === 'ACTIVE') {
      if (want.has('CLAIM')) hit(r.claimId!, score);
      else if (want.has('ATTRIBUTION')) hit(r.id, score);
    }
    if ((r.index === 'source' && want.has('SOURCE')) || (r.index === 'event' && want.has('EVENT'))) hit(r.id, score);
  }
  return [...best].sort(([a, sa], [b, sb]) => sb - sa || (a < b ? -1 : a > b ? 1 : 0)).map(([id]) => id);
}

/** Hides some claims and attributions, so status filters and includeRetracted have something to show. */
async function hideSome(h: Harness): Promise<void> {
  await cypher(
    h,
    `MATCH (c:Claim) WITH c ORDER BY c.id WITH collect(c) AS cs
     UNWIND range(3, size(cs) - 1, 9) AS i WITH cs[i] AS c, i SET c.status = CASE WHEN i % 2 = 0 THEN 'RETRACTED' ELSE 'SUPERSEDED' END`,
  );
  await cypher(h, `MATCH (a:Attribution) WITH a ORDER BY a.id WITH collect(a) AS atts UNWIND range(5, size(atts) - 1, 11) AS i SET (atts[i]).status = 'RETRACTED'`);
}

/** What random arguments are drawn from: ids and words that exist in the graph under test. */
interface Universe {
  /** Actors and sources with something to list, and all of them (some have nothing). */
  speakers: string[];
  actors: string[];
  sources: string[];
  allSources: string[];
  about: string[];
  /** What the claims of a dispute are about. */
  disputed: string[];
  words: string[];
  /** The most frequent words of claims: long result lists. */
  common: string[];
  /** Two neighbouring words of a claim, in double quotes. */
  phrases: string[];
}

async function universeOf(h: Harness): Promise<Universe> {
  const col = async (q: string) => ids(await cypher<{ id: string }>(h, q));
  const texts = await col('MATCH (c:Claim) WITH c ORDER BY c.id LIMIT 80 RETURN c.text AS id');
  const names = await col('MATCH (a:Actor) WITH a ORDER BY a.id LIMIT 30 RETURN a.name AS id');
  const words = [...new Set([...texts, ...names].flatMap((t) => t.match(/\p{L}{4,}/gu) ?? []))].sort();
  const counts = new Map<string, number>();
  for (const w of texts.flatMap((t) => t.toLowerCase().match(/\p{L}{4,}/gu) ?? [])) counts.set(w, (counts.get(w) ?? 0) + 1);
  const common = [...counts].sort(([a, x], [b, y]) => y - x || (a < b ? -1 : 1)).slice(0, 15).map(([w]) => w);
  const phrases = [...new Set(texts.flatMap((t) => (t.match(/\p{L}+ \p{L}+/gu) ?? []).map((p) => `"${p}"`)))].sort();
  return {
    speakers: await col('MATCH (a:Actor) WHERE EXISTS { (a)<-[:BY]-() } RETURN a.id AS id ORDER BY id'),
    actors: await col('MATCH (a:Actor) RETURN a.id AS id ORDER BY id'),
    sources: await col('MATCH (s:Source) WHERE EXISTS { (s)<-[:IN]-() } RETURN s.id AS id ORDER BY id'),
    allSources: await col('MATCH (s:Source) RETURN s.id AS id ORDER BY id'),
    about: await col('MATCH (:Claim)-[:ABOUT]->(x) WITH DISTINCT x ORDER BY x.id RETURN x.id AS id'),
    disputed: await col('MATCH (:Claim)-[:CONTRADICTS]-(:Claim)-[:ABOUT]->(x) WITH DISTINCT x ORDER BY x.id RETURN x.id AS id'),
    words,
    common,
    phrases,
  };
}

/** Mostly ids with something to list, sometimes any id. */
const someId = (useful: string[], all: string[]) => fc.oneof({ arbitrary: fc.constantFrom(...useful), weight: 4 }, { arbitrary: fc.constantFrom(...all), weight: 1 });

// Small pages cross many page boundaries; large ones test the cap. Both, without walking 300 items one by one too often.
const pageSize = fc.oneof({ arbitrary: fc.integer({ min: 1, max: 8 }), weight: 1 }, { arbitrary: fc.integer({ min: 1, max: CAP }), weight: 2 });
const partialDate = fc
  .tuple(fc.integer({ min: 2014, max: 2026 }), fc.option(fc.integer({ min: 1, max: 12 }), { nil: undefined }), fc.integer({ min: 1, max: 28 }), fc.boolean())
  .map(([y, m, d, withDay]) => (m === undefined ? `${y}` : withDay ? `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}` : `${y}-${String(m).padStart(2, '0')}`));

/** The search queries drawn: a word, a prefix, two words, or a phrase, all from the graph. */
const searchQuery = (u: Universe) =>
  fc.oneof(
    fc.constantFrom(...u.common),
    fc.constantFrom(...u.words),
    fc.constantFrom(...u.words).map((w) => `${w.slice(0, 4)}*`),
    fc.tuple(fc.constantFrom(...u.words), fc.constantFrom(...u.words)).map(([a, b]) => `${a} ${b}`),
    fc.constantFrom(...u.phrases),
  );

/** Up to three filters at once: more would leave nearly every list empty. */
const claimFilter = (u: Universe): fc.Arbitrary<ClaimFilter> => {
  const field = {
    speakerId: someId(u.speakers, u.actors),
    aboutId: fc.constantFrom(...u.about),
    sourceId: someId(u.sources, u.allSources),
    text: fc.oneof(fc.constantFrom(...u.words), fc.constantFrom(...u.phrases)),
    saidFrom: partialDate,
    saidTo: partialDate,
    status: fc.constantFrom(...ALL_STATUSES),
    includeRetracted: fc.boolean(),
  };
  const keys = Object.keys(field) as (keyof typeof field)[];
  return fc
    .subarray(keys, { maxLength: 3 })
    .chain((chosen) => fc.record(Object.fromEntries(chosen.map((k) => [k, field[k]])) as Record<string, fc.Arbitrary<unknown>>))
    .map((f) => f as ClaimFilter);
};

/** Every connection field of the schema, each with its random arguments, its pager and its ground truth. */
function connectionProperties(ctx: () => { h: Harness; s: Served; u: Universe }, numRuns: number) {
  const run =
    <A>(
      arb: (u: Universe) => fc.Arbitrary<A>,
      fetchOf: (s: Served, a: A) => Fetch,
      truthOf: (h: Harness, a: A) => Promise<string[]>,
      examples: (u: Universe) => [A, number][] = () => [],
    ) =>
    async () => {
      const { h, s, u } = ctx();
      await fc.assert(
        fc.asyncProperty(arb(u), pageSize, async (a, size) => checkPaging(fetchOf(s, a), size, await truthOf(h, a))),
        { numRuns, examples: examples(u) },
      );
    };

  it(
    'claims, with any filter',
    run(
      claimFilter,
      (s, filter) => (first, after) => pageOf(s, Q.claims, { filter, first, after }, ['claims']),
      claimsTruth,
    ),
  );

  it(
    'actors, of any kind',
    run(
      () => fc.constantFrom(null, 'PERSON', 'ORGANISATION'),
      (s, kind) => (first, after) => pageOf(s, Q.actors, { kind, first, after }, ['actors']),
      async (h, kind) =>
        ids(await cypher(h, 'MATCH (a:Actor) WHERE $label IS NULL OR $label IN labels(a) RETURN a.id AS id ORDER BY id', {
          label: kind === null ? null : kind === 'PERSON' ? 'Person' : 'Organisation',
        })),
    ),
  );

  it(
    'sources',
    run(
      () => fc.constant(null),
      (s) => (first, after) => pageOf(s, Q.sources, { first, after }, ['sources']),
      async (h) => ids(await cypher(h, 'MATCH (s:Source) RETURN s.id AS id ORDER BY id')),
    ),
  );

  it(
    'disputes, about anything or nothing',
    run(
      (u) => fc.record({ aboutId: fc.option(someId(u.disputed, u.about), { nil: null, freq: 3 }), inc: fc.boolean() }),
      (s, a) => (first, after) => pageOf(s, Q.disputes, { ...a, first, after }, ['disputes']),
      async (h, a) =>
        ids(
          await cypher(
            h,
            `MATCH (c1:Claim)-[r:CONTRADICTS]->(c2:Claim) WHERE c1.status IN $st AND c2.status IN $st
               AND ($aboutId IS NULL OR EXISTS { (c1)-[:ABOUT]->({id: $aboutId}) } OR EXISTS { (c2)-[:ABOUT]->({id: $aboutId}) })
             RETURN DISTINCT r.id AS id ORDER BY id`,
            { aboutId: a.aboutId, st: a.inc ? ALL_STATUSES : ['ACTIVE'] },
          ),
        ),
    ),
  );

  it(
    "an actor's statements",
    run(
      (u) => fc.record({ id: someId(u.speakers, u.actors), inc: fc.boolean() }),
      (s, a) => (first, after) => pageOf(s, Q.statements, { ...a, first, after }, ['actor', 'statements']),
      async (h, a) =>
        ids(
          await cypher(
            h,
            `MATCH (:Actor {id: $id})<-[:BY]-(a:Attribution)-[:OF]->(c:Claim) WHERE a.status IN $st AND c.status IN $st
             RETURN a.id AS id ORDER BY id`,
            { id: a.id, st: a.inc ? ALL_STATUSES : ['ACTIVE'] },
          ),
        ),
    ),
  );

  it(
    "a source's attributions, in text order",
    run(
      (u) => fc.record({ id: someId(u.sources, u.allSources), inc: fc.boolean() }),
      (s, a) => (first, after) => pageOf(s, Q.attributions, { ...a, first, after }, ['source', 'attributions']),
      async (h, a) =>
        ids(
          await cypher(
            h,
            `MATCH (:Source {id: $id})<-[:IN]-(a:Attribution)-[:OF]->(c:Claim) WHERE a.status IN $st AND c.status IN $st
             RETURN a.id AS id ORDER BY coalesce(a.start, -1), id`,
            { id: a.id, st: a.inc ? ALL_STATUSES : ['ACTIVE'] },
          ),
        ),
    ),
  );

  it(
    'search, for words of the graph and any kinds',
    run(
      (u) => fc.record({ q: searchQuery(u), kinds: fc.option(fc.subarray(SEARCH_KINDS, { minLength: 1 }), { nil: null }) }),
      (s, a) => (first, after) => pageOf(s, Q.search, { ...a, first, after }, ['search']),
      async (h, a) => {
        const truth = await searchTruth(h, a.q, a.kinds);
        // Search pages reach 1000 hits deep at most; the graphs here stay below.
        expect(truth.length).toBeLessThanOrEqual(1000);
        return truth;
      },
      // Always tried: the most frequent word in small pages, where a cut before the filter loses hits.
      (u) => [
        [{ q: u.common[0], kinds: null }, 2],
        [{ q: u.common[1], kinds: ['CLAIM'] }, 3],
      ],
    ),
  );
}

describe('paging: every connection, on the seed graph', () => {
  const t = {} as { h: Harness; s: Served; u: Universe };
  beforeAll(async () => {
    t.h = await openHarness();
    await resetToSeed(t.h);
    await hideSome(t.h);
    t.s = await serve(t.h);
    t.u = await universeOf(t.h);
  });
  afterAll(async () => {
    await t.s?.close();
    if (t.h) await resetToSeed(t.h);
    await t.h?.close();
  });

  connectionProperties(() => t, 10);

  it('catches a pager that loses or repeats items (the property can fail)', async () => {
    const truth = ids(await cypher(t.h, 'MATCH (s:Source) RETURN s.id AS id ORDER BY id'));
    const real: Fetch = (first, after) => pageOf(t.s, Q.sources, { first, after }, ['sources']);
    // Drops the last item of every page but hands out its cursor: a gap per page.
    const gaps: Fetch = async (first, after) => {
      const p = await real(first, after);
      return p.hasNext ? { ...p, ids: p.ids.slice(0, -1), hasNext: true } : p;
    };
    // Resumes one item early: the last item of each page comes again.
    const repeats: Fetch = async (first, after) => {
      const p = await real(first, after);
      const back = p.hasNext && p.ids.length > 1 ? (await real(first - 1, after)).endCursor : p.endCursor;
      return { ...p, endCursor: back };
    };
    await expect(checkPaging(gaps, 3, truth)).rejects.toThrow();
    await expect(checkPaging(repeats, 3, truth)).rejects.toThrow();
    await expect(checkPaging(real, 3, truth)).resolves.toBeUndefined();
  });
});

describe('paging: every connection, on a generated graph', () => {
  const t = {} as { h: Harness; s: Served; u: Universe };
  beforeAll(async () => {
    t.h = await openHarness();
    await resetToSeed(t.h);
    // The test database is jest's own: replace the seed by a small synthetic graph, loaded through the bulk path.
    await cypher(t.h, 'MATCH (n) WHERE NOT n:SchemaMigration DETACH DELETE n');
    const spec = { name: 'paging', claims: 220, attributions: 600, actors: 50, sources: 110, events: 10 };
    await loadGraph(new SyntheticGraph(spec, 7, 'p'), t.h.executor, t.h.catalogue, { quiet: true, batchSize: 500 });
    await hideSome(t.h);
    t.s = await serve(t.h);
    t.u = await universeOf(t.h);
  }, 120_000);
  afterAll(async () => {
    await t.s?.close();
    if (t.h) await resetToSeed(t.h);
    await t.h?.close();
  });

  it('has a graph larger than one page for the main lists', async () => {
    const [row] = await cypher<{ claims: number; attributions: number }>(
      t.h,
      'RETURN COUNT { (:Claim) } AS claims, COUNT { (:Attribution) } AS attributions',
    );
    expect(Number(row.claims)).toBeGreaterThan(CAP);
    expect(Number(row.attributions)).toBeGreaterThan(CAP);
  });

  connectionProperties(() => t, 8);
});
