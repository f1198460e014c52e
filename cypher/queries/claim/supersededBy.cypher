UNWIND $ids AS id
MATCH (c:Claim {id: id})
RETURN id, [(c)-[:SUPERSEDED_BY]->(n:Claim) | n {.*, labels: labels(n)}] AS items
