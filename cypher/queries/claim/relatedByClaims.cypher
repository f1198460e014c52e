// Claims linked to each claim by one kind of link in one direction ('OUT', 'IN' or
// 'BOTH'), hidden claims left out, in id order, at most $limit per claim.
UNWIND $ids AS id
MATCH (c:Claim {id: id})
CALL (c) {
  MATCH (c)-[r:CONTRADICTS|SUPPORTS]-(o:Claim)
  WHERE type(r) = $kind AND o.status IN $statuses
    AND ($direction = 'BOTH' OR ($direction = 'OUT') = (startNode(r) = c))
  WITH DISTINCT o ORDER BY o.id LIMIT $limit
  RETURN collect(o {.*, labels: labels(o)}) AS items
}
RETURN id, items
