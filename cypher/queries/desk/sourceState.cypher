// A source's text hash and every attribution read in it (retracted ones too), in text
// order, with what the desk's revision and conflict reports need: speaker, claim, statuses.
MATCH (s:Source {id: $id})
CALL (s) {
  MATCH (s)<-[:IN]-(a:Attribution)
  WITH a ORDER BY coalesce(a.start, -1), a.id
  RETURN collect(a {
    .id, .start, .end, .quote, .mode, .status, .createdBy,
    createdAt: toString(a.createdAt),
    statusChangedAt: toString(a.statusChangedAt),
    speakerId: [(a)-[:BY]->(x) | x.id][0],
    speakerName: [(a)-[:BY]->(x) | x.name][0],
    claimId: [(a)-[:OF]->(x) | x.id][0],
    claimText: [(a)-[:OF]->(x) | x.text][0],
    claimStatus: [(a)-[:OF]->(x) | x.status][0],
    claimStatusChangedAt: [(a)-[:OF]->(x) | toString(x.statusChangedAt)][0]
  }) AS attributions
}
RETURN s.id AS id, s.text AS text, s.textSha256 AS textSha256, attributions
