// CONTRADICTS/SUPPORTS links of each claim whose other end is visible, in link id
// order, at most $limit per claim.
UNWIND $ids AS id
MATCH (c:Claim {id: id})
CALL (c) {
  MATCH (c)-[r:CONTRADICTS|SUPPORTS]-(o:Claim)
  WHERE o.status IN $statuses
  WITH c, r, o ORDER BY r.id, o.id LIMIT $limit
  RETURN collect({
    id: r.id, kind: type(r), outgoing: startNode(r) = c, basis: r.basis,
    createdBy: r.createdBy, createdAt: r.createdAt,
    other: o {.*, labels: labels(o)}
  }) AS items
}
RETURN id, items
