// One model relationship per row, (:{{from}})-[:{{type}}]->(:{{to}}); MERGE makes a replayed batch harmless.
UNWIND $rows AS row
MATCH (a:{{from}} {id: row.from})
MATCH (b:{{to}} {id: row.to})
MERGE (a)-[r:{{type}}]->(b)
SET r += coalesce(row.props, {})
RETURN count(r) AS count
