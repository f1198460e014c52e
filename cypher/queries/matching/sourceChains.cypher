// The reporting chains a new report in source $sourceId, relying on $viaIds, would have:
// the same walk as analysis/claimReports (VIA heads, on along CITES), for one report not yet written.
MATCH (s:Source {id: $sourceId})
UNWIND CASE WHEN size($viaIds) = 0 THEN [null] ELSE $viaIds END AS viaId
OPTIONAL MATCH (v:Source {id: viaId})
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
RETURN s.id AS sourceId, collect(head + tail) AS chains
