// Positions, memberships, published sources and merged ids of each actor, in one round
// trip. Each list is ordered (by the other end's id; published by id) and cut at
// $limit; the counts tell how many there are in all.
UNWIND $ids AS id
MATCH (ac:Actor {id: id})
RETURN id, {
  positions: COLLECT { MATCH (ac)-[r:HOLDS_POSITION]->(o:Organisation)
    WITH r, o ORDER BY o.id, r.title LIMIT $limit
    RETURN {title: r.title, from: r.from, to: r.to, person: ac {.*, labels: labels(ac)}, organisation: o {.*, labels: labels(o)}} },
  positionHolders: COLLECT { MATCH (p:Person)-[r:HOLDS_POSITION]->(ac)
    WITH r, p ORDER BY p.id, r.title LIMIT $limit
    RETURN {title: r.title, from: r.from, to: r.to, person: p {.*, labels: labels(p)}, organisation: ac {.*, labels: labels(ac)}} },
  memberships: COLLECT { MATCH (ac)-[r:MEMBER_OF]->(o:Organisation)
    WITH r, o ORDER BY o.id LIMIT $limit
    RETURN {from: r.from, to: r.to, member: ac {.*, labels: labels(ac)}, organisation: o {.*, labels: labels(o)}} },
  members: COLLECT { MATCH (m:Organisation)-[r:MEMBER_OF]->(ac)
    WITH r, m ORDER BY m.id LIMIT $limit
    RETURN {from: r.from, to: r.to, member: m {.*, labels: labels(m)}, organisation: ac {.*, labels: labels(ac)}} },
  published: COLLECT { MATCH (s:Source)-[:PUBLISHED_BY]->(ac)
    WITH s ORDER BY s.id LIMIT $limit
    RETURN s {.*, text: null, textOmitted: s.text IS NOT NULL, labels: labels(s)} },
  publishedCount: COUNT { (:Source)-[:PUBLISHED_BY]->(ac) },
  mergedIds: [(m)-[:MERGED_INTO*1..10]->(ac) | m.id]
} AS links
