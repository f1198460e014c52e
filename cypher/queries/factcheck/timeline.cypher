// Dated things about an actor or event: the events claims about it concern, the
// attributions of those claims (and the actor's own statements), and their sources.
// Hidden claims and attributions (see $statuses) drop out with everything reached through them.
MATCH (x:Node {id: $aboutId})
CALL (x) {
  MATCH (x)<-[:ABOUT]-(c)<-[:OF]-(a)
  WHERE c.status IN $statuses AND a.status IN $statuses
  RETURN a
  UNION
  MATCH (x)<-[:BY]-(a)-[:OF]->(c)
  WHERE a.status IN $statuses AND c.status IN $statuses
  RETURN a
}
WITH x, collect(DISTINCT a) AS attributions
CALL (x, attributions) {
  UNWIND attributions AS a
  WITH a WHERE a.saidAtFrom IS NOT NULL
  RETURN 'ATTRIBUTION' AS kind, a.id AS id, a.saidAt AS date, a.saidAtFrom AS dateFrom, a.saidAtTo AS dateTo
  UNION
  UNWIND attributions AS a
  MATCH (a)-[:IN|VIA]->(s:Source)
  WHERE s.publishedAtFrom IS NOT NULL
  RETURN 'SOURCE' AS kind, s.id AS id, s.publishedAt AS date, s.publishedAtFrom AS dateFrom, s.publishedAtTo AS dateTo
  UNION
  UNWIND attributions AS a
  MATCH (a)-[:OF]->()-[:ABOUT]->(e:Event)
  WHERE e.dateFrom IS NOT NULL
  RETURN 'EVENT' AS kind, e.id AS id, e.date AS date, e.dateFrom AS dateFrom, e.dateTo AS dateTo
  UNION
  WITH x WHERE x:Event AND x.dateFrom IS NOT NULL
  RETURN 'EVENT' AS kind, x.id AS id, x.date AS date, x.dateFrom AS dateFrom, x.dateTo AS dateTo
}
WITH kind, id, date, dateFrom, dateTo
WHERE ($from IS NULL OR dateTo >= $from) AND ($to IS NULL OR dateFrom <= $to)
RETURN kind, id, date
ORDER BY dateFrom, kind, id
LIMIT $limit
