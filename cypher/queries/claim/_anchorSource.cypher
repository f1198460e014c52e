MATCH (:Source {id: $sourceId})<-[:IN]-(:Attribution)-[:OF]->(c:Claim)
WHERE c.id > $after
