// Recreates nodes from a backup: labels and properties as they were; float-valued keys
// are set back as floats (whole numbers would otherwise arrive as integers).
UNWIND $rows AS row
CREATE (n)
SET n = row.props, n:$(row.labels)
WITH n, row
CALL (n, row) {
  UNWIND row.floats AS k
  SET n[k] = CASE WHEN n[k] IS :: LIST<ANY> THEN [x IN n[k] | toFloat(x)] ELSE toFloat(n[k]) END
}
RETURN count(n) AS count
