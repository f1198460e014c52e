// Stores name keys computed by the service; $version marks how they were computed.
UNWIND $rows AS row
MATCH (a:Actor {id: row.id})
SET a.resolutionText = row.text, a.resolutionVersion = $version
RETURN count(a) AS count
