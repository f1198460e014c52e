// Replaces what a claim is about; returns what it was about before.
MATCH (c:Claim {id: $claimId})
WITH c, [(c)-[:ABOUT]->(x) | x.id] AS before
CALL (c) {
  MATCH (c)-[r:ABOUT]->()
  DELETE r
}
CALL (c) {
  UNWIND $aboutIds AS aid
  MATCH (x:Node {id: aid})
  MERGE (c)-[:ABOUT]->(x)
}
SET c.updatedAt = $at
RETURN before
