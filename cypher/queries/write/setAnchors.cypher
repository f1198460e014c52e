// New spans for re-anchored attributions; a lost one stays anchored to the version it was found in.
UNWIND $rows AS row
MATCH (a:Attribution {id: row.id})
SET a += row.props
RETURN count(a) AS count
