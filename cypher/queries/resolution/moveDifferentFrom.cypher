// After a merge: what the merged actor was said to be different from, the survivor now is.
MATCH (m:Node {id: $mergedId})-[r:DIFFERENT_FROM]-(o:Actor)
OPTIONAL MATCH (s:Actor {id: $survivorId})
WITH m, r, o, s
CALL (r, o, s) {
  WITH r, o, s WHERE s IS NOT NULL AND o <> s AND NOT (o)-[:DIFFERENT_FROM]->(s)
  MERGE (s)-[n:DIFFERENT_FROM]->(o)
  ON CREATE SET n.at = r.at, n.by = r.by
}
DELETE r
RETURN count(*) AS count
