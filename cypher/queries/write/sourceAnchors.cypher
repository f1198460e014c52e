// Every attribution anchored in a source, with what re-anchoring needs.
MATCH (a:Attribution)-[:IN]->(:Source {id: $sourceId})
RETURN a.id AS id, a.quote AS quote, a.start AS start, a.prefix AS prefix, a.suffix AS suffix, a.anchorVersion AS anchorVersion
ORDER BY id
