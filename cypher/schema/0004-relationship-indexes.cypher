// Disputes page through CONTRADICTS links by their id: a seek, not a scan of every link.
CREATE INDEX contradicts_id IF NOT EXISTS FOR ()-[r:CONTRADICTS]-() ON (r.id);
CREATE INDEX supports_id IF NOT EXISTS FOR ()-[r:SUPPORTS]-() ON (r.id);
