// Where sources mention each actor, by source id then text position, at most $limit per actor.
UNWIND $ids AS id
MATCH (ac:Actor {id: id})
CALL (ac) {
  MATCH (ac)-[m:MENTIONED_IN]->(s:Source)
  WITH m, s ORDER BY s.id, m.start LIMIT $limit
  RETURN collect({surface: m.surface, start: m.start, end: m.end, actorId: ac.id, sourceId: s.id}) AS items
}
RETURN id, items, COUNT { (ac)-[:MENTIONED_IN]->(:Source) } AS count
