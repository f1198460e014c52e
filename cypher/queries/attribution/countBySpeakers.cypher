UNWIND $ids AS id
MATCH (ac:Actor {id: id})
RETURN id, COUNT { (ac)<-[:BY]-(a) WHERE a.status IN $statuses AND EXISTS { (a)-[:OF]->(c) WHERE c.status IN $statuses } } AS count
