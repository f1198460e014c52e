// Empties the graph for a forced restore, a batch at a time (schema and migrations stay).
MATCH (n) WHERE NOT n:SchemaMigration
WITH n LIMIT $limit
DETACH DELETE n
RETURN count(*) AS count
