// For each source: its current text and hash, every kept version, and every attribution's span.
UNWIND $ids AS id
MATCH (s:Source {id: id})
CALL (s) {
  OPTIONAL MATCH (v:SourceVersion {sourceId: s.id})
  RETURN collect(v {.version, .text, .textSha256}) AS versions
}
RETURN s.id AS id, s.text AS text, s.textSha256 AS sha, coalesce(s.version, 1) AS version, versions,
  [(a:Attribution)-[:IN]->(s) | a {.id, .quote, .start, .end, .anchorVersion}] AS spans
