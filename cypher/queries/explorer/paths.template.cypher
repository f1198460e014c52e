// Shortest paths of at most {{maxHops}} hops over the model's relationships (not edit history).
// The bound is part of the pattern: filtering longer paths afterwards would search them all.
// Hidden claims and attributions (and attributions of hidden claims) are never a step;
// the predicate covers every node, so the search applies it as it goes.
MATCH (a:Node {id: $fromId}), (b:Node {id: $toId})
MATCH p = allShortestPaths((a)-[:OF|BY|IN|VIA|ON_BEHALF_OF|ABOUT|CONTRADICTS|SUPPORTS|CITES|PUBLISHED_BY|AUTHORED_BY|HOLDS_POSITION|MEMBER_OF|MENTIONED_IN|SUPERSEDED_BY|MERGED_INTO*..{{maxHops}}]-(b))
WHERE all(x IN nodes(p) WHERE x.status IS NULL OR (x.status IN $statuses
  AND NOT EXISTS { (x)-[:OF]->(c:Claim) WHERE NOT c.status IN $statuses }))
// :include explorer/_pathsReturn
