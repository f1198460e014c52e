CREATE (n:Node:Actor:Organisation)
SET n = $props
RETURN n.id AS id
