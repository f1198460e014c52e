// Range indexes behind filters on request paths.
CREATE INDEX claim_status IF NOT EXISTS FOR (n:Claim) ON (n.status);
CREATE INDEX attribution_said_from IF NOT EXISTS FOR (n:Attribution) ON (n.saidAtFrom);
CREATE INDEX event_date_from IF NOT EXISTS FOR (n:Event) ON (n.dateFrom);
CREATE INDEX change_at IF NOT EXISTS FOR (n:Change) ON (n.at);
// Earlier schemas had plain indexes here; a constraint cannot be created beside an equivalent index.
DROP INDEX source_url IF EXISTS;
DROP INDEX source_text_sha IF EXISTS;
// A URL or a text (by its SHA-256) belongs to one source only; the constraint also serves look-ups.
CREATE CONSTRAINT source_url_unique IF NOT EXISTS FOR (n:Source) REQUIRE n.url IS UNIQUE;
CREATE CONSTRAINT source_text_sha_unique IF NOT EXISTS FOR (n:Source) REQUIRE n.textSha256 IS UNIQUE;
