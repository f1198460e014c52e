MATCH (:Actor {id: $speakerId})<-[:BY]-(a)-[:OF]->(c)
WHERE c.id > $after
