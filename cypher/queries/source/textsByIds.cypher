// Source texts, fetched only when a client asks for text (other queries leave it out).
UNWIND $ids AS id
MATCH (s:Source {id: id})
RETURN id, s.text AS text
