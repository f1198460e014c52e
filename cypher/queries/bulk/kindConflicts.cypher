// Ids in a batch already held by a node of another kind: MERGE alone would add a second label.
UNWIND $ids AS id
MATCH (n:Node {id: id})
WHERE NOT $label IN labels(n)
RETURN n.id AS id, [l IN labels(n) WHERE l <> 'Node' AND l <> 'Actor'] AS labels
LIMIT 10
