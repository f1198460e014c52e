UNWIND $rows AS row
MATCH (a:Person {id: row.from})
MATCH (b:Organisation {id: row.to})
MERGE (a)-[r:HOLDS_POSITION {title: row.props.title}]->(b)
SET r += coalesce(row.props, {})
RETURN count(r) AS count
