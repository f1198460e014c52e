// Every active review's id, in id order, a page at a time (for export).
MATCH (r:Review)
WHERE r.status = 'ACTIVE' AND r.id > $after
RETURN r.id AS id
ORDER BY r.id
LIMIT $limit
