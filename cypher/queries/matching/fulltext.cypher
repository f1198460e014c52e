// BM25 over claim texts through the full-text index, cut by Lucene itself ({limit}): the
// candidates of one ranking, not a page, so the cut before the status filter costs little.
CALL db.index.fulltext.queryNodes('claim_text', $lucene, {limit: $limit}) YIELD node, score
WHERE node.status IN $statuses
RETURN node.id AS id, node.text AS text, score
ORDER BY score DESC, id
