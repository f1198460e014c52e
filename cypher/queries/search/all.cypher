// Ranked hits across kinds in ONE order (score desc, then id), so pages concatenate exactly.
// Each index is filtered by kind and status BEFORE it is cut to the window ($skip + $limit):
// Lucene's own limit option would cut first and lose hits. The cut is exact: a hit in the
// global top window is in the top window of the index that gave its best score.
// To stay cheap on common words, each index is read twice: a first pass over its first
// hits finds a score floor that at least a window of distinct nodes reach (Lucene yields
// best first, so this stops early); the second pass reads node data only for hits at or
// above it. Any rows covering a window of distinct nodes give a safe floor; when the first
// pass cannot tell (many quotes of few claims), the floor is 0 and every hit is read.
// Lucene scores are weighted per index so kinds mix sensibly.
CALL () {
  WITH $kinds AS kinds WHERE 'PERSON' IN kinds OR 'ORGANISATION' IN kinds
  CALL () {
    CALL db.index.fulltext.queryNodes('actor_search', $lucene) YIELD node, score
    WHERE ('PERSON' IN $kinds AND node:Person) OR ('ORGANISATION' IN $kinds AND node:Organisation)
    WITH score LIMIT $skip + $limit
    RETURN min(score) AS floor
  }
  CALL db.index.fulltext.queryNodes('actor_search', $lucene) YIELD node, score
  WHERE score >= floor AND (('PERSON' IN $kinds AND node:Person) OR ('ORGANISATION' IN $kinds AND node:Organisation))
  // Names are what people search for most: an actor hit outranks a passing mention in a long text.
  WITH node, score * 2.0 AS score ORDER BY score DESC, node.id LIMIT $skip + $limit
  RETURN node, score, 'name' AS matchedOn
  UNION ALL
  WITH $kinds AS kinds WHERE 'CLAIM' IN kinds
  CALL () {
    CALL db.index.fulltext.queryNodes('claim_text', $lucene) YIELD node, score
    WHERE node.status IN $statuses
    WITH score LIMIT $skip + $limit
    RETURN min(score) AS floor
  }
  CALL db.index.fulltext.queryNodes('claim_text', $lucene) YIELD node, score
  WHERE score >= floor AND node.status IN $statuses
  WITH node, score ORDER BY score DESC, node.id LIMIT $skip + $limit
  RETURN node, score, 'text' AS matchedOn
  UNION ALL
  // Claims are found by any quote of theirs too; several quotes of one claim count once.
  WITH $kinds AS kinds WHERE 'CLAIM' IN kinds OR 'ATTRIBUTION' IN kinds
  CALL () {
    CALL db.index.fulltext.queryNodes('attribution_quote', $lucene) YIELD node AS a, score
    WHERE a.status IN $statuses
    MATCH (a)-[:OF]->(c:Claim)
    WHERE c.status IN $statuses
    WITH CASE WHEN 'CLAIM' IN $kinds THEN c ELSE a END AS node, score LIMIT 4 * ($skip + $limit)
    WITH count(DISTINCT node) AS nodes, count(*) AS rows, min(score) AS lowest
    RETURN CASE WHEN nodes >= $skip + $limit OR rows < 4 * ($skip + $limit) THEN lowest ELSE 0.0 END AS floor
  }
  CALL db.index.fulltext.queryNodes('attribution_quote', $lucene) YIELD node AS a, score
  WHERE score >= floor AND a.status IN $statuses
  MATCH (a)-[:OF]->(c:Claim)
  WHERE c.status IN $statuses
  WITH CASE WHEN 'CLAIM' IN $kinds THEN c ELSE a END AS node, max(score) AS score
  WITH node, score ORDER BY score DESC, node.id LIMIT $skip + $limit
  RETURN node, score, 'quote' AS matchedOn
  UNION ALL
  WITH $kinds AS kinds WHERE 'SOURCE' IN kinds
  CALL () {
    CALL db.index.fulltext.queryNodes('source_search', $lucene) YIELD score
    WITH score LIMIT $skip + $limit
    RETURN min(score) AS floor
  }
  CALL db.index.fulltext.queryNodes('source_search', $lucene) YIELD node, score
  WHERE score >= floor
  WITH node, score ORDER BY score DESC, node.id LIMIT $skip + $limit
  RETURN node, score, 'text' AS matchedOn
  UNION ALL
  WITH $kinds AS kinds WHERE 'EVENT' IN kinds
  CALL () {
    CALL db.index.fulltext.queryNodes('event_search', $lucene) YIELD score
    WITH score LIMIT $skip + $limit
    RETURN min(score) AS floor
  }
  CALL db.index.fulltext.queryNodes('event_search', $lucene) YIELD node, score
  WHERE score >= floor
  WITH node, score ORDER BY score DESC, node.id LIMIT $skip + $limit
  RETURN node, score, 'name' AS matchedOn
}
// A claim found by its text and by a quote counts once, at its best score (and says which matched best).
WITH node, score, matchedOn ORDER BY score DESC, matchedOn
WITH node, max(score) AS score, collect(matchedOn)[0] AS matchedOn
ORDER BY score DESC, node.id
SKIP $skip LIMIT $limit
RETURN node {.*, labels: labels(node)} AS node, score, matchedOn
