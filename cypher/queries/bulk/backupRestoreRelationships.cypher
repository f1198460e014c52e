// Recreates relationships from a backup between nodes already restored; a link starts
// at a :Node or at a kept source text (:SourceVersion -[:VERSION_OF]->).
UNWIND $rows AS row
CALL (row) {
  MATCH (a:Node {id: row.from}) RETURN a
  UNION
  MATCH (a:SourceVersion {id: row.from}) RETURN a
}
MATCH (b:Node {id: row.to})
CREATE (a)-[r:$(row.type)]->(b)
SET r = row.props
WITH r, row
CALL (r, row) {
  UNWIND row.floats AS k
  SET r[k] = toFloat(r[k])
}
RETURN count(r) AS count
