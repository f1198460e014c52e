// Every ClaimFilter field; a null parameter means no constraint. c is in scope.
WITH DISTINCT c
WHERE c.status IN $statuses
  AND ($speakerId IS NULL OR EXISTS {
    MATCH (c)<-[:OF]-(a:Attribution)-[:BY]->(:Actor {id: $speakerId}) WHERE a.status IN $attributionStatuses })
  AND ($sourceId IS NULL OR EXISTS {
    MATCH (c)<-[:OF]-(a:Attribution)-[:IN]->(:Source {id: $sourceId}) WHERE a.status IN $attributionStatuses })
  AND ($aboutId IS NULL OR EXISTS { MATCH (c)-[:ABOUT]->(:Node {id: $aboutId}) })
  AND (($saidFrom IS NULL AND $saidTo IS NULL) OR EXISTS {
    MATCH (c)<-[:OF]-(a:Attribution)
    WHERE a.status IN $attributionStatuses
      AND ($saidFrom IS NULL OR a.saidAtTo >= $saidFrom)
      AND ($saidTo IS NULL OR a.saidAtFrom <= $saidTo) })
