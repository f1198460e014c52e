UNWIND $rows AS row
MATCH (a:Organisation {id: row.from})
MATCH (b:Organisation {id: row.to})
MERGE (a)-[r:MEMBER_OF]->(b)
SET r += coalesce(row.props, {})
RETURN count(r) AS count
