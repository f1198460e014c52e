// explorer/paths<n> with the whole rule in the search's predicate: attributions of hidden
// claims are never a step either. Exact but exhaustive (the subquery keeps the search from
// pruning as it expands), so it runs only when a fast path stepped through such an attribution.
MATCH (a:Node {id: $fromId}), (b:Node {id: $toId})
MATCH p = allShortestPaths((a)-[:OF|BY|IN|VIA|ON_BEHALF_OF|ABOUT|CONTRADICTS|SUPPORTS|CITES|PUBLISHED_BY|AUTHORED_BY|HOLDS_POSITION|MEMBER_OF|MENTIONED_IN|SUPERSEDED_BY|MERGED_INTO*..{{maxHops}}]-(b))
WHERE all(x IN nodes(p) WHERE x.status IS NULL OR (x.status IN $statuses
  AND NOT EXISTS { (x)-[:OF]->(c:Claim) WHERE NOT c.status IN $statuses }))
WITH p, true AS ok LIMIT $first
// :include explorer/_pathsReturn
