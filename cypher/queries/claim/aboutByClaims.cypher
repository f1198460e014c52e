UNWIND $ids AS id
MATCH (c:Claim {id: id})
RETURN id, [(c)-[:ABOUT]->(n:Node) | n {.*, labels: labels(n)}] AS items
