// The stored properties and labels of nodes by id, as they are (a merged actor is not
// resolved to its survivor): history compares them before and after a write.
UNWIND $ids AS id
MATCH (n:Node {id: id})
RETURN id, n {.*, labels: [l IN labels(n) WHERE l <> 'Node']} AS props
