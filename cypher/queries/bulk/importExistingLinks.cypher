// Which of the given links (from, to, relationship type) the graph already holds: an
// import counts only the others as new. The type is compared, never spliced into Cypher.
UNWIND $rows AS row
MATCH (a:Node {id: row.from})-[r]->(b:Node {id: row.to})
WHERE type(r) = row.type
RETURN DISTINCT row.from AS from, row.to AS to, row.type AS type
