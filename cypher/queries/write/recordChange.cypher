// One Change per mutation, in the mutation's own transaction, linked to what it changed.
// $fields: each changed field of each node, before and after (JSON).
CREATE (ch:Node:Change {id: $id, at: $at, by: $by, operation: $operation, details: $details, fields: $fields})
WITH ch
CALL (ch) {
  UNWIND $changedIds AS cid
  MATCH (n:Node {id: cid})
  MERGE (ch)-[:CHANGED]->(n)
}
RETURN ch.id AS id
