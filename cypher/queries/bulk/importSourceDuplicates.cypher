// Other sources that already hold an imported source's URL or text (by its SHA-256).
UNWIND $rows AS row
CALL (row) {
  MATCH (s:Source {url: row.url}) WHERE s.id <> row.id RETURN s, 'url' AS field
  UNION
  MATCH (s:Source {textSha256: row.sha}) WHERE s.id <> row.id RETURN s, 'text' AS field
}
RETURN row.id AS id, field, s.id AS existingId
