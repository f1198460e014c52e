UNWIND $ids AS id
MATCH (s:Source {id: id})
RETURN id, [(ac:Actor)-[m:MENTIONED_IN]->(s) |
  {surface: m.surface, start: m.start, end: m.end, actorId: ac.id, sourceId: s.id}] AS items
