// The kept versions of each source, oldest first, without their texts unless asked.
UNWIND $ids AS id
OPTIONAL MATCH (v:SourceVersion {sourceId: id})
WITH id, v ORDER BY v.version
RETURN id, [x IN collect(v) | x {.id, .version, .textSha256, .capturedAt, .createdBy, .createdAt, length: size(x.text), text: CASE WHEN $withText THEN x.text END}] AS versions
