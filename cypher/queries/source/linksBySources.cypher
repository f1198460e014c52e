// Publisher, authors, cited and citing sources of each source, in one round trip. Each
// list is in id order and cut at $limit.
UNWIND $ids AS id
MATCH (s:Source {id: id})
RETURN id, {
  publisher: [(s)-[:PUBLISHED_BY]->(o:Organisation) | o {.*, labels: labels(o)}][0],
  authors: COLLECT { MATCH (s)-[:AUTHORED_BY]->(p:Person) WITH p ORDER BY p.id LIMIT $limit RETURN p {.*, labels: labels(p)} },
  cites: COLLECT { MATCH (s)-[:CITES]->(x:Source) WITH x ORDER BY x.id LIMIT $limit
    RETURN x {.*, text: null, textOmitted: x.text IS NOT NULL, labels: labels(x)} },
  citedBy: COLLECT { MATCH (s)<-[:CITES]-(x:Source) WITH x ORDER BY x.id LIMIT $limit
    RETURN x {.*, text: null, textOmitted: x.text IS NOT NULL, labels: labels(x)} }
} AS links
