// Claims whose own text matches, or any of whose quotes matches. Every hit is read (no
// Lucene limit): pages are in id order, and a cut by score would drop claims from the list.
CALL () {
  CALL db.index.fulltext.queryNodes('claim_text', $lucene) YIELD node
  RETURN node AS c
  UNION
  CALL db.index.fulltext.queryNodes('attribution_quote', $lucene) YIELD node
  MATCH (node)-[:OF]->(c)
  RETURN c
}
WITH c WHERE c.id > $after
