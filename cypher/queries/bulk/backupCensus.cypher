// What a backup covers and what it would miss: nodes outside :Node, :SourceVersion,
// :IdempotencyKey and :SchemaMigration (migrations belong to each database), and links to
// such nodes. :ClaimVector entries are derived from claim texts and rebuilt by the matching backfill.
RETURN COUNT { (n) WHERE n:Node OR n:SourceVersion } AS nodes,
  COUNT { (k:IdempotencyKey) } AS keys,
  COUNT { ()-[r]->() } AS relationships,
  COUNT { (n) WHERE NOT n:Node AND NOT n:SourceVersion AND NOT n:IdempotencyKey AND NOT n:SchemaMigration AND NOT n:ClaimVector } AS uncovered
