// Takes write locks on existing nodes, in the order given (callers sort ids, so two
// transactions never wait on each other in a cycle). Nothing is left changed. The
// properties, read under the lock, are what history compares the write's result with.
UNWIND $ids AS id
MATCH (n:Node {id: id})
SET n._lock = true
REMOVE n._lock
RETURN n.id AS id, n {.*, labels: [l IN labels(n) WHERE l <> 'Node']} AS props
