// A relationship that may join the same two nodes more than once, told apart by its {{key}}
// (the same person in two positions, a name mentioned twice in one source).
UNWIND $rows AS row
MATCH (a:{{from}} {id: row.from})
MATCH (b:{{to}} {id: row.to})
MERGE (a)-[r:{{type}} {{{key}}: row.props.{{key}}}]->(b)
SET r += coalesce(row.props, {})
RETURN count(r) AS count
