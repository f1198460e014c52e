// A page of each claim's attributions after a cursor's id (keyset), oldest id first, at
// most $limit per claim: Claim.attributionsPage reads a long list without re-reading its head.
UNWIND $ids AS id
MATCH (c:Claim {id: id})
CALL (c) {
  OPTIONAL MATCH (a)-[:OF]->(c)
  WHERE a.status IN $statuses AND a.id > $after
  WITH a ORDER BY a.id LIMIT $limit
  RETURN collect(
// :include attribution/_fields
  ) AS items
}
RETURN id, items
