// One Change per distinct loaded content ($operation 'seed' or 'import'): loading the same
// content again finds it and adds nothing. $fields: each changed field of each node (JSON).
MERGE (ch:Node:Change {id: $changeId})
ON CREATE SET ch.at = $at, ch.by = $by, ch.operation = $operation, ch.details = $details, ch.fields = $fields
WITH ch
UNWIND $ids AS id
MATCH (n:Node {id: id})
MERGE (ch)-[:CHANGED]->(n)
RETURN count(*) AS count
