// A page of a node's changes after a cursor's change (keyset on at, then id), oldest first,
// at most $limit: Query.historyPage reads a long history without re-reading its head.
// $after is '' on the first page (no change has that id); changes are never deleted.
OPTIONAL MATCH (k:Node {id: $after}) WHERE k:Change
MATCH (n:Node {id: $id})<-[:CHANGED]-(ch:Change)
WHERE k IS NULL OR ch.at > k.at OR (ch.at = k.at AND ch.id > k.id)
WITH ch ORDER BY ch.at, ch.id LIMIT $limit
RETURN ch {.*, labels: labels(ch), changedIds: [(ch)-[:CHANGED]->(x) | x.id]} AS node
