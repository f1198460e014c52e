// searchNames joins name, acronym, aliases and every mention spelling: full-text indexes take strings only.
CREATE FULLTEXT INDEX actor_search IF NOT EXISTS FOR (n:Actor) ON EACH [n.name, n.searchNames];
CREATE FULLTEXT INDEX claim_text IF NOT EXISTS FOR (n:Claim) ON EACH [n.text];
CREATE FULLTEXT INDEX attribution_quote IF NOT EXISTS FOR (n:Attribution) ON EACH [n.quote];
CREATE FULLTEXT INDEX source_search IF NOT EXISTS FOR (n:Source) ON EACH [n.title, n.text];
CREATE FULLTEXT INDEX event_search IF NOT EXISTS FOR (n:Event) ON EACH [n.name, n.place];
