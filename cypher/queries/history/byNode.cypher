// The changes to a node, oldest first, at most $limit; a merged actor's history includes its survivor's.
MATCH (n:Node {id: $id})<-[:CHANGED]-(ch:Change)
WITH ch ORDER BY ch.at, ch.id LIMIT $limit
RETURN ch {.*, labels: labels(ch), changedIds: [(ch)-[:CHANGED]->(x) | x.id]} AS node
