UNWIND $rows AS row
MATCH (a:Source {id: row.from})
MATCH (b:Source {id: row.to})
MERGE (a)-[r:CITES]->(b)
SET r += coalesce(row.props, {})
RETURN count(r) AS count
