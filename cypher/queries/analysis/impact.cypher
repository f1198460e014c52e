// What retracting a node would hide: the visible attributions it carries (a claim's, a
// source's, a speaker's, or itself), every visible claim they touch with its visible
// attributions, the SUPPORTS links from those claims and the disputes they are in.
MATCH (n:Node {id: $id})
CALL (n) {
  OPTIONAL MATCH (a:Attribution)-[:OF|IN|BY]->(n)
  WHERE a.status IN $statuses
  RETURN collect(DISTINCT a) AS carried
}
WITH n, CASE WHEN n:Attribution AND n.status IN $statuses THEN carried + [n] ELSE carried END AS affected
CALL (n, affected) {
  UNWIND affected + [null] AS a
  OPTIONAL MATCH (a)-[:OF]->(k:Claim)
  WITH n, collect(DISTINCT k) AS found
  WITH found + CASE WHEN n:Claim THEN [n] ELSE [] END AS ks
  UNWIND ks AS k
  WITH DISTINCT k WHERE k.status IN $statuses
  RETURN collect({
    id: k.id,
    active: [(x:Attribution)-[:OF]->(k) WHERE x.status IN $statuses | x.id],
    supports: [(k)-[:SUPPORTS]->(t:Claim) WHERE t.status IN $statuses | t.id],
    disputes: [(k)-[r:CONTRADICTS]-(o:Claim) WHERE o.status IN $statuses | {id: r.id, claimId: startNode(r).id, counterclaimId: endNode(r).id}]
  }) AS claims
}
RETURN n.id AS id, labels(n) AS labels, [a IN affected | a.id] AS affected, claims
