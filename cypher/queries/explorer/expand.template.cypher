// One breadth-first step for the explorer: each frontier node's neighbours as drawable
// edges. Attributions are folded into SAID (speaker → claim, labelled with the mode) and
// SAID_IN (claim → source) edges. Each branch stops at $branchLimit rows, so a prolific
// speaker costs a bounded expansion; per kind, at most $perKind rows come back, with
// how many were seen (a lower bound when a branch hit its limit). The list of kind labels
// is filled in from the kind table (src/domain/kinds.ts) at catalogue load.
UNWIND $ids AS id
MATCH (n:Node {id: id})
CALL (n) {
  MATCH (n)-[r:ABOUT|CONTRADICTS|SUPPORTS|CITES|PUBLISHED_BY|AUTHORED_BY|HOLDS_POSITION|MEMBER_OF|MENTIONED_IN|SUPERSEDED_BY|MERGED_INTO]-(m:Node)
  WHERE NOT m:Claim OR m.status IN $statuses
  RETURN type(r) AS type, startNode(r).id AS from, endNode(r).id AS to, coalesce(r.id, type(r) + ':' + startNode(r).id + ':' + endNode(r).id) AS edgeId, coalesce(r.surface, r.title) AS label, m
  LIMIT $branchLimit
  UNION ALL
  MATCH (n:Actor)<-[:BY]-(a:Attribution)-[:OF]->(m:Claim)
  WHERE a.status IN $statuses AND m.status IN $statuses
  RETURN 'SAID' AS type, n.id AS from, m.id AS to, a.id AS edgeId, a.mode AS label, m
  LIMIT $branchLimit
  UNION ALL
  MATCH (n:Claim)<-[:OF]-(a:Attribution)-[:BY]->(m:Actor)
  WHERE a.status IN $statuses
  RETURN 'SAID' AS type, m.id AS from, n.id AS to, a.id AS edgeId, a.mode AS label, m
  LIMIT $branchLimit
  UNION ALL
  MATCH (n:Claim)<-[:OF]-(a:Attribution)-[:IN]->(m:Source)
  WHERE a.status IN $statuses
  RETURN 'SAID_IN' AS type, n.id AS from, m.id AS to, a.id + ':in' AS edgeId, null AS label, m
  LIMIT $branchLimit
  UNION ALL
  MATCH (n:Source)<-[:IN]-(a:Attribution)-[:OF]->(m:Claim)
  WHERE a.status IN $statuses AND m.status IN $statuses
  RETURN 'SAID_IN' AS type, m.id AS from, n.id AS to, a.id + ':in' AS edgeId, null AS label, m
  LIMIT $branchLimit
  UNION ALL
  MATCH (n:Source)<-[:IN]-(a:Attribution)-[:VIA]->(m:Source)
  WHERE a.status IN $statuses AND EXISTS { (a)-[:OF]->(c) WHERE c.status IN $statuses }
  RETURN 'VIA' AS type, n.id AS from, m.id AS to, a.id + ':via:' + m.id AS edgeId, 'via' AS label, m
  LIMIT $branchLimit
  UNION ALL
  MATCH (n:Attribution)-[r:OF|BY|IN|VIA|ON_BEHALF_OF]->(m:Node)
  WHERE NOT m:Claim OR m.status IN $statuses
  RETURN type(r) AS type, n.id AS from, m.id AS to, n.id + ':' + type(r) + ':' + m.id AS edgeId, null AS label, m
  LIMIT $branchLimit
}
WITH id, n, type, from, to, edgeId, label, m,
     head([l IN labels(m) WHERE l IN [{{kindLabels}}]]) AS kind
WHERE kind IS NOT NULL AND ($labels IS NULL OR kind IN $labels)
WITH id, n, kind, collect({type: type, from: from, to: to, edgeId: edgeId, label: label, node:
// :include explorer/_nodeFields
}) AS rows
WITH id, kind, rows, n AS m
RETURN id, kind, size(rows) AS total, rows[0..$perKind] AS rows,
// :include explorer/_nodeFields
AS centre
