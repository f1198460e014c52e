MATCH (n:Node {id: $id})
RETURN COUNT { (n)<-[:CHANGED]-(:Change) } AS count
