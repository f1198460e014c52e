// Each attribution of a claim, its source, and every reporting chain behind it: from the
// source along CITES to each VIA source (or straight to it when no CITES path is known),
// then on along CITES to sources that cite nothing further: the earliest known origins.
MATCH (c:Claim {id: $claimId})
MATCH (a:Attribution)-[:OF]->(c)
WHERE a.status IN $statuses
MATCH (a)-[:IN]->(s:Source)
CALL (a, s) {
  OPTIONAL MATCH (a)-[:VIA]->(v:Source)
  CALL (s, v) {
    OPTIONAL MATCH head = (s)-[:CITES*1..4]->(v)
    WITH v, collect([x IN nodes(head) | x.id]) AS heads
    RETURN CASE WHEN v IS NULL THEN [[s.id]] WHEN size(heads) = 0 THEN [[s.id, v.id]] ELSE heads END AS heads
  }
  CALL (v) {
    OPTIONAL MATCH tail = (v)-[:CITES*0..8]->(o:Source)
    WHERE NOT EXISTS { (o)-[:CITES]->() } OR length(tail) = 8
    RETURN collect([x IN nodes(tail)[1..] | x.id]) AS tails
  }
  UNWIND heads AS head
  UNWIND CASE WHEN size(tails) = 0 THEN [[]] ELSE tails END AS tail
  RETURN collect(head + tail) AS chains
}
WITH a, s, chains ORDER BY coalesce(a.saidAtFrom, ''), a.id
RETURN
// :include attribution/_fields
AS attribution, s.id AS sourceId, chains
