// Attributions of each claim, oldest id first, at most $limit per claim.
UNWIND $ids AS id
MATCH (c:Claim {id: id})
CALL (c) {
  OPTIONAL MATCH (a)-[:OF]->(c)
  WHERE a.status IN $statuses
  WITH a ORDER BY a.id LIMIT $limit
  RETURN collect(
// :include attribution/_fields
  ) AS items
}
RETURN id, items
