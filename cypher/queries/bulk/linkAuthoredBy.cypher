UNWIND $rows AS row
MATCH (a:Source {id: row.from})
MATCH (b:Person {id: row.to})
MERGE (a)-[r:AUTHORED_BY]->(b)
SET r += coalesce(row.props, {})
RETURN count(r) AS count
