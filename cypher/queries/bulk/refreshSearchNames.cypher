// The text the actor index reads: name, acronym, aliases and every mention spelling.
// Derived state: every path that writes actors or mentions runs this for the actors it touched.
UNWIND $ids AS id
MATCH (a:Actor {id: id})
WITH a, [x IN [a.name, a.acronym] + coalesce(a.aliases, []) + [(a)-[r:MENTIONED_IN]->() | r.surface] WHERE x IS NOT NULL AND x <> ''] AS names
WITH a, reduce(acc = [], x IN names | CASE WHEN x IN acc THEN acc ELSE acc + x END) AS unique
SET a.searchNames = reduce(s = '', x IN unique | s + CASE WHEN s = '' THEN '' ELSE ' | ' END + x)
RETURN count(a) AS count
