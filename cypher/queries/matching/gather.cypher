// The three signals for one statement in one round trip: claims whose normalised text hashes
// to $hash; BM25 through the full-text index, cut by Lucene itself ({limit}); the claims whose
// stored vectors are nearest $vector; and the cosine of $vector with the stored vectors of the
// hash and BM25 hits the vector ranking missed. $lucene or $vector null: that signal is skipped.
// (A subquery that finds nothing still returns its one row: an empty list.)
// Hits carry id and text only (no other claim property is read). The vector index scores
// cosine as (1 + cos) / 2; a vector computed from an older text of its claim is skipped.
CALL () {
  MATCH (v:ClaimVector {normHash: $hash})
  MATCH (c:Claim {id: v.claimId})
  WHERE c.status IN $statuses AND c.text = v.text
  WITH c ORDER BY c.id LIMIT $exactLimit
  RETURN collect({id: c.id, text: c.text}) AS exact
}
CALL () {
  WITH $lucene AS lucene WHERE lucene IS NOT NULL
  CALL db.index.fulltext.queryNodes('claim_text', lucene, {limit: $limit}) YIELD node, score
  WITH node, score WHERE node.status IN $statuses
  WITH node.id AS id, node.text AS text, score ORDER BY score DESC, id
  RETURN collect({id: id, text: text}) AS bm25
}
CALL () {
  WITH $vector AS vector WHERE vector IS NOT NULL
  CALL db.index.vector.queryNodes('claim_embedding', $limit, vector) YIELD node AS v, score
  MATCH (c:Claim {id: v.claimId})
  WHERE c.status IN $statuses AND c.text = v.text
  WITH c.id AS id, c.text AS text, 2 * score - 1 AS cosine ORDER BY cosine DESC, id
  RETURN collect({id: id, text: text, cosine: cosine}) AS nearest
}
CALL (exact, bm25, nearest) {
  WITH [n IN nearest | n.id] AS found, $vector AS vector WHERE vector IS NOT NULL
  UNWIND [h IN exact + bm25 WHERE NOT h.id IN found | h.id] AS id
  MATCH (v:ClaimVector {claimId: id})
  WHERE v.embedding IS NOT NULL
  RETURN collect(DISTINCT {id: id, cosine: 2 * vector.similarity.cosine(v.embedding, vector) - 1}) AS cosines
}
RETURN exact, bm25, nearest, cosines
