UNWIND $rows AS row
MATCH (a:Attribution {id: row.from})
MATCH (b:Actor {id: row.to})
MERGE (a)-[r:BY]->(b)
SET r += coalesce(row.props, {})
RETURN count(r) AS count
