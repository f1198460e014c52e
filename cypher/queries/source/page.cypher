MATCH (s:Source)
WHERE s.id > $after
WITH s ORDER BY s.id LIMIT $limit
RETURN s {.*, labels: labels(s)} AS node
