// One Change per distinct imported content: importing the same files again finds it.
MERGE (ch:Node:Change {id: $changeId})
ON CREATE SET ch.at = $at, ch.by = $by, ch.operation = 'import', ch.details = $details
WITH ch
UNWIND $ids AS id
MATCH (n:Node {id: id})
MERGE (ch)-[:CHANGED]->(n)
RETURN count(*) AS count
