r {.*, labels: labels(r),
   claimId: [(r)-[:REVIEWS]->(x) | x.id][0],
   reviewerId: [(r)-[:REVIEWED_BY]->(x) | x.id][0],
   // addReview accepts at most 50 evidence ids.
   evidenceIds: COLLECT { MATCH (r)-[:RESTS_ON]->(x) RETURN x.id ORDER BY x.id LIMIT 50 }}
