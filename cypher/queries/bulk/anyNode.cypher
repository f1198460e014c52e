// Whether the graph holds anything of the model yet (stops at the first node).
MATCH (n:Node) WHERE NOT n:Change
RETURN n.id AS id LIMIT 1
