// A review, linked to the claim it judges, its reviewer and the evidence it rests on.
MATCH (c:Claim {id: $claimId})
MATCH (o:Organisation {id: $reviewerId})
CREATE (r:Node:Review)
SET r = $props
CREATE (r)-[:REVIEWS]->(c)
CREATE (r)-[:REVIEWED_BY]->(o)
WITH r
CALL (r) {
  UNWIND $evidenceIds AS eid
  MATCH (e:Node {id: eid})
  MERGE (r)-[:RESTS_ON]->(e)
}
RETURN r.id AS id
