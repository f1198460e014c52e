MATCH (:Source {id: $sourceId})<-[:IN]-(a)-[:OF]->(c)
WHERE c.id > $after
