MATCH (:Node {id: $aboutId})<-[:ABOUT]-(c)
WHERE c.id > $after
