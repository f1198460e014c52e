MATCH (a:Actor)
WHERE a.id > $after AND ($label IS NULL OR $label IN labels(a))
WITH a ORDER BY a.id LIMIT $limit
RETURN a {.*, labels: labels(a)} AS node
