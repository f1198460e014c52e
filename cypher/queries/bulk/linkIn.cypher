UNWIND $rows AS row
MATCH (a:Attribution {id: row.from})
MATCH (b:Source {id: row.to})
MERGE (a)-[r:IN]->(b)
SET r += coalesce(row.props, {})
RETURN count(r) AS count
