// Attributions of each claim, oldest id first.
UNWIND $ids AS id
MATCH (c:Claim {id: id})
OPTIONAL MATCH (a)-[:OF]->(c)
WHERE a.status IN $statuses
WITH id, a ORDER BY a.id
RETURN id, collect(
// :include attribution/_fields
) AS items
