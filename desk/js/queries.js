// The desk's operations. They go through the explorer's client (/explorer/js/api.js): one
// door to the server for both pages, with the same key handling and errors.

import { ApiError, gql } from '/explorer/js/api.js';

export { ApiError };

/** Who said what in the text (the extraction assist); writes nothing. */
export async function suggest(text, voiceId) {
  const data = await gql(
    `query DeskSuggest($text: String!, $voiceId: ID) {
      suggestAttributionsResult(text: $text, voiceId: $voiceId, first: 100) {
        note
        suggestions { start end quote mode cue speakerName speakerId speakerKind speakerSurface pattern confidence
          candidates { id name score } reportedThrough { outlet relation } }
      }
    }`,
    { text, voiceId: voiceId || null },
  );
  return data.suggestAttributionsResult;
}

const KIND_OF = { Person: 'PERSON', Organisation: 'ORGANISATION' };

/** Actors whose name, an alias or acronym starts with the words typed, for the speaker and publisher boxes. */
export async function searchActors(q, { signal, kind = null } = {}) {
  const data = await gql(
    `query DeskActors($q: String!, $kind: ActorKind) {
      lookupActors(query: $q, kind: $kind, first: 10) {
        matched matchedOn
        actor { __typename id name ... on Person { description } ... on Organisation { description acronym } }
      }
    }`,
    { q, kind },
    { signal },
  );
  return data.lookupActors.map(({ matched, matchedOn, actor }) => ({
    id: actor.id, name: actor.name, description: actor.description ?? '', kind: KIND_OF[actor.__typename] ?? 'ACTOR',
    matched: matched !== actor.name ? `${matchedOn}: ${matched}` : '',
  }));
}

/** Sources, for "relayed from". */
export async function searchSources(q, { signal } = {}) {
  const data = await gql(
    `query DeskSources($q: String!) { search(query: $q, kinds: [SOURCE], first: 8) { edges { node { id ... on Source { title publishedAt } } } } }`,
    { q },
    { signal },
  );
  return data.search.edges.map(({ node }) => ({ id: node.id, name: node.title, description: node.publishedAt ?? '' }));
}

/** Claims, for a SUPPORTS or CONTRADICTS link. */
export async function searchClaims(q, { signal } = {}) {
  const data = await gql(
    `query DeskClaims($q: String!) { search(query: $q, kinds: [CLAIM], first: 8) { edges { node { id ... on Claim { text status } } } } }`,
    { q },
    { signal },
  );
  return data.search.edges.map(({ node }) => ({ id: node.id, name: node.text, description: node.status ?? '' }));
}

/** Existing actors that may be the one about to be created (the duplicate check). */
export async function actorCandidates(name, kind) {
  const data = await gql(
    `query DeskActorCandidates($name: String!, $kind: ActorKind) {
      actorCandidates(name: $name, kind: $kind, first: 5) { score actor { id __typename name aliases description } reasons { matched method } }
    }`,
    { name, kind },
  );
  return data.actorCandidates.map((c) => ({ score: c.score, reasons: c.reasons, ...c.actor, kind: KIND_OF[c.actor.__typename] ?? 'ACTOR' }));
}

/** Claims the graph already holds for a statement, with their verdicts and independent origins. */
export async function similarClaims(text, { signal } = {}) {
  const data = await gql(
    `query DeskSimilar($text: String!) {
      similarClaims(text: $text, first: 5) { score tier verdicts claim { id text } corroboration { independentOriginCount } }
    }`,
    { text },
    { signal },
  );
  return data.similarClaims;
}

/** Undo after saving: a retraction with a reason (the claim too when it was its last attribution), which history keeps. */
export async function undoAttribution(id, reason) {
  const data = await gql(
    `mutation DeskUndo($input: RetractInput!) {
      undoDeskAttribution(input: $input) { claimRetracted attribution { id status statusReason } claim { id status } change { id } }
    }`,
    { input: { id, reason, idempotencyKey: `desk-undo-${crypto.randomUUID()}` } },
  );
  return data.undoDeskAttribution;
}

const DESK_ATTRIBUTION_PAGE = `items {
  id start end quote mode status statusReason saidAt createdBy createdAt
  speaker { __typename id name } claim { id text status } via { id title }
}
pageInfo { hasNextPage endCursor }`;

/** A stored source as the desk opens it: exact text, its revision and every attribution in it. */
export async function deskSource(id) {
  // Read to the end a page of 100 at a time; if the revision moves between pages (another
  // editor saved), read again, so the list always matches the revision sent back with a save.
  for (let attempt = 0; attempt < 3; attempt++) {
    const first = await gql(
      `query DeskSource($id: ID!) {
        deskSource(id: $id) {
          revision text textSha256
          source { id title url kind publishedAt language publisher { id name } }
          attributionsPage(first: 100) { ${DESK_ATTRIBUTION_PAGE} }
        }
      }`,
      { id },
    );
    const src = first.deskSource;
    if (!src) return null;
    const attributions = [...src.attributionsPage.items];
    let page = src.attributionsPage.pageInfo;
    let moved = false;
    while (page.hasNextPage) {
      const next = await gql(
        `query DeskSourceMore($id: ID!, $after: String) {
          deskSource(id: $id) { revision attributionsPage(first: 100, after: $after) { ${DESK_ATTRIBUTION_PAGE} } }
        }`,
        { id, after: page.endCursor },
      );
      if (next.deskSource?.revision !== src.revision) {
        moved = true;
        break;
      }
      attributions.push(...next.deskSource.attributionsPage.items);
      page = next.deskSource.attributionsPage.pageInfo;
    }
    if (!moved) {
      return { revision: src.revision, text: src.text, textSha256: src.textSha256, source: src.source, attributions };
    }
  }
  throw new ApiError('This source keeps changing while it is read; open it again in a moment.', 'CONFLICT');
}

/** The whole article in one transaction (see save-input.js for the input). */
export async function saveArticle(input) {
  const data = await gql(
    `mutation DeskSave($input: SaveArticleInput!) {
      saveArticle(input: $input) {
        revision replayed
        source { id textSha256 }
        actors { ref id } claims { ref id } citedSources { ref id }
        attributions { id start end quote claim { id } speaker { id name } }
        change { id }
      }
    }`,
    { input },
  );
  return data.saveArticle;
}
