CREATE (n:Node:Claim)
SET n = $props
RETURN n.id AS id
