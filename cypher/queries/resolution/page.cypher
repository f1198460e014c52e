// Actors in id order, a page at a time: duplicateActors and the key refresh walk them all.
MATCH (a:Actor)
WHERE a.id > $after
WITH a ORDER BY a.id LIMIT $limit
RETURN a.resolutionVersion AS version,
// :include resolution/_names
