// A claim and its attributions (with speakers and sources) in one round trip, for
// requests that ask for both — the most common fact-checking read.
MATCH (c:Claim {id: $id})
CALL (c) {
  OPTIONAL MATCH (a)-[:OF]->(c)
  WHERE a.status IN $statuses
  WITH a ORDER BY a.id LIMIT $limit
  RETURN collect(
// :include attribution/_fields
  ) AS items
}
RETURN c {.*, labels: labels(c)} AS node, items
