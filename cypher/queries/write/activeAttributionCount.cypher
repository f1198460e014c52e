MATCH (c:Claim {id: $claimId})<-[:OF]-(a)
WHERE a.status = 'ACTIVE'
RETURN count(a) AS count
