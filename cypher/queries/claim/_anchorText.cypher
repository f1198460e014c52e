// Claims whose own text matches, or any of whose quotes matches.
CALL () {
  CALL db.index.fulltext.queryNodes('claim_text', $lucene, {limit: 2000}) YIELD node
  RETURN node AS c
  UNION
  CALL db.index.fulltext.queryNodes('attribution_quote', $lucene, {limit: 2000}) YIELD node
  MATCH (node)-[:OF]->(c)
  RETURN c
}
WITH c WHERE c.id > $after
