// Kept texts of a source (addSourceVersion): one node per version, found by source id.
CREATE CONSTRAINT source_version_id IF NOT EXISTS FOR (n:SourceVersion) REQUIRE n.id IS UNIQUE;
CREATE INDEX source_version_source IF NOT EXISTS FOR (n:SourceVersion) ON (n.sourceId);
