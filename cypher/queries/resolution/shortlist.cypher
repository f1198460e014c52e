// Actors whose name keys share terms with each query (resolutionText, see schema 0007):
// the few to rescore, instead of every actor. Merged actors are no longer :Actor.
UNWIND $queries AS q
CALL db.index.fulltext.queryNodes('actor_resolution', q.lucene, {limit: $limit}) YIELD node AS a
RETURN q.key AS key,
// :include resolution/_names
