// Replaces a source's publisher.
MATCH (s:Source {id: $sourceId})
CALL (s) {
  MATCH (s)-[r:PUBLISHED_BY]->()
  DELETE r
}
WITH s
MATCH (o:Organisation {id: $publisherId})
MERGE (s)-[:PUBLISHED_BY]->(o)
RETURN s.id AS id
