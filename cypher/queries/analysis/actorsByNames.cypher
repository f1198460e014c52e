// Known actors whose name, acronym, alias or mention spelling matches any of the given
// Lucene queries: the speakers an extraction might mean.
UNWIND $queries AS q
CALL db.index.fulltext.queryNodes('actor_search', q, {limit: $limit}) YIELD node
RETURN DISTINCT node.id AS id, node.name AS name,
  coalesce(node.aliases, []) + [x IN [node.acronym] WHERE x IS NOT NULL] + split(coalesce(node.searchNames, ''), ' | ') AS aliases
