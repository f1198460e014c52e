UNWIND $rows AS row
MATCH (a:Attribution {id: row.from})
MATCH (b:Claim {id: row.to})
MERGE (a)-[r:OF]->(b)
SET r += coalesce(row.props, {})
RETURN count(r) AS count
