// Claim/counterclaim pairs, keyset on the CONTRADICTS link's id.
MATCH (c1:Claim)-[r:CONTRADICTS]->(c2:Claim)
WHERE r.id > $after AND c1.status IN $statuses AND c2.status IN $statuses
WITH c1, r, c2 ORDER BY r.id LIMIT $limit
RETURN r.id AS id, r.basis AS basis, c1 {.*, labels: labels(c1)} AS claim, c2 {.*, labels: labels(c2)} AS counterclaim
