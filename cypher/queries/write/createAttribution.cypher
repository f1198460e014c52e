CREATE (n:Node:Attribution)
SET n = $props
RETURN n.id AS id
