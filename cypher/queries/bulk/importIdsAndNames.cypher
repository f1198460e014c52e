// The ids an import may refer to, with their labels and names: "did you mean" picks the
// nearest ones when a file names an id that does not exist.
MATCH (n:Node)
WHERE n:Actor OR n:Source OR n:Event OR n:Claim
RETURN n.id AS id, labels(n) AS labels, coalesce(n.name, n.title) AS name, coalesce(n.aliases, []) AS aliases
LIMIT $limit
