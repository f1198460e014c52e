CREATE (n:Node:Actor:Person)
SET n = $props
RETURN n.id AS id
