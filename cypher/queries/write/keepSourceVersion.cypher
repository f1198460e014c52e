// Keeps one text of a source as a numbered version (the text and its hash, never replaced).
MATCH (s:Source {id: $sourceId})
MERGE (v:SourceVersion {sourceId: s.id, version: $version})
ON CREATE SET v.id = $id, v.text = $text, v.textSha256 = $sha, v.capturedAt = $capturedAt, v.createdBy = $by, v.createdAt = $at
MERGE (v)-[:VERSION_OF]->(s)
RETURN v.id AS id
