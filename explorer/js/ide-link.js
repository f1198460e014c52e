// "Open in GraphQL IDE": a link to /graphql with a query for the selected node filled in
// (GraphiQL opens ?query= in a tab). The API key never goes into the link.

const NODE_QUERY = `query SelectedNode($id: ID!) {
  node(id: $id) {
    id __typename
    ... on Actor { name aliases statements(first: 5) { totalCount edges { node { mode quote saidAt claim { text } } } } }
    ... on Claim { text status attributions { speaker { name } mode quote saidAt source { title } } }
    ... on Event { name date place }
    ... on Source { title url publishedAt }
    ... on Attribution { mode quote saidAt speaker { name } claim { text } }
  }
}`;

/** The IDE's URL for a node (or the bare IDE when nothing is selected). */
export function ideLinkFor(id) {
  const base = new URL('../graphql', document.baseURI);
  if (!id) return base.href;
  base.searchParams.set('query', NODE_QUERY);
  base.searchParams.set('variables', JSON.stringify({ id }, null, 2));
  return base.href;
}

/** Keeps the header link pointing at the current selection. */
export function setupIdeLink(link, selected) {
  const update = () => (link.href = ideLinkFor(selected()[0]));
  for (const event of ['mouseenter', 'focus', 'mousedown', 'touchstart']) link.addEventListener(event, update);
  update();
}
