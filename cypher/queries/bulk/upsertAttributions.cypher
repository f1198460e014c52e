// Idempotent on id: creates the node once, updates its properties on every load.
UNWIND $rows AS row
MERGE (n:Node {id: row.id})
ON CREATE SET n += row.audit
SET n:Attribution, n += row.props, n.updatedAt = coalesce(n.updatedAt, row.audit.createdAt)
RETURN count(n) AS count
