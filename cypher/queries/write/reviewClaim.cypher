MATCH (r:Review {id: $id})-[:REVIEWS]->(c:Claim)
RETURN c.id AS claimId
