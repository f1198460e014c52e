import { LIST_DEFAULT } from '../src/api/limits/list-bound';
import { toLuceneQuery } from '../src/domain/search-query';
import { QueryCatalogue } from '../src/graph/QueryCatalogue';
import { Rng } from './random';
import type { SyntheticGraph } from './synth';
import { LAST_NAMES, VOCABULARY } from './words';

/**
 * The fixed query mix, written three ways that ask the database the same question:
 * (a) ClaimGraph's GraphQL API, (b) the API @neo4j/graphql generates from equivalent type
 * definitions (bench/neo4j-graphql.graphql), (c) one parameterised Cypher statement —
 * the floor. Where an API cannot express something exactly, the comment says how close it is.
 */
export const QUERY_NAMES = ['Q1', 'Q2', 'Q3', 'Q4', 'Q5', 'Q6', 'Q7'] as const;
export type QueryName = (typeof QUERY_NAMES)[number] | 'Q6first';

export const QUERY_TITLES: Record<QueryName, string> = {
  Q1: 'claim by id',
  Q2: 'claim + attributions, speakers, sources',
  Q3: "actor's neighbourhood",
  Q4: 'full-text search, top 20',
  Q5: 'paths ≤ 4 hops between two actors',
  Q6: '50th page of claims listing',
  Q6first: 'first page of claims listing',
  Q7: 'provenance chain',
};

const ACTIVE = `'ACTIVE'`;

export const RAW_QUERIES: Record<QueryName, string> = {
  Q1: `MATCH (c:Claim {id: $id}) RETURN c {.id, .text, .status} AS claim`,
  Q2: `MATCH (c:Claim {id: $id})
CALL (c) {
  MATCH (a:Attribution)-[:OF]->(c) WHERE a.status = ${ACTIVE}
  WITH a ORDER BY a.id LIMIT 20
  MATCH (a)-[:BY]->(sp:Actor)
  MATCH (a)-[:IN]->(s:Source)
  RETURN collect(a {.id, .mode, .quote, .saidAt, speaker: sp {.id, .name}, source: s {.id, .title, .publishedAt}}) AS attributions
}
RETURN c {.id, .text, .status, attributions: attributions} AS claim`,
  // Depth 1 around an actor, at most 50 per kind of neighbour (what the explorer draws).
  Q3: `MATCH (n:Actor {id: $id})
RETURN n {.id, .name,
  said: COLLECT { MATCH (n)<-[:BY]-(a:Attribution)-[:OF]->(c:Claim) WHERE a.status = ${ACTIVE} AND c.status = ${ACTIVE}
                  RETURN {id: a.id, mode: a.mode, claim: c {.id, .text, .status}} LIMIT 50 },
  about: COLLECT { MATCH (n)<-[:ABOUT]-(c:Claim) WHERE c.status = ${ACTIVE} RETURN c {.id, .text} LIMIT 50 },
  mentionedIn: COLLECT { MATCH (n)-[:MENTIONED_IN]->(s:Source) RETURN DISTINCT s {.id, .title} LIMIT 50 },
  sources: COLLECT { MATCH (n)<-[:AUTHORED_BY|PUBLISHED_BY]-(s:Source) RETURN s {.id, .title} LIMIT 50 },
  organisations: COLLECT { MATCH (n)-[:HOLDS_POSITION|MEMBER_OF]-(o:Actor) RETURN o {.id, .name} LIMIT 50 }
} AS actor`,
  Q4: `CALL () {
  CALL db.index.fulltext.queryNodes('actor_search', $lucene, {limit: 21}) YIELD node, score
  RETURN node, score * 2.0 AS score
  UNION ALL
  CALL db.index.fulltext.queryNodes('claim_text', $lucene, {limit: 21}) YIELD node, score
  WHERE node.status = ${ACTIVE}
  RETURN node, score
  UNION ALL
  CALL db.index.fulltext.queryNodes('attribution_quote', $lucene, {limit: 21}) YIELD node, score
  WHERE node.status = ${ACTIVE}
  MATCH (node)-[:OF]->(c:Claim) WHERE c.status = ${ACTIVE}
  RETURN c AS node, score
  UNION ALL
  CALL db.index.fulltext.queryNodes('source_search', $lucene, {limit: 21}) YIELD node, score
  RETURN node, score
  UNION ALL
  CALL db.index.fulltext.queryNodes('event_search', $lucene, {limit: 21}) YIELD node, score
  RETURN node, score
}
WITH node, max(score) AS score
ORDER BY score DESC, node.id LIMIT 20
RETURN node {.id, .name, .title, .text, labels: labels(node)} AS node, score`,
  Q5: `MATCH (a:Node {id: $fromId}), (b:Node {id: $toId})
MATCH p = allShortestPaths((a)-[:OF|BY|IN|VIA|ON_BEHALF_OF|ABOUT|CONTRADICTS|SUPPORTS|CITES|PUBLISHED_BY|AUTHORED_BY|HOLDS_POSITION|MEMBER_OF|MENTIONED_IN|SUPERSEDED_BY|MERGED_INTO*..4]-(b))
WITH p LIMIT 10
RETURN [m IN nodes(p) | m {.id, .name, .title, labels: labels(m)}] AS nodes,
       [r IN relationships(p) | {type: type(r), from: startNode(r).id, to: endNode(r).id}] AS rels`,
  // Keyset paging on id: the floor for any page.
  Q6: `MATCH (c:Claim) WHERE c.id > $after AND c.status = ${ACTIVE}
WITH c ORDER BY c.id LIMIT 21
RETURN c {.id, .text, .status} AS claim`,
  Q6first: `MATCH (c:Claim) WHERE c.id > $after AND c.status = ${ACTIVE}
WITH c ORDER BY c.id LIMIT 21
RETURN c {.id, .text, .status} AS claim`,
  // The statement ClaimGraph's provenance field runs, with its parameters: both walk the same
  // chains (source → VIA source → origins), so the ratio is the GraphQL layer's cost alone.
  Q7: new QueryCatalogue().get('factcheck/provenance'),
};

export const CLAIMGRAPH_QUERIES: Record<QueryName, string> = {
  Q1: `query Q1($id: ID!) { claim(id: $id) { id text status } }`,
  // Claim.attributions has no paging argument; samples are claims with ≤ 20 attributions, so all three return the same rows.
  Q2: `query Q2($id: ID!) { claim(id: $id) { id text status attributions { id mode quote saidAt speaker { id name } source { id title publishedAt } } } }`,
  Q3: `query Q3($id: ID!) { neighbourhood(id: $id, depth: 1, first: 50) { nodes { id kind label } edges { id type from to label } omitted { kind count } } }`,
  Q4: `query Q4($q: String!) { search(query: $q, first: 20) { edges { score matchedOn node { id __typename ... on Claim { text } ... on Actor { name } ... on Source { title } ... on Event { name } } } } }`,
  Q5: `query Q5($fromId: ID!, $toId: ID!) { paths(fromId: $fromId, toId: $toId, maxHops: 4) { nodes { id kind label } edges { id type from to } } }`,
  Q6: `query Q6($after: String) { claims(first: 20, after: $after) { edges { cursor node { id text status } } pageInfo { hasNextPage endCursor } } }`,
  Q6first: `query Q6first($after: String) { claims(first: 20, after: $after) { edges { cursor node { id text status } } pageInfo { hasNextPage endCursor } } }`,
  Q7: `query Q7($id: ID!) { provenance(claimId: $id) { claim { id text } entries { attribution { id mode quote } source { id title } chains { id title } origins { id title } } } }`,
};

const cites = (depth: number): string => (depth === 0 ? '' : ` cites { id title${cites(depth - 1)} }`);
const NEIGHBOURS = `statements(where: { status: { eq: "ACTIVE" } }, limit: 50) { id mode claim { id text status } }
    claimsAbout(where: { status: { eq: "ACTIVE" } }, limit: 50) { id text } mentionedIn(limit: 50) { id title }`;

/** Q3 differs by the actor's type: a client that knows the id's kind asks the matching root field. */
export const NEO4J_GRAPHQL_QUERIES: Record<QueryName | 'Q3org', string> = {
  Q1: `query Q1($id: ID!) { claims(where: { id: { eq: $id } }) { id text status } }`,
  Q2: `query Q2($id: ID!) { claims(where: { id: { eq: $id } }) { id text status
    attributions(where: { status: { eq: "ACTIVE" } }, sort: [{ id: ASC }], limit: 20) { id mode quote saidAt speaker { id name } source { id title publishedAt } } } }`,
  Q3: `query Q3($id: ID!) { people(where: { id: { eq: $id } }) { id name ${NEIGHBOURS}
    authored(limit: 50) { id title } positions(limit: 50) { id name } } }`,
  Q3org: `query Q3($id: ID!) { organisations(where: { id: { eq: $id } }) { id name ${NEIGHBOURS}
    published(limit: 50) { id title } memberships(limit: 50) { id name } members(limit: 50) { id name } positionHolders(limit: 50) { id name } } }`,
  // One generated root field per full-text index; the client merges the five top-20 lists.
  Q4: `query Q4($q: String!) {
    claims: claimsSearch(phrase: $q, first: 20, where: { node: { status: { eq: "ACTIVE" } } }) { edges { score node { id text } } }
    quotes: attributionsSearch(phrase: $q, first: 20, where: { node: { status: { eq: "ACTIVE" } } }) { edges { score node { id claim { id text } } } }
    people: personsSearch(phrase: $q, first: 20) { edges { score node { id name } } }
    organisations: organisationsSearch(phrase: $q, first: 20) { edges { score node { id name } } }
    sources: sourcesSearch(phrase: $q, first: 20) { edges { score node { id title } } }
    events: eventsSearch(phrase: $q, first: 20) { edges { score node { id name } } } }`,
  Q5: `query Q5($fromId: ID!, $toId: ID!) { actorPaths(fromId: $fromId, toId: $toId) { nodes { id labels } edges { type from to } } }`,
  // The generated claimsConnection collects every matching claim into one list before it
  // sorts and slices (out of transaction memory at 10k claims), so a user pages the plain
  // list by offset instead.
  Q6: `query Q6($offset: Int) { claims(where: { status: { eq: "ACTIVE" } }, sort: [{ id: ASC }], limit: 20, offset: $offset) { id text status } }`,
  Q6first: `query Q6first($offset: Int) { claims(where: { status: { eq: "ACTIVE" } }, sort: [{ id: ASC }], limit: 20, offset: $offset) { id text status } }`,
  // No recursion in generated APIs: the chain is selected to a fixed depth (VIA + 4 CITES hops covers the generated chains).
  Q7: `query Q7($id: ID!) { claims(where: { id: { eq: $id } }) { id text
    attributions(where: { status: { eq: "ACTIVE" } }, sort: [{ id: ASC }]) { id mode quote saidAt source { id title } via { id title${cites(4)} } } } }`,
};

/** Parameters for one request, in each system's terms. */
export interface Sample {
  claimgraph: Record<string, unknown>;
  neo4jGraphql: Record<string, unknown> & { __doc?: 'Q3org' };
  raw: Record<string, unknown>;
}

export interface Listing {
  /** Id of the last claim before the page (keyset cursor), '' for the first page. */
  afterId: string;
  /** Zero-based offset of the page's first item. */
  offset: number;
}

const b64url = (v: unknown) => Buffer.from(JSON.stringify(v)).toString('base64url');

/** The per-claim facts the samplers need, from the generator (no database round trips). */
export function graphFacts(g: SyntheticGraph) {
  const attributionsPerClaim = new Uint32Array(g.spec.claims);
  const reported = new Uint8Array(g.spec.claims);
  const firstSpeaker = new Int32Array(g.spec.claims).fill(-1);
  const coSpeakers: [number, number][] = [];
  const speaks = new Uint8Array(g.spec.actors);
  for (let j = 0; j < g.spec.attributions; j++) {
    const l = g.attributionLinks(j);
    attributionsPerClaim[l.claim] += 1;
    if (l.via.length > 0) reported[l.claim] = 1;
    speaks[l.speaker] = 1;
    if (firstSpeaker[l.claim] === -1) firstSpeaker[l.claim] = l.speaker;
    else if (firstSpeaker[l.claim] !== l.speaker && coSpeakers.length < 50_000) coSpeakers.push([firstSpeaker[l.claim], l.speaker]);
  }
  return { attributionsPerClaim, reported, coSpeakers, speaks };
}

/** `n` samples per query, the same for every system, from a fixed seed. */
export function sampleQueries(g: SyntheticGraph, n: number, listing: { page50: Listing; page1: Listing }): Record<QueryName, Sample[]> {
  const facts = graphFacts(g);
  const r = new Rng(g.seed, 'bench-samples', 0);
  const draw = (accept: (i: number) => boolean, size: number): number => {
    for (let tries = 0; tries < 100_000; tries++) {
      const i = r.int(size);
      if (accept(i)) return i;
    }
    throw new Error('no sample satisfies the query’s condition; is the graph too small?');
  };
  const same = (p: Record<string, unknown>): Sample => ({ claimgraph: p, neo4jGraphql: p, raw: p });
  const times = <T>(f: () => T) => Array.from({ length: n }, f);

  const q1 = times(() => same({ id: g.claimId(r.int(g.spec.claims)) }));
  const q2 = times(() => same({ id: g.claimId(draw((i) => facts.attributionsPerClaim[i] <= 20, g.spec.claims)) }));
  const q3 = times(() => {
    const k = draw((i) => facts.speaks[i] === 1, g.spec.actors);
    const id = g.actorId(k);
    return { claimgraph: { id }, neo4jGraphql: g.isOrg(k) ? { id, __doc: 'Q3org' as const } : { id }, raw: { id } };
  });
  const q4 = times(() => {
    // Half topic or rare words (vocabulary rank 10–600), half surnames: what people type.
    const word = r.chance(0.5) ? VOCABULARY[10 + r.int(590)] : r.pick(LAST_NAMES);
    const lucene = toLuceneQuery(word)!;
    return { claimgraph: { q: word }, neo4jGraphql: { q: lucene }, raw: { lucene } };
  });
  const q5 = times(() => {
    // Half co-speakers of one claim (connected in 4 hops), half any two speakers.
    const [a, b] = r.chance(0.5) && facts.coSpeakers.length > 0
      ? r.pick(facts.coSpeakers)
      : [draw((i) => facts.speaks[i] === 1, g.spec.actors), draw((i) => facts.speaks[i] === 1, g.spec.actors)];
    return same({ fromId: g.actorId(a), toId: g.actorId(b === a ? (b + 1) % g.spec.actors : b) });
  });
  const page = (l: Listing): Sample => ({
    claimgraph: { after: l.afterId === '' ? null : b64url({ id: l.afterId }) },
    neo4jGraphql: { offset: l.offset },
    raw: { after: l.afterId },
  });
  const q6 = times(() => page(listing.page50));
  const q6first = times(() => page(listing.page1));
  const q7 = times(() => {
    const id = g.claimId(draw((i) => facts.reported[i] === 1 && facts.attributionsPerClaim[i] <= 20, g.spec.claims));
    return { claimgraph: { id }, neo4jGraphql: { id }, raw: { claimId: id, statuses: ['ACTIVE'], limit: LIST_DEFAULT.items } };
  });
  return { Q1: q1, Q2: q2, Q3: q3, Q4: q4, Q5: q5, Q6: q6, Q6first: q6first, Q7: q7 };
}
