// Ranked hits across kinds; Lucene scores are weighted per index so kinds mix sensibly. Claims are found by their own text or by any quote of theirs.
CALL () {
  CALL db.index.fulltext.queryNodes('actor_search', $lucene, {limit: $limit}) YIELD node, score
  WHERE 'ACTOR' IN $kinds AND (('PERSON' IN $kinds AND node:Person) OR ('ORGANISATION' IN $kinds AND node:Organisation))
  // Names are what people search for most: an actor hit outranks a passing mention in a long text.
  RETURN node, score * 2.0 AS score, 'name' AS matchedOn
  UNION ALL
  CALL db.index.fulltext.queryNodes('claim_text', $lucene, {limit: $limit}) YIELD node, score
  WHERE 'CLAIM' IN $kinds AND node.status IN $statuses
  RETURN node, score, 'text' AS matchedOn
  UNION ALL
  CALL db.index.fulltext.queryNodes('attribution_quote', $lucene, {limit: $limit}) YIELD node, score
  WHERE ('CLAIM' IN $kinds OR 'ATTRIBUTION' IN $kinds) AND node.status IN $statuses
  MATCH (node)-[:OF]->(c:Claim)
  WHERE c.status IN $statuses
  WITH CASE WHEN 'CLAIM' IN $kinds THEN c ELSE node END AS node, score
  RETURN node, score, 'quote' AS matchedOn
  UNION ALL
  CALL db.index.fulltext.queryNodes('source_search', $lucene, {limit: $limit}) YIELD node, score
  WHERE 'SOURCE' IN $kinds
  RETURN node, score, 'text' AS matchedOn
  UNION ALL
  CALL db.index.fulltext.queryNodes('event_search', $lucene, {limit: $limit}) YIELD node, score
  WHERE 'EVENT' IN $kinds
  RETURN node, score, 'name' AS matchedOn
}
// A claim found by its text and by a quote counts once, at its best score.
WITH node, max(score) AS score, collect(matchedOn)[0] AS matchedOn
ORDER BY score DESC, node.id
SKIP $skip LIMIT $limit
RETURN node {.*, labels: labels(node)} AS node, score, matchedOn
