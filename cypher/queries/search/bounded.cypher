// search/all's page, read from each index's first hits only ({limit}), with proof that it is
// the same page. An index's top $window (after its filters) is known from its first N hits
// when Lucene had no more, or when at least $window filtered hits score strictly above the
// N-th: every hit not read scores at most that, so none can enter the window, not even by a
// tie broken on id. Single words tie a lot (BM25 then depends on the field's length alone),
// so an index that cannot prove its window from $probe hits reads $deepProbe once more.
// The quote index reads more of each ($quotes times): several quotes of one claim count once.
// One row: `exact` false means some index could not prove its window, and the caller runs
// search/all instead; `page` is then empty.
CALL () {
  // Names are what people search for most: an actor hit outranks a passing mention in a long text.
  WITH $kinds AS kinds WHERE 'PERSON' IN kinds OR 'ORGANISATION' IN kinds
  CALL db.index.fulltext.queryNodes('actor_search', $lucene, {limit: $probe}) YIELD node, score
  WITH collect({node: node, score: score}) AS first
  CALL (first) {
    WITH first WHERE size(first) = $probe AND size([h IN first WHERE h.score > first[-1].score AND (('PERSON' IN $kinds AND h.node:Person) OR ('ORGANISATION' IN $kinds AND h.node:Organisation))]) < $window
    CALL db.index.fulltext.queryNodes('actor_search', $lucene, {limit: $deepProbe}) YIELD node, score
    RETURN collect({node: node, score: score}) AS deeper
  }
  WITH CASE WHEN deeper = [] THEN first ELSE deeper END AS read, CASE WHEN deeper = [] THEN $probe ELSE $deepProbe END AS asked
  WITH CASE WHEN size(read) < asked THEN -1.0 ELSE read[-1].score END AS cut, read
  WITH cut, [h IN read WHERE h.score > cut AND (('PERSON' IN $kinds AND h.node:Person) OR ('ORGANISATION' IN $kinds AND h.node:Organisation))] AS sure
  RETURN size(sure) >= $window OR cut < 0 AS exact, [h IN sure | {node: h.node, score: h.score * 2.0, matchedOn: 'name'}] AS hits
  UNION ALL
  WITH $kinds AS kinds WHERE 'CLAIM' IN kinds
  CALL db.index.fulltext.queryNodes('claim_text', $lucene, {limit: $probe}) YIELD node, score
  WITH collect({node: node, score: score}) AS first
  CALL (first) {
    WITH first WHERE size(first) = $probe AND size([h IN first WHERE h.score > first[-1].score AND h.node.status IN $statuses]) < $window
    CALL db.index.fulltext.queryNodes('claim_text', $lucene, {limit: $deepProbe}) YIELD node, score
    RETURN collect({node: node, score: score}) AS deeper
  }
  WITH CASE WHEN deeper = [] THEN first ELSE deeper END AS read, CASE WHEN deeper = [] THEN $probe ELSE $deepProbe END AS asked
  WITH CASE WHEN size(read) < asked THEN -1.0 ELSE read[-1].score END AS cut, read
  WITH cut, [h IN read WHERE h.score > cut AND h.node.status IN $statuses] AS sure
  RETURN size(sure) >= $window OR cut < 0 AS exact, [h IN sure | {node: h.node, score: h.score, matchedOn: 'text'}] AS hits
  UNION ALL
  WITH $kinds AS kinds WHERE 'CLAIM' IN kinds OR 'ATTRIBUTION' IN kinds
  CALL db.index.fulltext.queryNodes('attribution_quote', $lucene, {limit: $quotes * $probe}) YIELD node, score
  WITH collect({node: node, score: score}) AS first
  CALL (first) {
    WITH first WHERE size(first) = $quotes * $probe AND size([h IN first WHERE h.score > first[-1].score AND h.node.status IN $statuses]) < $window
    CALL db.index.fulltext.queryNodes('attribution_quote', $lucene, {limit: $quotes * $deepProbe}) YIELD node, score
    RETURN collect({node: node, score: score}) AS deeper
  }
  WITH CASE WHEN deeper = [] THEN first ELSE deeper END AS read, CASE WHEN deeper = [] THEN $quotes * $probe ELSE $quotes * $deepProbe END AS asked
  WITH CASE WHEN size(read) < asked THEN -1.0 ELSE read[-1].score END AS cut, read
  CALL (read, cut) {
    UNWIND read AS h
    WITH h.node AS a, h.score AS score
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
  WITH collect({node: node, score: score}) AS first
  CALL (first) {
    WITH first WHERE size(first) = $probe AND size([h IN first WHERE h.score > first[-1].score]) < $window
    CALL db.index.fulltext.queryNodes('source_search', $lucene, {limit: $deepProbe}) YIELD node, score
    RETURN collect({node: node, score: score}) AS deeper
  }
  WITH CASE WHEN deeper = [] THEN first ELSE deeper END AS read, CASE WHEN deeper = [] THEN $probe ELSE $deepProbe END AS asked
  WITH CASE WHEN size(read) < asked THEN -1.0 ELSE read[-1].score END AS cut, read
  WITH cut, [h IN read WHERE h.score > cut] AS sure
  RETURN size(sure) >= $window OR cut < 0 AS exact, [h IN sure | {node: h.node, score: h.score, matchedOn: 'text'}] AS hits
  UNION ALL
  WITH $kinds AS kinds WHERE 'EVENT' IN kinds
  CALL db.index.fulltext.queryNodes('event_search', $lucene, {limit: $probe}) YIELD node, score
  WITH collect({node: node, score: score}) AS first
  CALL (first) {
    WITH first WHERE size(first) = $probe AND size([h IN first WHERE h.score > first[-1].score]) < $window
    CALL db.index.fulltext.queryNodes('event_search', $lucene, {limit: $deepProbe}) YIELD node, score
    RETURN collect({node: node, score: score}) AS deeper
  }
  WITH CASE WHEN deeper = [] THEN first ELSE deeper END AS read, CASE WHEN deeper = [] THEN $probe ELSE $deepProbe END AS asked
  WITH CASE WHEN size(read) < asked THEN -1.0 ELSE read[-1].score END AS cut, read
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
