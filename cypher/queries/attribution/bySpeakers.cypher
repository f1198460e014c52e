// One page of each actor's statements, keyset on attribution id.
UNWIND $ids AS id
MATCH (ac:Actor {id: id})
CALL (ac) {
  MATCH (ac)<-[:BY]-(a)
  WHERE a.id > $after AND a.status IN $statuses
  WITH a ORDER BY a.id LIMIT $limit
  RETURN collect(
// :include attribution/_fields
  ) AS items
}
RETURN id, items
