// Sets the given properties (a null removes one) on one node.
MATCH (n:Node {id: $id})
SET n += $props
RETURN n.id AS id
