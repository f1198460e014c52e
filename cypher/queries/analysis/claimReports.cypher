// Every visible report of a claim and of the claims that SUPPORT it: speaker, source,
// quote, date, the chains behind its VIA sources (on along CITES) and how the
// source spelled the actors involved. At most $limit reports.
MATCH (c:Claim {id: $claimId})
CALL (c) {
  OPTIONAL MATCH (o:Claim)-[:SUPPORTS]->(c)
  WHERE o.status IN $statuses
  RETURN collect(DISTINCT o) AS supporters
}
UNWIND [c] + supporters AS k
MATCH (a:Attribution)-[:OF]->(k)
WHERE a.status IN $statuses
WITH k, a ORDER BY a.id LIMIT $limit
MATCH (a)-[:IN]->(s:Source)
MATCH (a)-[:BY]->(sp:Actor)
CALL (a, s) {
  // Only what the report says it relied on (VIA) counts as relaying: a source's other
  // citations do not make every speaker in it a relay of them.
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
CALL (a, s, k, sp) {
  OPTIONAL MATCH (ac:Actor)-[m:MENTIONED_IN]->(s)
  WHERE ac = sp OR EXISTS { (k)-[:ABOUT]->(ac) } OR EXISTS { (a)-[:ON_BEHALF_OF]->(ac) }
  RETURN collect(DISTINCT {actorId: ac.id, actorName: coalesce(ac.acronym, ac.name), surface: m.surface}) AS mentions
}
RETURN a.id AS attributionId, k.id AS claimId, sp.id AS speakerId, s.id AS sourceId, a.quote AS quote,
  coalesce(a.saidAtFrom, s.publishedAtFrom, '') AS date, chains, mentions
ORDER BY attributionId
