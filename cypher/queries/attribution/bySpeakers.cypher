// One page of each actor's statements, keyset on attribution id. An attribution of a
// hidden claim is hidden with it.
UNWIND $ids AS id
MATCH (ac:Actor {id: id})
CALL (ac) {
  MATCH (ac)<-[:BY]-(a)
  WHERE a.id > $after AND a.status IN $statuses AND EXISTS { (a)-[:OF]->(c) WHERE c.status IN $statuses }
  WITH a ORDER BY a.id LIMIT $limit
  RETURN collect(
// :include attribution/_fields
  ) AS items
}
RETURN id, items
