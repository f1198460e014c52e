// Whether the database holds anything a restore would collide with.
MATCH (n) WHERE NOT n:SchemaMigration
RETURN n.id AS id
LIMIT 1
