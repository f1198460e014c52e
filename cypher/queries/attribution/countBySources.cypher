UNWIND $ids AS id
MATCH (s:Source {id: id})
RETURN id, COUNT { (s)<-[:IN]-(a) WHERE a.status IN $statuses } AS count
