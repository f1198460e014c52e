// Each claim's reviews, newest first, at most $limit per claim.
UNWIND $ids AS id
MATCH (c:Claim {id: id})
RETURN id, COLLECT {
  MATCH (c)<-[:REVIEWS]-(r:Review)
  WHERE r.status IN $statuses
  WITH r ORDER BY coalesce(r.publishedAtFrom, '') DESC, r.id
  LIMIT $limit
  RETURN
// :include review/_fields
} AS items
