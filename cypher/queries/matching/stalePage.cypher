// One page of the backfill: the next $limit claims in id order after $after, and which of them
// need (re)indexing (see staleByIds). The page's last id is where the next page starts.
MATCH (c:Claim)
WHERE c.id > $after
WITH c ORDER BY c.id LIMIT $limit
OPTIONAL MATCH (v:ClaimVector {claimId: c.id})
RETURN c.id AS id, c.text AS text,
  v IS NULL OR v.text <> c.text OR ($model IS NOT NULL AND (v.embedding IS NULL OR v.model <> $model)) AS stale
ORDER BY id
