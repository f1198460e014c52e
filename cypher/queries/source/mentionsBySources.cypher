// Actor mentions in each source, in text order, at most $limit per source.
UNWIND $ids AS id
MATCH (s:Source {id: id})
CALL (s) {
  MATCH (ac:Actor)-[m:MENTIONED_IN]->(s)
  WITH m, ac ORDER BY m.start, ac.id LIMIT $limit
  RETURN collect({surface: m.surface, start: m.start, end: m.end, actorId: ac.id, sourceId: s.id}) AS items
}
RETURN id, items, COUNT { (:Actor)-[:MENTIONED_IN]->(s) } AS count
