// Spellings of the given actors, to compute their name keys.
UNWIND $ids AS id
MATCH (a:Actor {id: id})
RETURN
// :include resolution/_names
