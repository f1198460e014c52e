// Removes one link; the caller records its properties in the Change first.
MATCH (a:Claim {id: $fromId})-[r]->(b:Claim {id: $toId})
WHERE type(r) = $kind
DELETE r
RETURN count(*) AS removed
