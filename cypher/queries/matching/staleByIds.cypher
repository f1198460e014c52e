// Which of the claims $ids have no vector entry, one computed from another text, or (when a
// model is loaded, $model) no embedding or one from another model.
UNWIND $ids AS id
MATCH (c:Claim {id: id})
OPTIONAL MATCH (v:ClaimVector {claimId: id})
WITH c, v
WHERE v IS NULL OR v.text <> c.text OR ($model IS NOT NULL AND (v.embedding IS NULL OR v.model <> $model))
RETURN c.id AS id, c.text AS text
