// Sources that already hold this URL or this text (by its SHA-256).
CALL () {
  MATCH (s:Source {url: $url}) RETURN s, 'url' AS field
  UNION
  MATCH (s:Source {textSha256: $sha}) RETURN s, 'text' AS field
}
RETURN s.id AS id, field
LIMIT 5
