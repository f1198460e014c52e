// duplicateActors, one statement per page of actors: for each actor's query ($queries, keyed
// by the actor's id) the actors it is marked different from (either way round) and the
// actors the index shortlists, so the page needs no second round trip for DIFFERENT_FROM.
UNWIND $queries AS q
WITH q, COLLECT { MATCH (:Actor {id: q.key})-[:DIFFERENT_FROM]-(d:Actor) RETURN DISTINCT d.id } AS different
CALL db.index.fulltext.queryNodes('actor_resolution', q.lucene, {limit: $limit}) YIELD node AS a
RETURN q.key AS key, different,
// :include resolution/_names
