// Moves every relationship of the merged actor to the survivor, keeps the merged node
// (relabelled :MergedActor, pointing at the survivor) so its id keeps resolving.
MATCH (m:Actor {id: $mergedId}), (s:Actor {id: $survivorId})
CALL (m, s) { MATCH (a)-[r:BY]->(m) CREATE (a)-[:BY]->(s) DELETE r }
CALL (m, s) { MATCH (a)-[r:ON_BEHALF_OF]->(m) CREATE (a)-[:ON_BEHALF_OF]->(s) DELETE r }
CALL (m, s) { MATCH (c)-[r:ABOUT]->(m) MERGE (c)-[:ABOUT]->(s) DELETE r }
CALL (m, s) { MATCH (src)-[r:PUBLISHED_BY]->(m) MERGE (src)-[:PUBLISHED_BY]->(s) DELETE r }
CALL (m, s) { MATCH (src)-[r:AUTHORED_BY]->(m) MERGE (src)-[:AUTHORED_BY]->(s) DELETE r }
CALL (m, s) {
  MATCH (m)-[r:MENTIONED_IN]->(src)
  MERGE (s)-[r2:MENTIONED_IN {start: r.start}]->(src)
  SET r2 += properties(r)
  DELETE r
}
CALL (m, s) { MATCH (m)-[r:HOLDS_POSITION]->(o) CREATE (s)-[r2:HOLDS_POSITION]->(o) SET r2 = properties(r) DELETE r }
CALL (m, s) { MATCH (p)-[r:HOLDS_POSITION]->(m) CREATE (p)-[r2:HOLDS_POSITION]->(s) SET r2 = properties(r) DELETE r }
CALL (m, s) { MATCH (m)-[r:MEMBER_OF]->(o) WHERE o <> s CREATE (s)-[r2:MEMBER_OF]->(o) SET r2 = properties(r) DELETE r }
CALL (m, s) { MATCH (o)-[r:MEMBER_OF]->(m) WHERE o <> s CREATE (o)-[r2:MEMBER_OF]->(s) SET r2 = properties(r) DELETE r }
SET s.aliases = $aliases, s.updatedAt = $at
SET m.formerLabels = [l IN labels(m) WHERE l <> 'Node'], m.mergedInto = s.id, m.mergedAt = $at, m.mergedBy = $by
REMOVE m:Actor:Person:Organisation
SET m:MergedActor
CREATE (m)-[:MERGED_INTO {at: $at, by: $by}]->(s)
RETURN s.id AS id
