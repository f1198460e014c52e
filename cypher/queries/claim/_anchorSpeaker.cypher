MATCH (:Actor {id: $speakerId})<-[:BY]-(:Attribution)-[:OF]->(c:Claim)
WHERE c.id > $after
