// Nodes by id, in one round trip. A merged actor resolves to the actor it was merged into.
// The attribution fields (claimId, speakerId, …) are null/empty for other kinds.
UNWIND $ids AS id
MATCH (n:Node {id: id})
OPTIONAL MATCH (n)-[:MERGED_INTO*1..10]->(survivor:Node)
WHERE NOT (survivor)-[:MERGED_INTO]->()
WITH id, coalesce(survivor, n) AS a
RETURN id,
// :include attribution/_fields
AS node
