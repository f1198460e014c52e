CREATE (n:Node:Source)
SET n = $props
RETURN n.id AS id
