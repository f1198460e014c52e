// A claim, each of its attributions with its source, and every reporting chain behind
// it: from the source along CITES to each VIA source (or straight to it when no CITES
// path is known), then on along CITES to sources that cite nothing further — the
// earliest known origins. One round trip: the chain's sources come along (without text).
MATCH (c:Claim {id: $claimId})
CALL (c) {
  OPTIONAL MATCH (a:Attribution)-[:OF]->(c)
  WHERE a.status IN $statuses
  // The cut comes before the chains are walked, so a much-quoted claim costs $limit walks.
  WITH a ORDER BY coalesce(a.saidAtFrom, ''), a.id LIMIT $limit
  OPTIONAL MATCH (a)-[:IN]->(s:Source)
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
  WITH a, s, chains WHERE a IS NOT NULL
  ORDER BY coalesce(a.saidAtFrom, ''), a.id
  RETURN collect({sourceId: s.id, chains: chains, attribution:
// :include attribution/_fields
  }) AS entries
}
CALL (entries) {
  UNWIND entries AS e
  UNWIND e.chains AS chain
  UNWIND chain AS sid
  WITH DISTINCT sid
  MATCH (x:Source {id: sid})
  RETURN collect(x {.*, text: null, textOmitted: x.text IS NOT NULL, labels: labels(x)}) AS sources
}
RETURN c {.*, labels: labels(c)} AS claim, entries, sources,
  COUNT { (c)<-[:OF]-(a:Attribution) WHERE a.status IN $statuses } AS entryCount
