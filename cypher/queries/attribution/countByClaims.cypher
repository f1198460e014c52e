UNWIND $ids AS id
MATCH (c:Claim {id: id})
RETURN id, COUNT { (c)<-[:OF]-(a) WHERE a.status IN $statuses } AS count
