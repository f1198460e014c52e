// One page of each source's attributions in text order, keyset on (start, id). An
// attribution of a hidden claim is hidden with it.
UNWIND $ids AS id
MATCH (s:Source {id: id})
CALL (s) {
  MATCH (s)<-[:IN]-(a)
  WHERE a.status IN $statuses AND EXISTS { (a)-[:OF]->(c) WHERE c.status IN $statuses }
    AND (coalesce(a.start, -1) > $afterStart OR (coalesce(a.start, -1) = $afterStart AND a.id > $afterId))
  WITH a ORDER BY coalesce(a.start, -1), a.id LIMIT $limit
  RETURN collect(
// :include attribution/_fields
  ) AS items
}
RETURN id, items
