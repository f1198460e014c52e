// Idempotent on id: creates the node once, updates its properties on every load. $labels
// (e.g. ['Actor', 'Person']) comes from the kind table in code; the MERGE stays a seek on
// :Node(id), so a dynamic label costs no scan (see the plan test).
UNWIND $rows AS row
MERGE (n:Node {id: row.id})
ON CREATE SET n += row.audit
SET n:$($labels), n += row.props, n.updatedAt = coalesce(n.updatedAt, row.audit.createdAt)
RETURN count(n) AS count
