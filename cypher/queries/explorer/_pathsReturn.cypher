RETURN ok, [m IN nodes(p) |
// :include explorer/_nodeFields
] AS nodes,
  [r IN relationships(p) | {type: type(r), from: startNode(r).id, to: endNode(r).id,
    edgeId: coalesce(r.id, type(r) + ':' + startNode(r).id + ':' + endNode(r).id)}] AS rels
