// How many visible attributions each {{label}} has through {{type}}; an attribution of a
// hidden claim is hidden with it.
UNWIND $ids AS id
MATCH (x:{{label}} {id: id})
RETURN id, COUNT { (x)<-[:{{type}}]-(a) WHERE a.status IN $statuses AND EXISTS { (a)-[:OF]->(c) WHERE c.status IN $statuses } } AS count
