// search/all's page from each index's first hits only ({limit}), when that provably gives
// the same page. After the reads, let floor be the score of the window's last node among
// the hits read. An index with hits left unread proves nothing is missing when the last hit
// it gave (its cut) scores strictly below floor: every unread hit scores at most the cut,
// so it cannot reach the window, not even by a tie broken on id, and every node at or above
// floor has its best score among the hits read. Single words tie in long runs (BM25 then
// depends on the field's length alone), so the indexes that cannot prove it from $probe hits
// read $deepProbe hits once more. The quote index reads $quotes times as many: several
// quotes of one claim count once. One row: `exact` false means the caller runs search/all;
// `page` is then empty.
// Names are what people search for most: an actor hit outranks a passing mention in a long text.
CALL () {
  WITH $kinds AS kinds WHERE 'PERSON' IN kinds OR 'ORGANISATION' IN kinds
  CALL db.index.fulltext.queryNodes('actor_search', $lucene, {limit: $probe}) YIELD node, score
  WITH collect({node: node, score: score * 2.0}) AS read
  RETURN 'actor' AS idx, CASE WHEN size(read) < $probe THEN -1.0 ELSE read[-1].score END AS cut,
         [h IN read WHERE ('PERSON' IN $kinds AND h.node:Person) OR ('ORGANISATION' IN $kinds AND h.node:Organisation) | {node: h.node, score: h.score, matchedOn: 'name'}] AS hits
  UNION ALL
  WITH $kinds AS kinds WHERE 'CLAIM' IN kinds
  CALL db.index.fulltext.queryNodes('claim_text', $lucene, {limit: $probe}) YIELD node, score
  WITH collect({node: node, score: score}) AS read
  RETURN 'claim' AS idx, CASE WHEN size(read) < $probe THEN -1.0 ELSE read[-1].score END AS cut,
         [h IN read WHERE h.node.status IN $statuses | {node: h.node, score: h.score, matchedOn: 'text'}] AS hits
  UNION ALL
  WITH $kinds AS kinds WHERE 'CLAIM' IN kinds OR 'ATTRIBUTION' IN kinds
  CALL db.index.fulltext.queryNodes('attribution_quote', $lucene, {limit: $quotes * $probe}) YIELD node, score
  WITH collect({a: node, score: score}) AS read
  CALL (read) {
    UNWIND read AS h
    WITH h.a AS a, h.score AS score
    WHERE a.status IN $statuses
    MATCH (a)-[:OF]->(c:Claim)
    WHERE c.status IN $statuses
    WITH CASE WHEN 'CLAIM' IN $kinds THEN c ELSE a END AS node, max(score) AS score
    RETURN collect({node: node, score: score, matchedOn: 'quote'}) AS hits
  }
  RETURN 'quote' AS idx, CASE WHEN size(read) < $quotes * $probe THEN -1.0 ELSE read[-1].score END AS cut, hits
  UNION ALL
  WITH $kinds AS kinds WHERE 'SOURCE' IN kinds
  CALL db.index.fulltext.queryNodes('source_search', $lucene, {limit: $probe}) YIELD node, score
  WITH collect({node: node, score: score}) AS read
  RETURN 'source' AS idx, CASE WHEN size(read) < $probe THEN -1.0 ELSE read[-1].score END AS cut,
         [h IN read | {node: h.node, score: h.score, matchedOn: 'text'}] AS hits
  UNION ALL
  WITH $kinds AS kinds WHERE 'EVENT' IN kinds
  CALL db.index.fulltext.queryNodes('event_search', $lucene, {limit: $probe}) YIELD node, score
  WITH collect({node: node, score: score}) AS read
  RETURN 'event' AS idx, CASE WHEN size(read) < $probe THEN -1.0 ELSE read[-1].score END AS cut,
         [h IN read | {node: h.node, score: h.score, matchedOn: 'name'}] AS hits
}
WITH collect({idx: idx, cut: cut, hits: hits}) AS first
CALL (first) {
  UNWIND first AS r
  UNWIND r.hits AS h
  WITH h.node AS node, max(h.score) AS score
  ORDER BY score DESC
  RETURN collect(score) AS scores
}
WITH first, CASE WHEN size(scores) >= $window THEN scores[$window - 1] END AS floor
CALL (first, floor) {
  WITH [r IN first WHERE r.cut >= 0 AND (floor IS NULL OR r.cut >= floor) | r.idx] AS deeper
  CALL (deeper) {
    WITH deeper WHERE 'actor' IN deeper
    CALL db.index.fulltext.queryNodes('actor_search', $lucene, {limit: $deepProbe}) YIELD node, score
    WITH collect({node: node, score: score * 2.0}) AS read
    RETURN 'actor' AS idx, CASE WHEN size(read) < $deepProbe THEN -1.0 ELSE read[-1].score END AS cut,
           [h IN read WHERE ('PERSON' IN $kinds AND h.node:Person) OR ('ORGANISATION' IN $kinds AND h.node:Organisation) | {node: h.node, score: h.score, matchedOn: 'name'}] AS hits
    UNION ALL
    WITH deeper WHERE 'claim' IN deeper
    CALL db.index.fulltext.queryNodes('claim_text', $lucene, {limit: $deepProbe}) YIELD node, score
    WITH collect({node: node, score: score}) AS read
    RETURN 'claim' AS idx, CASE WHEN size(read) < $deepProbe THEN -1.0 ELSE read[-1].score END AS cut,
           [h IN read WHERE h.node.status IN $statuses | {node: h.node, score: h.score, matchedOn: 'text'}] AS hits
    UNION ALL
    WITH deeper WHERE 'quote' IN deeper
    CALL db.index.fulltext.queryNodes('attribution_quote', $lucene, {limit: $quotes * $deepProbe}) YIELD node, score
    WITH collect({a: node, score: score}) AS read
    CALL (read) {
      UNWIND read AS h
      WITH h.a AS a, h.score AS score
      WHERE a.status IN $statuses
      MATCH (a)-[:OF]->(c:Claim)
      WHERE c.status IN $statuses
      WITH CASE WHEN 'CLAIM' IN $kinds THEN c ELSE a END AS node, max(score) AS score
      RETURN collect({node: node, score: score, matchedOn: 'quote'}) AS hits
    }
    RETURN 'quote' AS idx, CASE WHEN size(read) < $quotes * $deepProbe THEN -1.0 ELSE read[-1].score END AS cut, hits
    UNION ALL
    WITH deeper WHERE 'source' IN deeper
    CALL db.index.fulltext.queryNodes('source_search', $lucene, {limit: $deepProbe}) YIELD node, score
    WITH collect({node: node, score: score}) AS read
    RETURN 'source' AS idx, CASE WHEN size(read) < $deepProbe THEN -1.0 ELSE read[-1].score END AS cut,
           [h IN read | {node: h.node, score: h.score, matchedOn: 'text'}] AS hits
    UNION ALL
    WITH deeper WHERE 'event' IN deeper
    CALL db.index.fulltext.queryNodes('event_search', $lucene, {limit: $deepProbe}) YIELD node, score
    WITH collect({node: node, score: score}) AS read
    RETURN 'event' AS idx, CASE WHEN size(read) < $deepProbe THEN -1.0 ELSE read[-1].score END AS cut,
           [h IN read | {node: h.node, score: h.score, matchedOn: 'name'}] AS hits
  }
  // A branch not asked for still answers (an empty read): keep only the indexes read again.
  WITH idx, cut, hits, deeper WHERE idx IN deeper
  RETURN collect({idx: idx, cut: cut, hits: hits}) AS second
}
WITH [r IN first WHERE NOT r.idx IN [s IN second | s.idx]] + second AS reads
// Then exactly search/all's merge: a node found by two indexes counts once, at its best score.
CALL (reads) {
  UNWIND reads AS r
  UNWIND r.hits AS h
  WITH h.node AS node, h.score AS score, h.matchedOn AS matchedOn ORDER BY score DESC, matchedOn
  WITH node, max(score) AS score, collect(matchedOn)[0] AS matchedOn
  ORDER BY score DESC, node.id
  RETURN collect({node: node, score: score, matchedOn: matchedOn}) AS ranked
}
WITH reads, ranked, CASE WHEN size(ranked) >= $window THEN ranked[$window - 1].score END AS floor
WITH ranked, all(r IN reads WHERE r.cut < 0 OR (floor IS NOT NULL AND r.cut < floor)) AS exact
CALL (ranked, exact) {
  WITH ranked WHERE exact
  UNWIND ranked[$skip..$skip + $limit] AS h
  WITH h.node AS node, h.score AS score, h.matchedOn AS matchedOn
  RETURN collect({node: node {.*, labels: labels(node)}, score: score, matchedOn: matchedOn}) AS page
}
RETURN exact, page
