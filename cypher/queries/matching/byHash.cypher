// Claims whose normalised text hashes to $hash (an exact match, whatever the case and punctuation).
MATCH (v:ClaimVector {normHash: $hash})
MATCH (c:Claim {id: v.claimId})
WHERE c.status IN $statuses AND c.text = v.text
RETURN c.id AS id, c.text AS text
ORDER BY id
LIMIT $limit
