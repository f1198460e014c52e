// One page of idempotency keys (they carry no id and no relationships) for a backup.
MATCH (k:IdempotencyKey)
WHERE k.key > $after
WITH k ORDER BY k.key LIMIT $limit
RETURN k.key AS id, labels(k) AS labels, properties(k) AS props, [] AS floats, [] AS unsupported, [] AS rels
