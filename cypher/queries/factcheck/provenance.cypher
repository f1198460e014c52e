// Each attribution of a claim, its source, and every reporting chain behind it: the
// attribution's VIA sources, then CITES onwards to sources that cite nothing further.
MATCH (c:Claim {id: $claimId})
MATCH (a:Attribution)-[:OF]->(c)
WHERE a.status IN $statuses
MATCH (a)-[:IN]->(s:Source)
CALL (a, s) {
  OPTIONAL MATCH (a)-[:VIA]->(v:Source)
  OPTIONAL MATCH p = (v)-[:CITES*0..8]->(o:Source)
  WHERE NOT EXISTS { (o)-[:CITES]->() } OR length(p) = 8
  WITH v, p
  RETURN collect(CASE WHEN v IS NULL THEN [s.id] WHEN p IS NULL THEN [s.id, v.id] ELSE [s.id] + [x IN nodes(p) | x.id] END) AS chains
}
WITH a, s, chains ORDER BY coalesce(a.saidAtFrom, ''), a.id
RETURN
// :include attribution/_fields
AS attribution, s.id AS sourceId, chains
