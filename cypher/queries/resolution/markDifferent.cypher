// Records that two actors are different, once per pair whichever way it was said.
UNWIND $pairs AS p
MATCH (a:Actor {id: p.from})
MATCH (b:Actor {id: p.to})
WITH a, b WHERE a <> b AND NOT (b)-[:DIFFERENT_FROM]->(a)
MERGE (a)-[r:DIFFERENT_FROM]->(b)
ON CREATE SET r.at = $at, r.by = $by
RETURN count(r) AS count
