MATCH (:Node {id: $aboutId})<-[:ABOUT]-(c:Claim)
WHERE c.id > $after
