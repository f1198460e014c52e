// The explorer's and the desk's one door to the server: POST /graphql on the same origin
// (the desk imports this module from /explorer/js/). Queries are kept shallow and split where needed: the server prices nested lists
// (its cost limit) and a page of a connection costs its `first` times over.

import { sendWithKey } from './key.js';

// From this module's own address, not the page's: the desk's pages live at /desk/source/<id>.
const ENDPOINT = new URL('../../graphql', import.meta.url).href;

export class ApiError extends Error {
  /** errors: every GraphQL error of the answer, so a caller can mark each bad item in place (the desk's save). */
  constructor(message, code, errors = []) {
    super(message);
    this.code = code;
    this.errors = errors;
  }
}

/** Runs one GraphQL operation; throws ApiError with the server's first message and code, and every error. */
export async function gql(query, variables = {}, { signal } = {}) {
  let res;
  try {
    // The stored key when reads need one (key.js asks for it once per session).
    res = await sendWithKey((auth) =>
      fetch(ENDPOINT, {
        method: 'POST',
        headers: { 'content-type': 'application/json', accept: 'application/json', ...auth },
        body: JSON.stringify({ query, variables }),
        signal,
      }),
    );
  } catch (e) {
    if (e.name === 'AbortError') throw e;
    throw new ApiError('The server cannot be reached: check that ClaimGraph is running, then try again.', 'NETWORK');
  }
  let body;
  try {
    body = await res.json();
  } catch {
    throw new ApiError(`The server answered ${res.status} without JSON.`, 'HTTP');
  }
  if (body.errors?.length) {
    const first = body.errors[0];
    throw new ApiError(first.message, first.extensions?.code, body.errors);
  }
  return body.data;
}

const TIMELINE_ATTRIBUTION = 'mode quote speaker { id name } claim { id } source { id title }';
const TIMELINE_SAID = `attributions { id saidAt ${TIMELINE_ATTRIBUTION} source { publishedAt } }`;

/** What was said and happened about an actor or event, and which claims it disputes (to colour the sides). */
export async function timeline(id) {
  return gql(
    `query ExplorerTimeline($id: ID!) {
      timeline(aboutId: $id, first: 100) {
        date kind label
        node { id ... on Attribution { ${TIMELINE_ATTRIBUTION} } ... on Event { name } ... on Source { title } }
      }
      disputes(aboutId: $id, first: 20) { edges { node { claim { id } counterclaim { id } } } }
      claims(filter: { aboutId: $id }, first: 50) { edges { node { id attributions(first: 5) { id saidAt ${TIMELINE_ATTRIBUTION} } } } }
    }`,
    { id },
  );
}

/** A claim's own timeline: when it and its counterclaims were said, published, and the events it is about. */
export async function claimTimeline(id) {
  const data = await gql(
    `query ExplorerClaimTimeline($id: ID!) {
      claim(id: $id) { id text ${TIMELINE_SAID} counterclaims { id ${TIMELINE_SAID} } about { __typename ... on Event { id name date } } }
    }`,
    { id },
  );
  return data.claim;
}

const SUBGRAPH = 'nodes { id kind label retracted date } edges { id type from to label } omitted { kind count }';

export async function search(query, { signal } = {}) {
  const data = await gql(
    `query ExplorerSearch($q: String!) {
      search(query: $q, first: 30) {
        edges { score matchedOn node { id __typename
          ... on Actor { name aliases }
          ... on Organisation { acronym }
          ... on Claim { text status }
          ... on Source { title publishedAt }
          ... on Event { name date }
          ... on Attribution { quote claim { id } } } }
      }
    }`,
    { q: query },
    { signal },
  );
  return data.search.edges;
}

export async function neighbourhood(id, depth, includeRetracted) {
  const data = await gql(
    `query ExplorerNeighbourhood($id: ID!, $depth: Int, $inc: Boolean) {
      neighbourhood(id: $id, depth: $depth, first: 60, includeRetracted: $inc) { ${SUBGRAPH} }
    }`,
    { id, depth, inc: includeRetracted },
  );
  return data.neighbourhood;
}

export async function paths(fromId, toId, maxHops) {
  const data = await gql(
    `query ExplorerPaths($from: ID!, $to: ID!, $hops: Int) { paths(fromId: $from, toId: $to, maxHops: $hops) { ${SUBGRAPH} } }`,
    { from: fromId, to: toId, hops: maxHops },
  );
  return data.paths;
}

const ATTRIBUTION_FIELDS = `id mode quote start end saidAt status
  speaker { id name } onBehalfOf { id name }
  source { id title url text } via { id title }`;

/** A claim with its attributions, counterclaims, support and provenance, in one request. */
export async function claimDetail(id) {
  return gql(
    `query ExplorerClaim($id: ID!) {
      claim(id: $id) {
        id text status statusReason
        attributions(includeRetracted: true) { ${ATTRIBUTION_FIELDS} }
        counterclaims { id text status attributions { ${ATTRIBUTION_FIELDS} } }
        relations { kind basis from { id } to { id } }
        supportedBy { id text status }
        supports { id text status }
        about { id __typename ... on Actor { name } ... on Event { name } }
        reviews(first: 10) { id ratingLabel ratingValue bestRating worstRating rationale url publishedAt reviewer { id name } }
      }
      provenance(claimId: $id) {
        entries {
          attribution { id speaker { name } }
          source { id title }
          chains { id title }
          origins { id title }
        }
      }
    }`,
    { id },
  );
}

export async function actorDetail(id) {
  const data = await gql(
    `query ExplorerActor($id: ID!) {
      actor(id: $id) {
        id __typename name aliases description wikidataId
        ... on Person { positions { title from to organisation { id name } } }
        ... on Organisation {
          acronym kind country
          memberships { from to organisation { id name } }
          members { from to member { id name } }
          positionHolders { title from to person { id name } }
        }
        statements(first: 20) {
          edges { node { id mode quote saidAt claim { id text } source { id title } } }
          pageInfo { hasNextPage }
        }
        mentionedIn { surface source { id title } }
      }
    }`,
    { id },
  );
  return data.actor;
}

export async function sourceDetail(id) {
  const data = await gql(
    `query ExplorerSource($id: ID!) {
      source(id: $id) {
        id title url publishedAt language text
        publisher { id name } authors { id name }
        cites { id title } citedBy { id title }
      }
    }`,
    { id },
  );
  return data.source;
}

/** Every attribution read in a source, page by page (a page of 25 keeps the query cheap). */
export async function sourceAttributions(id) {
  const all = [];
  let after = null;
  for (let page = 0; page < 40; page++) {
    const data = await gql(
      `query ExplorerSourceAttributions($id: ID!, $after: String) {
        source(id: $id) {
          attributions(first: 25, after: $after) {
            edges { node { id start end quote mode speaker { id name } claim { id text } } }
            pageInfo { hasNextPage endCursor }
          }
        }
      }`,
      { id, after },
    );
    const conn = data.source?.attributions;
    if (!conn) break;
    all.push(...conn.edges.map((e) => e.node));
    if (!conn.pageInfo.hasNextPage) break;
    after = conn.pageInfo.endCursor;
  }
  return all;
}

export async function eventDetail(id) {
  const data = await gql(
    `query ExplorerEvent($id: ID!) { event(id: $id) { id name date place claims { id text status } } }`,
    { id },
  );
  return data.event;
}

export async function attributionDetail(id) {
  const data = await gql(
    `query ExplorerAttribution($id: ID!) {
      attribution(id: $id) { ${ATTRIBUTION_FIELDS} statusReason claim { id text } }
    }`,
    { id },
  );
  return data.attribution;
}

/** A claim's independent origins and how its wordings drift from the earliest one. */
export async function claimInsights(id) {
  const data = await gql(
    `query ExplorerInsights($id: ID!) {
      corroboration(claimId: $id) { attributionCount independentOriginCount origins(first: 10) { origin { id title } attributions { id } } }
      quoteDrift(claimId: $id) {
        baseline { id quote speaker { name } source { title } } baselineSpellings
        variants(first: 10) { attribution { id speaker { name } source { title } } similarity diff { op text } spellings }
      }
    }`,
    { id },
  );
  return data;
}

/** What retracting a node would take with it (a dry run on the server). */
export async function impactOf(id) {
  const data = await gql(
    `query ExplorerImpact($id: ID!) {
      impact(id: $id) {
        attributionsAffected
        claimsLeftWithoutActiveAttribution(first: 10) { id text }
        claimsLosingSupport(first: 10) { id text }
        disputesAffected(first: 10) { id claim { id text } counterclaim { id text } }
      }
    }`,
    { id },
  );
  return data.impact;
}

/** Claims that match a claim's text (Claim.similar), with tier, reasons and verdicts. */
export async function similarClaims(id) {
  const data = await gql(
    `query ExplorerSimilar($id: ID!) {
      node(id: $id) { ... on Claim { similar(first: 5) { claim { id text } score tier reasons verdicts corroboration { independentOriginCount } } } }
    }`,
    { id },
  );
  return data.node?.similar ?? [];
}
