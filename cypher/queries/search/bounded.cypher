// search/all's page, read from each index's first hits only ({limit}), with proof that it is
// the same page. An index's top $window (after its filters) is known from its first $probe
// hits when Lucene had no more, or when at least $window filtered hits score strictly above
// the last hit read: every hit not read scores at most that, so none can enter the window,
// not even by a tie broken on id. The quote index reads more ($quoteProbe): several quotes
// of one claim count once. One row: `exact` false means some index could not prove its
// window, and the caller runs search/all instead; `page` is then empty.
CALL () {
  WITH $kinds AS kinds WHERE 'PERSON' IN kinds OR 'ORGANISATION' IN kinds
  CALL db.index.fulltext.queryNodes('actor_search', $lucene, {limit: $probe}) YIELD node, score
  WITH collect({node: node, score: score}) AS read
  WITH CASE WHEN size(read) < $probe THEN -1.0 ELSE read[-1].score END AS cut,
       [h IN read WHERE ('PERSON' IN $kinds AND h.node:Person) OR ('ORGANISATION' IN $kinds AND h.node:Organisation)] AS kept
  WITH cut, [h IN kept WHERE h.score > cut] AS sure
  // Names are what people search for most: an actor hit outranks a passing mention in a long text.
  RETURN size(sure) >= $window OR cut < 0 AS exact, [h IN sure | {node: h.node, score: h.score * 2.0, matchedOn: 'name'}] AS hits
  UNION ALL
  WITH $kinds AS kinds WHERE 'CLAIM' IN kinds
  CALL db.index.fulltext.queryNodes('claim_text', $lucene, {limit: $probe}) YIELD node, score
  WITH collect({node: node, score: score}) AS read
  WITH CASE WHEN size(read) < $probe THEN -1.0 ELSE read[-1].score END AS cut, [h IN read WHERE h.node.status IN $statuses] AS kept
  WITH cut, [h IN kept WHERE h.score > cut] AS sure
  RETURN size(sure) >= $window OR cut < 0 AS exact, [h IN sure | {node: h.node, score: h.score, matchedOn: 'text'}] AS hits
  UNION ALL
  WITH $kinds AS kinds WHERE 'CLAIM' IN kinds OR 'ATTRIBUTION' IN kinds
  CALL db.index.fulltext.queryNodes('attribution_quote', $lucene, {limit: $quoteProbe}) YIELD node, score
  WITH collect({a: node, score: score}) AS read
  WITH read, CASE WHEN size(read) < $quoteProbe THEN -1.0 ELSE read[-1].score END AS cut
  CALL (read, cut) {
    UNWIND read AS h
    WITH h.a AS a, h.score AS score
    WHERE score > cut AND a.status IN $statuses
    MATCH (a)-[:OF]->(c:Claim)
    WHERE c.status IN $statuses
    // A node's best quote was read: any quote not read scores at most cut, below this one.
    WITH CASE WHEN 'CLAIM' IN $kinds THEN c ELSE a END AS node, max(score) AS score
    RETURN collect({node: node, score: score, matchedOn: 'quote'}) AS sure
  }
  RETURN size(sure) >= $window OR cut < 0 AS exact, sure AS hits
  UNION ALL
  WITH $kinds AS kinds WHERE 'SOURCE' IN kinds
  CALL db.index.fulltext.queryNodes('source_search', $lucene, {limit: $probe}) YIELD node, score
  WITH collect({node: node, score: score}) AS read
  WITH CASE WHEN size(read) < $probe THEN -1.0 ELSE read[-1].score END AS cut, read
  WITH cut, [h IN read WHERE h.score > cut] AS sure
  RETURN size(sure) >= $window OR cut < 0 AS exact, [h IN sure | {node: h.node, score: h.score, matchedOn: 'text'}] AS hits
  UNION ALL
  WITH $kinds AS kinds WHERE 'EVENT' IN kinds
  CALL db.index.fulltext.queryNodes('event_search', $lucene, {limit: $probe}) YIELD node, score
  WITH collect({node: node, score: score}) AS read
  WITH CASE WHEN size(read) < $probe THEN -1.0 ELSE read[-1].score END AS cut, read
  WITH cut, [h IN read WHERE h.score > cut] AS sure
  RETURN size(sure) >= $window OR cut < 0 AS exact, [h IN sure | {node: h.node, score: h.score, matchedOn: 'name'}] AS hits
}
WITH collect(exact) AS proofs, collect(hits) AS lists
WITH all(p IN proofs WHERE p) AS exact, lists
// Then exactly search/all's merge: a node found by two indexes counts once, at its best score.
CALL (exact, lists) {
  WITH lists WHERE exact
  UNWIND lists AS list
  UNWIND list AS h
  WITH h.node AS node, h.score AS score, h.matchedOn AS matchedOn ORDER BY score DESC, matchedOn
  WITH node, max(score) AS score, collect(matchedOn)[0] AS matchedOn
  ORDER BY score DESC, node.id
  SKIP $skip LIMIT $limit
  RETURN collect({node: node {.*, labels: labels(node)}, score: score, matchedOn: matchedOn}) AS page
}
RETURN exact, page
