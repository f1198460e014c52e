UNWIND $ids AS id
MATCH (ac:Actor {id: id})
RETURN id, [(ac)-[m:MENTIONED_IN]->(s:Source) |
  {surface: m.surface, start: m.start, end: m.end, actorId: ac.id, sourceId: s.id}] AS items
