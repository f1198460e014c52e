UNWIND $ids AS id
MATCH (e:Event {id: id})
RETURN id, COUNT { (e)<-[:ABOUT]-(c:Claim) WHERE c.status IN $statuses } AS count
