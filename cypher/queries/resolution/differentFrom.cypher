// Actors marked as different from each given actor (Wikidata P1889), either way round.
UNWIND $ids AS id
MATCH (a:Actor {id: id})-[:DIFFERENT_FROM]-(b:Actor)
RETURN id, collect(DISTINCT b.id) AS others
