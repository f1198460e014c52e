// Every active attribution's id, in id order, a page at a time (for export).
MATCH (a:Attribution)
WHERE a.status = 'ACTIVE' AND a.id > $after
RETURN a.id AS id
ORDER BY a.id
LIMIT $limit
