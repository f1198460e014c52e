// One Change per distinct seed content: loading the same seed again finds it and adds nothing.
MERGE (ch:Node:Change {id: $changeId})
ON CREATE SET ch.at = $at, ch.by = 'seed', ch.operation = 'seed', ch.details = $details
WITH ch
UNWIND $ids AS id
MATCH (n:Node {id: id})
MERGE (ch)-[:CHANGED]->(n)
RETURN count(*) AS count
