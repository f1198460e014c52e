UNWIND $rows AS row
MATCH (a:Actor {id: row.from})
MATCH (b:Source {id: row.to})
MERGE (a)-[r:MENTIONED_IN {start: row.props.start}]->(b)
SET r += coalesce(row.props, {})
RETURN count(r) AS count
