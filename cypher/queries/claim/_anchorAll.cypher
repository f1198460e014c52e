MATCH (c:Claim)
WHERE c.id > $after
