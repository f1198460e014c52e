// Recreates relationships from a backup between nodes already restored.
UNWIND $rows AS row
MATCH (a:Node {id: row.from})
MATCH (b:Node {id: row.to})
CREATE (a)-[r:$(row.type)]->(b)
SET r = row.props
WITH r, row
CALL (r, row) {
  UNWIND row.floats AS k
  SET r[k] = toFloat(r[k])
}
RETURN count(r) AS count
