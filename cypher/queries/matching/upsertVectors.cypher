// Stores each claim's hash and (when a model is loaded) its embedding. A row whose text is no
// longer the claim's (reworded meanwhile) is skipped: the next sync picks up the new text.
// Without an embedding, an older one is kept only while the text is unchanged.
UNWIND $rows AS row
MATCH (c:Claim {id: row.claimId})
WHERE c.text = row.text
MERGE (v:ClaimVector {claimId: row.claimId})
SET v.embedding = CASE WHEN row.embedding IS NOT NULL THEN row.embedding WHEN v.text = row.text THEN v.embedding ELSE null END,
  v.model = CASE WHEN row.embedding IS NOT NULL THEN row.model WHEN v.text = row.text THEN v.model ELSE null END,
  v.text = row.text, v.normHash = row.hash, v.indexedAt = $at
RETURN count(v) AS count
