// Shortest paths between two nodes over the model's relationships (not edit history).
MATCH (a:Node {id: $fromId}), (b:Node {id: $toId})
MATCH p = allShortestPaths((a)-[:OF|BY|IN|VIA|ON_BEHALF_OF|ABOUT|CONTRADICTS|SUPPORTS|CITES|PUBLISHED_BY|AUTHORED_BY|HOLDS_POSITION|MEMBER_OF|MENTIONED_IN|SUPERSEDED_BY|MERGED_INTO*..6]-(b))
WHERE length(p) <= $maxHops
WITH p LIMIT $first
RETURN [m IN nodes(p) |
// :include explorer/_nodeFields
] AS nodes,
  [r IN relationships(p) | {type: type(r), from: startNode(r).id, to: endNode(r).id,
    edgeId: coalesce(r.id, type(r) + ':' + startNode(r).id + ':' + endNode(r).id)}] AS rels
