// Reviews by id with the ids of their claim, reviewer and evidence.
UNWIND $ids AS id
MATCH (r:Review {id: id})
RETURN id,
// :include review/_fields
AS node
