UNWIND $ids AS id
MATCH (e:Event {id: id})
RETURN id, [(e)<-[:ABOUT]-(c) WHERE c.status IN $statuses | c {.*, labels: labels(c)}] AS items
