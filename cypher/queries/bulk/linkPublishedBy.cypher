UNWIND $rows AS row
MATCH (a:Source {id: row.from})
MATCH (b:Organisation {id: row.to})
MERGE (a)-[r:PUBLISHED_BY]->(b)
SET r += coalesce(row.props, {})
RETURN count(r) AS count
