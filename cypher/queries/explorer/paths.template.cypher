// Shortest paths of at most {{maxHops}} hops over the model's relationships (not edit history).
// The bound is part of the pattern: filtering longer paths afterwards would search them all.
// Hidden claims and attributions are never a step. This predicate reads only each node's own
// status, so the search applies it as it expands; an attribution of a hidden claim is hidden
// too, which needs a subquery the search cannot apply as it goes (it would fall back to an
// exhaustive search). So each path found says whether it is free of those (`ok`), and the
// service asks explorer/pathsExact<n> only when a path was not.
MATCH (a:Node {id: $fromId}), (b:Node {id: $toId})
MATCH p = allShortestPaths((a)-[:OF|BY|IN|VIA|ON_BEHALF_OF|ABOUT|CONTRADICTS|SUPPORTS|CITES|PUBLISHED_BY|AUTHORED_BY|HOLDS_POSITION|MEMBER_OF|MENTIONED_IN|SUPERSEDED_BY|MERGED_INTO*..{{maxHops}}]-(b))
WHERE all(x IN nodes(p) WHERE x.status IS NULL OR x.status IN $statuses)
WITH p LIMIT $first
WITH p, all(x IN nodes(p) WHERE NOT EXISTS { (x)-[:OF]->(c:Claim) WHERE NOT c.status IN $statuses }) AS ok
// :include explorer/_pathsReturn
