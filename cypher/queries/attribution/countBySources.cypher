UNWIND $ids AS id
MATCH (s:Source {id: id})
RETURN id, COUNT { (s)<-[:IN]-(a) WHERE a.status IN $statuses AND EXISTS { (a)-[:OF]->(c) WHERE c.status IN $statuses } } AS count
