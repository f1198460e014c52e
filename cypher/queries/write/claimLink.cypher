// The link of one kind between two claims, if any.
MATCH (a:Claim {id: $fromId})-[r]->(b:Claim {id: $toId})
WHERE type(r) = $kind
RETURN properties(r) AS props
