// Every active {{label}}'s id, in id order, a page at a time (for export).
MATCH (x:{{label}})
WHERE x.status = 'ACTIVE' AND x.id > $after
RETURN x.id AS id
ORDER BY x.id
LIMIT $limit
