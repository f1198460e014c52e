UNWIND $rows AS row
MATCH (a:Claim {id: row.from})
MATCH (b:Claim {id: row.to})
MERGE (a)-[r:SUPPORTS]->(b)
SET r += coalesce(row.props, {})
RETURN count(r) AS count
