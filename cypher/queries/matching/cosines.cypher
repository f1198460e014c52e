// Cosine between $vector and the stored vectors of the claims $ids (those the vector ranking missed).
UNWIND $ids AS id
MATCH (v:ClaimVector {claimId: id})
WHERE v.embedding IS NOT NULL
RETURN id, 2 * vector.similarity.cosine(v.embedding, $vector) - 1 AS cosine
