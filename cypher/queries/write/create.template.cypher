// A new node of one kind, with the labels the kind table gives it.
CREATE (n:Node:{{labels}})
SET n = $props
RETURN n.id AS id
