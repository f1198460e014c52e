// Claim/counterclaim pairs where either side is about the given actor or event.
MATCH (:Node {id: $aboutId})<-[:ABOUT]-(:Claim)-[r:CONTRADICTS]-(:Claim)
WITH DISTINCT r
WHERE r.id > $after
MATCH (c1:Claim)-[r]->(c2:Claim)
WHERE c1.status IN $statuses AND c2.status IN $statuses
WITH c1, r, c2 ORDER BY r.id LIMIT $limit
RETURN r.id AS id, r.basis AS basis, c1 {.*, labels: labels(c1)} AS claim, c2 {.*, labels: labels(c2)} AS counterclaim
