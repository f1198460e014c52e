// Search-as-you-type over actors: every typed word as a prefix ($lucene, built from letters
// and digits only), filtered by kind before the cut, best first (equal scores by id).
CALL db.index.fulltext.queryNodes('actor_search', $lucene) YIELD node, score
WHERE ('PERSON' IN $kinds AND node:Person) OR ('ORGANISATION' IN $kinds AND node:Organisation)
WITH node, score ORDER BY score DESC, node.id LIMIT $limit
RETURN node {.*, labels: labels(node)} AS node, score
