// Range indexes behind filters and duplicate checks on request paths.
CREATE INDEX source_url IF NOT EXISTS FOR (n:Source) ON (n.url);
CREATE INDEX source_text_sha IF NOT EXISTS FOR (n:Source) ON (n.textSha256);
CREATE INDEX claim_status IF NOT EXISTS FOR (n:Claim) ON (n.status);
CREATE INDEX attribution_said_from IF NOT EXISTS FOR (n:Attribution) ON (n.saidAtFrom);
CREATE INDEX event_date_from IF NOT EXISTS FOR (n:Event) ON (n.dateFrom);
CREATE INDEX change_at IF NOT EXISTS FOR (n:Change) ON (n.at);
