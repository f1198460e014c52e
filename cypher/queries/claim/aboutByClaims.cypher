// What each claim is about, in id order, at most $limit per claim.
UNWIND $ids AS id
MATCH (c:Claim {id: id})
CALL (c) {
  MATCH (c)-[:ABOUT]->(n:Node)
  WITH n ORDER BY n.id LIMIT $limit
  RETURN collect(n {.*, labels: labels(n)}) AS items
}
RETURN id, items
