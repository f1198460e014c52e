// Reviews (fact-checkers' verdicts) carry :Node too; this keeps lookups by id on the label fast.
CREATE CONSTRAINT review_id IF NOT EXISTS FOR (n:Review) REQUIRE n.id IS UNIQUE;
