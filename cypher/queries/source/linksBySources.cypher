// Publisher, authors, cited and citing sources of each source, in one round trip.
UNWIND $ids AS id
MATCH (s:Source {id: id})
RETURN id, {
  publisher: [(s)-[:PUBLISHED_BY]->(o:Organisation) | o {.*, labels: labels(o)}][0],
  authors: [(s)-[:AUTHORED_BY]->(p:Person) | p {.*, labels: labels(p)}],
  cites: [(s)-[:CITES]->(x:Source) | x {.*, labels: labels(x)}],
  citedBy: [(s)<-[:CITES]-(x:Source) | x {.*, labels: labels(x)}]
} AS links
