MATCH (old:Claim {id: $id}), (new:Claim {id: $supersededById})
SET old.status = 'SUPERSEDED', old.statusReason = $reason, old.statusChangedAt = $at, old.statusChangedBy = $by, old.updatedAt = $at
MERGE (old)-[r:SUPERSEDED_BY]->(new)
ON CREATE SET r.at = $at, r.by = $by, r.reason = $reason
RETURN old.id AS id
