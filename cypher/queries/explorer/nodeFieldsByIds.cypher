UNWIND $ids AS id
MATCH (m:Node {id: id})
RETURN id,
// :include explorer/_nodeFields
AS node
