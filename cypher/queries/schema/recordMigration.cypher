MERGE (m:SchemaMigration {name: $name}) ON CREATE SET m.appliedAt = $at RETURN m.name AS name
