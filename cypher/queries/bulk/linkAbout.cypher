UNWIND $rows AS row
MATCH (a:Claim {id: row.from})
MATCH (b:Node {id: row.to})
MERGE (a)-[r:ABOUT]->(b)
SET r += coalesce(row.props, {})
RETURN count(r) AS count
