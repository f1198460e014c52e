// Ranked hits across kinds in ONE order (score desc, then id), so pages concatenate exactly.
// Each index is filtered by kind and status BEFORE it is cut to the window ($skip + $limit):
// Lucene's own limit option would cut first and lose hits. The cut is exact: a hit in the
// global top window is in the top window of the index that gave its best score.
// Lucene scores are weighted per index so kinds mix sensibly.
CALL () {
  WITH $kinds AS kinds WHERE 'PERSON' IN kinds OR 'ORGANISATION' IN kinds
  CALL db.index.fulltext.queryNodes('actor_search', $lucene) YIELD node, score
  WHERE ('PERSON' IN $kinds AND node:Person) OR ('ORGANISATION' IN $kinds AND node:Organisation)
  // Names are what people search for most: an actor hit outranks a passing mention in a long text.
  WITH node, score * 2.0 AS score ORDER BY score DESC, node.id LIMIT $skip + $limit
  RETURN node, score, 'name' AS matchedOn
  UNION ALL
  WITH $kinds AS kinds WHERE 'CLAIM' IN kinds
  CALL db.index.fulltext.queryNodes('claim_text', $lucene) YIELD node, score
  WHERE node.status IN $statuses
  WITH node, score ORDER BY score DESC, node.id LIMIT $skip + $limit
  RETURN node, score, 'text' AS matchedOn
  UNION ALL
  // Claims are found by any quote of theirs too; several quotes of one claim count once.
  WITH $kinds AS kinds WHERE 'CLAIM' IN kinds OR 'ATTRIBUTION' IN kinds
  CALL db.index.fulltext.queryNodes('attribution_quote', $lucene) YIELD node AS a, score
  WHERE a.status IN $statuses
  MATCH (a)-[:OF]->(c:Claim)
  WHERE c.status IN $statuses
  WITH CASE WHEN 'CLAIM' IN $kinds THEN c ELSE a END AS node, max(score) AS score
  WITH node, score ORDER BY score DESC, node.id LIMIT $skip + $limit
  RETURN node, score, 'quote' AS matchedOn
  UNION ALL
  WITH $kinds AS kinds WHERE 'SOURCE' IN kinds
  CALL db.index.fulltext.queryNodes('source_search', $lucene) YIELD node, score
  WITH node, score ORDER BY score DESC, node.id LIMIT $skip + $limit
  RETURN node, score, 'text' AS matchedOn
  UNION ALL
  WITH $kinds AS kinds WHERE 'EVENT' IN kinds
  CALL db.index.fulltext.queryNodes('event_search', $lucene) YIELD node, score
  WITH node, score ORDER BY score DESC, node.id LIMIT $skip + $limit
  RETURN node, score, 'name' AS matchedOn
}
// A claim found by its text and by a quote counts once, at its best score (and says which matched best).
WITH node, score, matchedOn ORDER BY score DESC, matchedOn
WITH node, max(score) AS score, collect(matchedOn)[0] AS matchedOn
ORDER BY score DESC, node.id
SKIP $skip LIMIT $limit
RETURN node {.*, labels: labels(node)} AS node, score, matchedOn
