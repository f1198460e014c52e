UNWIND $rows AS row
MATCH (a:Attribution {id: row.from})
MATCH (b:Organisation {id: row.to})
MERGE (a)-[r:ON_BEHALF_OF]->(b)
SET r += coalesce(row.props, {})
RETURN count(r) AS count
