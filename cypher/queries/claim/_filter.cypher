// Every ClaimFilter field; a null parameter means no constraint. c is in scope.
// Inner nodes carry no labels on purpose: the relationship types imply them, and an
// unlabelled node gives the planner nothing to scan, so each check stays an expansion from c.
WITH DISTINCT c
WHERE c.status IN $statuses
  AND ($speakerId IS NULL OR EXISTS {
    MATCH (c)<-[:OF]-(a)-[:BY]->(sp) WHERE sp.id = $speakerId AND a.status IN $attributionStatuses })
  AND ($sourceId IS NULL OR EXISTS {
    MATCH (c)<-[:OF]-(a)-[:IN]->(src) WHERE src.id = $sourceId AND a.status IN $attributionStatuses })
  AND ($aboutId IS NULL OR EXISTS { MATCH (c)-[:ABOUT]->(x) WHERE x.id = $aboutId })
  AND (($saidFrom IS NULL AND $saidTo IS NULL) OR EXISTS {
    MATCH (c)<-[:OF]-(a)
    WHERE a.status IN $attributionStatuses
      AND ($saidFrom IS NULL OR a.saidAtTo >= $saidFrom)
      AND ($saidTo IS NULL OR a.saidAtFrom <= $saidTo) })
