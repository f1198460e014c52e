// Visible claims about each event, in id order, at most $limit per event.
UNWIND $ids AS id
MATCH (e:Event {id: id})
CALL (e) {
  MATCH (e)<-[:ABOUT]-(c:Claim)
  WHERE c.status IN $statuses
  WITH c ORDER BY c.id LIMIT $limit
  RETURN collect(c {.*, labels: labels(c)}) AS items
}
RETURN id, items
