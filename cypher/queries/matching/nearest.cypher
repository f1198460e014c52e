// The claims whose stored vectors are nearest $vector. The index scores cosine as (1 + cos) / 2.
// A vector computed from an older text of its claim is skipped (it is being re-embedded).
CALL db.index.vector.queryNodes('claim_embedding', $limit, $vector) YIELD node AS v, score
MATCH (c:Claim {id: v.claimId})
WHERE c.status IN $statuses AND c.text = v.text
RETURN c.id AS id, c.text AS text, 2 * score - 1 AS cosine
ORDER BY cosine DESC, id
